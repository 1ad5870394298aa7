import { ArrowLeftOutlined, CopyOutlined, FileExcelOutlined, ImportOutlined, RedoOutlined, UndoOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Result, Row, Select, Space, Spin, Tabs, Tag, Tooltip, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { addCriterion, addSection, removeCriterion, removeSection, updateCriterion, updateSection } from '../../../../shared/programs/rubric-edits.ts';
import { validateProgram } from '../../../../shared/programs/validate-program.ts';
import { errorText } from '../../api/error-text.ts';
import { pickFile } from '../../api/file-transfer.ts';
import { CommitInput } from '../../components/commit-input.tsx';
import { CriterionForm } from './criterion-form.tsx';
import type { FactEditing } from './fact-editing.ts';
import { locateIssue, nodesWithIssues } from './issue-location.ts';
import { ProgramFacts } from './program-facts.tsx';
import { RubricForm } from './rubric-form.tsx';
import { RubricPreview } from './rubric-preview.tsx';
import { RubricTree } from './rubric-tree.tsx';
import { SaveStatusTag } from './save-status-tag.tsx';
import { SectionForm } from './section-form.tsx';
import { ValidationPanel } from './validation-panel.tsx';
import { useErrorToast } from '../../components/use-error-toast.ts';
import { useUndoKeys } from '../../components/use-undo-keys.ts';
import { useAppStore } from '../app/app-store.ts';
import { useProgramEditor } from './program-editor-store.ts';

/** The program editor: rubric tree, the selected node's form, live validation, and a preview. */
export function ProgramEditorScreen({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const toast = useErrorToast(10);
  const show = useAppStore((s) => s.show);
  const editor = useProgramEditor();
  const { draft, summary, rubricId, selected } = editor;
  const readOnly = summary?.builtIn ?? true;

  useEffect(() => {
    void useProgramEditor.getState().open(programId);
    return () => void useProgramEditor.getState().flush();
  }, [programId]);
  useUndoKeys(!readOnly, editor.undo, editor.redo);

  const issues = useMemo(() => (draft ? validateProgram(draft) : []), [draft]);
  const rubric = draft?.rubrics.find((r) => r.id === rubricId) ?? null;
  const marked = useMemo(() => (draft && rubricId ? nodesWithIssues(draft, issues, rubricId) : new Set<string>()), [draft, issues, rubricId]);

  if (editor.phase === 'loading' || editor.phase === 'idle') return <Spin size="large" style={{ display: 'block', margin: '20vh auto' }} />;
  if (editor.phase === 'failed' || !draft || !summary) {
    return <Result status="error" title={t('app.loadFailed')} subTitle={errorText(editor.error, t)} extra={<Button onClick={() => show({ kind: 'programs' })}>{t('review.back')}</Button>} />;
  }

  const duplicate = () => editor.duplicate().then((programId) => show({ kind: 'program', programId }), toast);
  const exportXlsx = () => editor.exportRubricXlsx().catch(toast);
  const importXlsx = async () => {
    if (!rubric) return;
    const file = await pickFile('.xlsx');
    if (!file) return;
    await editor.importRubricXlsx(file).then((count) => void message.success(t('editor.importedXlsx', { count })), toast);
  };

  const refused = editor.refused;
  const facts: FactEditing = {
    program: draft,
    readOnly,
    edit: editor.editFacts,
    refusal: (key) => (refused?.key === key ? t('facts.refused', { reason: refused.issues.map((i) => i.message).join('；') }) : undefined),
  };

  const section = selected?.kind === 'section' ? rubric?.sections.find((s) => s.id === selected.sectionId) : undefined;
  const criterion = selected?.kind === 'criterion' ? rubric?.sections.flatMap((s) => s.criteria).find((c) => c.id === selected.criterionId) : undefined;
  const owner = criterion ? rubric?.sections.find((s) => s.criteria.some((c) => c.id === criterion.id)) : undefined;

  const form = !rubric ? null : criterion ? (
    <CriterionForm
      key={criterion.id}
      criterion={criterion}
      readOnly={readOnly}
      canRemove={(owner?.criteria.length ?? 0) > 1}
      onChange={(patch, key) => editor.editRubric((r) => updateCriterion(r, criterion.id, patch), key)}
      onRemove={() => {
        editor.editRubric((r) => removeCriterion(r, criterion.id), `remove:${criterion.id}`);
        editor.select(owner ? { kind: 'section', sectionId: owner.id } : { kind: 'rubric' });
      }}
    />
  ) : section ? (
    <SectionForm
      key={section.id}
      section={section}
      readOnly={readOnly}
      canRemove={rubric.sections.length > 1}
      onChange={(patch, key) => editor.editRubric((r) => updateSection(r, section.id, patch), key)}
      onAddCriterion={() => {
        const { rubric: next, criterionId } = addCriterion(rubric, section.id);
        editor.editRubric(() => next, `add-criterion:${criterionId}`);
        editor.select({ kind: 'criterion', criterionId });
      }}
      onRemove={() => {
        editor.editRubric((r) => removeSection(r, section.id), `remove:${section.id}`);
        editor.select({ kind: 'rubric' });
      }}
    />
  ) : (
    <RubricForm
      rubric={rubric}
      readOnly={readOnly}
      onChange={(next, key) => editor.editRubric(() => next, key)}
      onAddSection={() => {
        const { rubric: next, sectionId } = addSection(rubric);
        editor.editRubric(() => next, `add-section:${sectionId}`);
        editor.select({ kind: 'section', sectionId });
      }}
    />
  );

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Space wrap>
          <Button icon={<ArrowLeftOutlined />} onClick={() => show({ kind: 'programs' })}>{t('review.back')}</Button>
          {readOnly ? (
            <Typography.Title level={4} style={{ margin: 0 }}>{draft.title}</Typography.Title>
          ) : (
            <div style={{ width: 420 }}>
              <CommitInput value={draft.title} aria-label={t('editor.programTitle')} onCommit={(title) => editor.edit({ ...draft, title }, 'program:title')} />
            </div>
          )}
          <Tag>{`v${draft.version}`}</Tag>
          {summary.builtIn && <Tag color="blue">{t('programs.builtIn')}</Tag>}
          {summary.inUse && <Tag color="gold">{t('programs.inUse')}</Tag>}
          {!readOnly && <SaveStatusTag status={editor.save} error={editor.saveError} />}
        </Space>
        <Space wrap>
          {readOnly ? (
            <Button type="primary" icon={<CopyOutlined />} onClick={() => void duplicate()}>{t('editor.duplicateToEdit')}</Button>
          ) : (
            <>
              <Tooltip title="Ctrl+Z"><Button icon={<UndoOutlined />} disabled={editor.past.length === 0} onClick={editor.undo} aria-label={t('editor.undo')} /></Tooltip>
              <Tooltip title="Ctrl+Shift+Z / Ctrl+Y"><Button icon={<RedoOutlined />} disabled={editor.future.length === 0} onClick={editor.redo} aria-label={t('editor.redo')} /></Tooltip>
              <Button icon={<ImportOutlined />} onClick={() => void importXlsx()}>{t('editor.importXlsx')}</Button>
            </>
          )}
          <Button icon={<FileExcelOutlined />} onClick={() => void exportXlsx()}>{t('editor.exportXlsx')}</Button>
        </Space>
      </Space>
      {readOnly && <Alert type="info" showIcon message={t('editor.readOnlyTemplate')} />}
      {editor.notice && <Alert type="info" showIcon closable message={t('editor.newVersion', { version: editor.notice.version })} />}
      {draft.rubrics.length > 1 && (
        <Space>
          <span>{t('editor.rubric')}</span>
          <Select style={{ minWidth: 360 }} value={rubricId} onChange={editor.selectRubric} options={draft.rubrics.map((r) => ({ value: r.id, label: `${r.title} (${r.totalPoints})` }))} />
        </Space>
      )}
      <Tabs
        items={[
          {
            key: 'edit',
            label: t('editor.tabEdit'),
            children: rubric && (
              <Row gutter={16}>
                <Col xs={24} lg={10}>
                  <Space direction="vertical" style={{ width: '100%' }}>
                    <ValidationPanel
                      issues={issues}
                      onPick={(issue) => {
                        const where = locateIssue(draft, issue);
                        if (where.rubricId && where.rubricId !== rubricId) editor.selectRubric(where.rubricId);
                        if (where.node) editor.select(where.node);
                      }}
                    />
                    <Card size="small" title={<a onClick={() => editor.select({ kind: 'rubric' })}>{rubric.title}</a>}>
                      <RubricTree
                        rubric={rubric}
                        selected={selected}
                        withIssues={marked}
                        readOnly={readOnly}
                        onSelect={editor.select}
                        onChange={(next) => editor.editRubric(() => next, `move:${Date.now()}`)}
                      />
                    </Card>
                  </Space>
                </Col>
                <Col xs={24} lg={14}>
                  <Card size="small">{form}</Card>
                </Col>
              </Row>
            ),
          },
          { key: 'preview', label: t('editor.tabPreview'), children: rubric && <RubricPreview rubric={rubric} /> },
          { key: 'facts', label: t('editor.tabFacts'), children: <ProgramFacts facts={facts} /> },
        ]}
      />
    </Space>
  );
}
