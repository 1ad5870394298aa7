import { EditOutlined, LockOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Collapse, Input, Radio, Space, Statistic, Typography } from 'antd';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Evidence } from '../../../../shared/domain/scoring.ts';
import { formatPoints } from '../../../../shared/scoring/decimal.ts';
import { maxTotal, sectionScore, totalScore } from '../../../../shared/scoring/rubric-totals.ts';
import { errorText } from '../../api/error-text.ts';
import { useWorkspace } from './workspace-store.ts';
import { rubricOf, scoringLock } from './workspace-state.ts';
import { confirmAmend } from '../sheets/confirm-amend.ts';
import { CriterionScorer } from './criterion-scorer.tsx';
import { FloorsTable } from './floors-table.tsx';
import { documentTitle } from '../reader/model/document-name.ts';

const noEvidence: readonly Evidence[] = [];

/** The rubric beside the reader: scores, comments, evidence, checks, vetoes, floors and the live total. */
export function RubricPane(props: { onCite: (criterionId: string) => void; onOpenEvidence: (evidence: Evidence) => void; onDeclareConflict: () => void }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const ws = useWorkspace();
  const scoring = ws.scoring;
  const rubric = scoring ? rubricOf(ws, scoring.submissionId) : null;
  const submission = ws.review?.submissions.find((s) => s.id === ws.submissionId);
  // What each criterion row is given must keep its identity across edits, or every row re-renders.
  const criteria = useMemo(() => rubric?.sections.flatMap((s) => s.criteria) ?? [], [rubric]);
  const evidenceByCriterion = useMemo(() => {
    const groups = new Map<string, Evidence[]>();
    for (const e of scoring?.evidence ?? []) groups.set(e.criterionId, [...(groups.get(e.criterionId) ?? []), e]);
    return groups;
  }, [scoring?.evidence]);
  const documents = ws.documents;
  const titleOf = useCallback((id: string) => documentTitle(documents.find((d) => d.id === id), t('reader.untitledDocument')), [documents, t]);
  const focusNext = useCallback(
    (criterionId: string) => {
      const next = criteria[criteria.findIndex((c) => c.id === criterionId) + 1];
      if (next) document.querySelector<HTMLInputElement>(`input[data-testid="score-${next.id}"], [data-testid="score-${next.id}"] input`)?.focus();
    },
    [criteria],
  );
  const { focusCriterion, edit, uncite } = ws;
  const removeEvidence = useCallback((e: Evidence) => void uncite(e.id), [uncite]);
  if (!scoring || !rubric || !submission) return null;
  const lock = scoringLock(ws);
  const locked = lock !== null;
  const signed = lock?.kind === 'signed' ? lock.version : null;
  const amend = () => confirmAmend(modal, t, signed ?? 0, () => ws.amendSheet());
  return (
    <div className="ps-rubric-pane" data-testid="rubric-pane">
      <Card size="small" className="ps-pane-header">
        <div className="ps-pane-header-top">
          <Space direction="vertical" size={0} className="ps-pane-header-names">
            <Typography.Text strong>{submission.applicant}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>{submission.title}</Typography.Text>
          </Space>
          <Statistic className="ps-live-total" value={formatPoints(totalScore(rubric, scoring.entry))} suffix={`/ ${formatPoints(maxTotal(rubric))}`} valueStyle={{ fontSize: 22 }} data-testid="live-total" />
        </div>
        <Space style={{ marginTop: 4 }}>
          <Button size="small" icon={<StopOutlined />} danger={!scoring.conflict} disabled={signed !== null} onClick={props.onDeclareConflict} data-testid="conflict-button">
            {scoring.conflict ? t('workspace.withdrawConflict') : t('workspace.declareConflict')}
          </Button>
          {ws.pending > 0 ? <Typography.Text type="secondary">{t('editor.saving')}</Typography.Text> : <Typography.Text type="success" data-testid="saved-indicator">{t('editor.saved')}</Typography.Text>}
        </Space>
      </Card>
      {signed !== null && (
        <Alert
          type="success"
          showIcon
          icon={<LockOutlined />}
          message={t('workspace.signedLocked', { version: signed })}
          action={<Button size="small" icon={<EditOutlined />} onClick={amend} data-testid="workspace-amend">{t('workspace.amendAndResign')}</Button>}
          data-testid="workspace-locked"
        />
      )}
      {lock?.kind === 'conflict' && <Alert type="warning" showIcon message={t('workspace.recused', { reason: lock.reason })} />}
      {ws.saveError !== null && <Alert type="error" showIcon closable message={errorText(ws.saveError, t)} />}
      {rubric.sections.map((section, i) => (
        <Card key={section.id} size="small" title={`${i + 1}. ${section.title}`} extra={t('preview.sectionScore', { score: formatPoints(sectionScore(section, scoring.entry)), max: formatPoints(section.points) })}>
          {section.criteria.map((c, j) => (
            <CriterionScorer
              key={`${scoring.submissionId}-${c.id}`}
              number={`${i + 1}.${j + 1}`}
              criterion={c}
              score={scoring.entry.scores[c.id] ?? null}
              comment={scoring.entry.comments[c.id] ?? ''}
              evidence={evidenceByCriterion.get(c.id) ?? noEvidence}
              documentTitle={titleOf}
              locked={locked}
              focused={ws.focusedCriterionId === c.id}
              onFocus={focusCriterion}
              onEdit={edit}
              onNext={focusNext}
              onCite={props.onCite}
              onOpenEvidence={props.onOpenEvidence}
              onRemoveEvidence={removeEvidence}
            />
          ))}
        </Card>
      ))}
      {(rubric.checks.length > 0 || rubric.vetoes.length > 0) && (
        <Card size="small" title={t('preview.checksAndVetoes')}>
          <Space direction="vertical">
            {rubric.checks.map((check) => (
              <Space key={check.id}>
                <Radio.Group
                  size="small"
                  optionType="button"
                  disabled={locked}
                  value={scoring.entry.checks[check.id] ?? null}
                  options={[{ value: 'met', label: t('preview.met') }, { value: 'not-met', label: t('preview.notMet') }]}
                  onChange={(e) => ws.edit({ kind: 'check', itemId: check.id, value: e.target.value as 'met' | 'not-met' })}
                />
                <span title={check.guidance}>{check.title}</span>
              </Space>
            ))}
            {rubric.vetoes.map((veto) => (
              <Checkbox key={veto.id} disabled={locked} checked={scoring.entry.vetoes[veto.id] ?? false} onChange={(e) => ws.edit({ kind: 'veto', itemId: veto.id, value: e.target.checked })}>
                <Typography.Text type="danger">{t('preview.veto')}</Typography.Text> <span title={veto.guidance}>{veto.title}</span>
              </Checkbox>
            ))}
          </Space>
        </Card>
      )}
      <Card size="small" title={t('workspace.overallComment')}>
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 8 }}
          disabled={locked}
          defaultValue={scoring.overallComment}
          key={scoring.submissionId}
          onBlur={(e) => e.target.value !== scoring.overallComment && ws.edit({ kind: 'overall-comment', comment: e.target.value })}
        />
      </Card>
      {ws.program && ws.program.outcomeFloors.length > 0 && (
        <Collapse
          size="small"
          defaultActiveKey={['floors']}
          items={[{ key: 'floors', label: t('workspace.floors'), children: <FloorsTable floors={ws.program.outcomeFloors} figures={scoring.figures} /> }]}
        />
      )}
    </div>
  );
}
