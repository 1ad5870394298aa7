import { ArrowLeftOutlined, FileExcelOutlined, FileSearchOutlined, PlayCircleOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Modal, Radio, Result, Space, Spin, Table, Tag, Tooltip, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { beijingTimeIso, chinaTimeText } from '../../../../shared/formal-check/china-time.ts';
import type { CheckedApplication, CheckedRule, CheckOutcome, FormalCheckView } from '../../../../shared/domain/formal-check-view.ts';
import { useAppStore } from '../app/app-store.ts';
import { canSendEdit, fieldName } from './formal-check-state.ts';
import { useFormalCheck } from './formal-check-store.ts';

const outcomeColour: Readonly<Record<CheckOutcome, string>> = { pass: 'green', fail: 'red', warn: 'orange' };

// The check's own result may be changed while the formal check and the 材料审核 are open.
const editable = (view: FormalCheckView) => view.stage === 'formal-check' || view.stage === 'material-review';

function RuleCell({ application, rule, view }: { application: CheckedApplication; rule: CheckedRule | undefined; view: FormalCheckView }) {
  const { t } = useTranslation();
  const openOverride = useFormalCheck((s) => s.openOverride);
  if (!rule) return <Typography.Text type="secondary">—</Typography.Text>;
  const lapsed = rule.lapsedOverride
    ? `\n${t('formalCheck.lapsedFrom', { result: t(`formalCheck.results.${rule.lapsedOverride.result}`), was: t(`formalCheck.results.${rule.lapsedOverride.overridden}`), reason: rule.lapsedOverride.reason })}`
    : '';
  const tip = (rule.override ? `${rule.override.reason}\n${t('formalCheck.overriddenFrom', { result: t(`formalCheck.results.${rule.result}`), reason: rule.reason })}` : rule.reason) + lapsed;
  return (
    <Tooltip title={<span style={{ whiteSpace: 'pre-line' }}>{tip}</span>}>
      <Tag
        color={outcomeColour[rule.effective]}
        style={{ cursor: editable(view) ? 'pointer' : 'default' }}
        onClick={() => editable(view) && openOverride(application.submissionId, rule)}
        data-testid={`fc-${application.submissionId}-${rule.rule}`}
      >
        {t(`formalCheck.results.${rule.effective}`)}
        {rule.override ? ` · ${t('formalCheck.overridden')}` : ''}
        {rule.lapsedOverride ? ` · ${t('formalCheck.lapsed')}` : ''}
      </Tag>
    </Tooltip>
  );
}

// Where a finding can be seen: each stored file it names opens in the reader at its page (closing the
// dialog first); a cell of the 汇总表 is named; and the application's materials are always one click away.
function EvidenceLinks({ reviewId, submissionId, evidence }: { reviewId: string; submissionId: string; evidence: CheckedRule['evidence'] }) {
  const { t } = useTranslation();
  const show = useAppStore((s) => s.show);
  const closeEdit = useFormalCheck((s) => s.closeEdit);
  const open = (documentId?: string, page?: number) => {
    closeEdit();
    show({ kind: 'materials', reviewId, submissionId, ...(documentId ? { documentId } : {}), ...(documentId && page ? { page } : {}) });
  };
  return (
    <Space wrap size={4} data-testid="fc-evidence">
      {evidence.map((e, i) =>
        // A cell is a 汇总表's (a workbook, not for the reader): named, not opened.
        e.documentId && !e.cell ? (
          <Button key={i} size="small" icon={<FileSearchOutlined />} onClick={() => open(e.documentId, e.page)} data-testid={`fc-evidence-${String(i)}`}>
            {e.page ? t('formalCheck.openPage', { page: e.page }) : t('formalCheck.openFile')}
          </Button>
        ) : e.cell ? <Tag key={i}>{t('formalCheck.cell', { cell: e.cell })}</Tag> : null,
      )}
      <Button size="small" type="link" onClick={() => open()} data-testid="fc-materials">{t('formalCheck.viewMaterials')}</Button>
    </Space>
  );
}

// 按时报送 judged on a file's time (a zip entry's, the upload's) can be set right from the mail's date, then checked again.
function ReceivedAtForm({ submissionId }: { submissionId: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const busy = useFormalCheck((s) => s.busy);
  const iso = beijingTimeIso(text);
  return (
    <Space direction="vertical" size={4} style={{ width: '100%' }} data-testid="fc-received">
      <Typography.Text type="secondary">{t('formalCheck.receivedHint')}</Typography.Text>
      <Space.Compact style={{ width: '100%' }}>
        <Input value={text} placeholder="2026-05-25 18:30" onChange={(e) => setText(e.target.value)} status={text.trim() !== '' && iso === null ? 'error' : ''} data-testid="fc-received-at" />
        <Button disabled={iso === null} loading={busy} onClick={() => iso && void useFormalCheck.getState().setReceivedAt(submissionId, iso)} data-testid="fc-received-set">{t('formalCheck.receivedSet')}</Button>
      </Space.Compact>
    </Space>
  );
}

function EditModal({ view }: { view: FormalCheckView }) {
  const { t } = useTranslation();
  const { edit, busy, error, changeEdit, closeEdit, sendEdit } = useFormalCheck();
  if (!edit) return null;
  const application = view.applications.find((a) => a.submissionId === edit.submissionId);
  const rule = edit.kind === 'override' ? application?.results.find((r) => r.rule === edit.rule) : undefined;
  const title = edit.kind === 'override'
    ? t('formalCheck.overrideTitle', { rule: view.rules.find((r) => r.id === edit.rule)?.label ?? edit.rule })
    : t('formalCheck.conclusionTitle', { applicant: application?.applicant ?? '' });
  return (
    <Modal open title={title} onCancel={closeEdit} onOk={() => void sendEdit()} okText={t('formalCheck.save')} cancelText={t('formalCheck.cancel')} okButtonProps={{ disabled: !canSendEdit(edit), loading: busy, 'data-testid': 'fc-edit-save' }}>
      <Space direction="vertical" style={{ width: '100%' }}>
        {rule && <Typography.Paragraph>{t('formalCheck.checkSaid', { result: t(`formalCheck.results.${rule.result}`) })}：{rule.reason}</Typography.Paragraph>}
        <EvidenceLinks reviewId={view.reviewId} submissionId={edit.submissionId} evidence={rule?.evidence ?? []} />
        {edit.kind === 'override' && edit.rule === 'deadline.late' && <ReceivedAtForm submissionId={edit.submissionId} />}
        {edit.kind === 'override' ? (
          <Radio.Group value={edit.result} onChange={(e) => changeEdit({ result: e.target.value as CheckOutcome })}>
            {(['pass', 'warn', 'fail'] as const).map((r) => <Radio.Button key={r} value={r}>{t(`formalCheck.results.${r}`)}</Radio.Button>)}
          </Radio.Group>
        ) : (
          <Radio.Group value={edit.conclusion} onChange={(e) => changeEdit({ conclusion: e.target.value as typeof edit.conclusion })}>
            {(['pass', 'supplement', 'reject'] as const).map((c) => <Radio.Button key={c} value={c}>{t(`formalCheck.conclusions.${c}`)}</Radio.Button>)}
          </Radio.Group>
        )}
        <Input.TextArea rows={3} maxLength={500} placeholder={t('formalCheck.reason')} value={edit.reason} onChange={(e) => changeEdit({ reason: e.target.value })} data-testid="fc-edit-reason" />
        {!canSendEdit(edit) && <Typography.Text type="secondary">{t('formalCheck.reasonRequired')}</Typography.Text>}
        {error && <Alert type="error" showIcon message={error} />}
      </Space>
    </Modal>
  );
}

/** Coordinator: the 形式审查结果表 on screen, applications × rules; override a result or record the 材料审核 conclusion, with a reason. */
export function FormalCheckScreen({ reviewId }: { reviewId: string }) {
  const { t } = useTranslation();
  const openReview = useAppStore((s) => s.openReview);
  const show = useAppStore((s) => s.show);
  const check = useFormalCheck();
  useEffect(() => void useFormalCheck.getState().open(reviewId), [reviewId]);

  if (check.phase === 'failed') return <Result status="error" title={t('app.loadFailed')} subTitle={check.error} extra={<Button onClick={() => void openReview(reviewId)}>{t('review.back')}</Button>} />;
  if (!check.view || check.reviewId !== reviewId) return <Spin size="large" style={{ display: 'block', margin: '20vh auto' }} />;
  const { view } = check;
  const columns = [
    { title: t('formalCheck.applicant'), key: 'applicant', fixed: 'left' as const, width: 200, render: (a: CheckedApplication) => a.applicant },
    { title: t('formalCheck.field'), key: 'field', width: 120, render: (a: CheckedApplication) => fieldName(check, a.fieldId) },
    ...view.rules.map((rule) => ({
      title: rule.label,
      key: rule.id,
      width: 110,
      render: (a: CheckedApplication) => <RuleCell application={a} rule={a.results.find((r) => r.rule === rule.id)} view={view} />,
    })),
    { title: t('formalCheck.verdict'), key: 'verdict', width: 90, render: (a: CheckedApplication) => <span data-testid={`fc-verdict-${a.submissionId}`}>{t(`formalCheck.verdicts.${a.verdict}`)}</span> },
    {
      title: t('formalCheck.conclusion'),
      key: 'conclusion',
      width: 160,
      render: (a: CheckedApplication) => (
        <Space>
          <Tooltip title={a.conclusion?.reason}>{a.conclusion ? t(`formalCheck.conclusions.${a.conclusion.conclusion}`) : t('formalCheck.noConclusion')}</Tooltip>
          {view.stage === 'material-review' && <Button size="small" onClick={() => check.openConclusion(a.submissionId)} data-testid={`fc-conclude-${a.submissionId}`}>{t('formalCheck.conclude')}</Button>}
        </Space>
      ),
    },
    { title: t('formalCheck.inPackages'), key: 'packages', width: 80, render: (a: CheckedApplication) => (a.inPackages ? '✓' : t('formalCheck.leftOut')) },
  ];
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="formal-check-screen">
      <Space wrap>
        <Button icon={<ArrowLeftOutlined />} onClick={() => void openReview(reviewId)}>{t('review.back')}</Button>
        <Typography.Title level={3} style={{ margin: 0 }}>{t('formalCheck.title')}</Typography.Title>
        <Tag data-testid="fc-stage">{t('formalCheck.stage', { stage: t(`formalCheck.stages.${view.stage}`) })}</Tag>
        {editable(view) && (
          <Button type="primary" icon={<PlayCircleOutlined />} loading={check.busy && !check.edit} onClick={() => void check.run()} data-testid="fc-run">
            {view.ranAt ? t('formalCheck.rerun') : t('formalCheck.run')}
          </Button>
        )}
        <Button icon={<FileExcelOutlined />} onClick={() => void check.exportXlsx()} data-testid="fc-export">{t('formalCheck.export')}</Button>
        <Button icon={<PrinterOutlined />} onClick={() => show({ kind: 'formal-check-print', reviewId })} data-testid="fc-print">{t('formalCheck.print')}</Button>
      </Space>
      <Typography.Paragraph type="secondary">{t('formalCheck.intro')}</Typography.Paragraph>
      <Typography.Text>{view.ranAt ? `${t('formalCheck.ranAt', { at: chinaTimeText(Date.parse(view.ranAt)) })}；${t('formalCheck.counts', view.counts)}` : t('formalCheck.notRun')}</Typography.Text>
      {check.error && !check.edit && <Alert type="error" showIcon message={check.error} />}
      <Table<CheckedApplication> rowKey="submissionId" pagination={false} size="small" scroll={{ x: 'max-content' }} columns={columns} dataSource={view.applications} />
      <EditModal view={view} />
    </Space>
  );
}
