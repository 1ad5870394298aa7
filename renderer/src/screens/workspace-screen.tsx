import { ArrowLeftOutlined, CheckSquareOutlined } from '@ant-design/icons';
import { Button, Result, Space, Spin, Splitter, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictDialog } from '../components/workspace/conflict-dialog.tsx';
import { ReaderPanel, type ReaderPanelHandle } from '../components/workspace/reader-panel.tsx';
import { RubricPane } from '../components/workspace/rubric-pane.tsx';
import { SubmissionList } from '../components/workspace/submission-list.tsx';
import { useUndoKeys } from '../components/use-undo-keys.ts';
import { useAppStore } from '../stores/app-store.ts';
import { useWorkspace } from '../stores/workspace-store.ts';

/** The expert's workspace: submissions, the application's documents, and the rubric side by side. */
export function WorkspaceScreen({ reviewId }: { reviewId: string }) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const show = useAppStore((s) => s.show);
  const reader = useRef<ReaderPanelHandle>(null);
  const [conflictOpen, setConflictOpen] = useState(false);

  useEffect(() => void useWorkspace.getState().open(reviewId), [reviewId]);
  useUndoKeys(true, ws.undoEdit, ws.redoEdit);

  const cite = (criterionId: string) => {
    const where = reader.current?.location();
    if (where) void ws.cite(criterionId, where.documentId, where.page, where.selection);
  };
  // Ctrl+E cites the current page (and selected text) for the focused criterion.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'e') return;
      const criterionId = useWorkspace.getState().focusedCriterionId;
      if (!criterionId) return;
      event.preventDefault();
      cite(criterionId);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });
  // When a criterion is focused, its keywords are searched in the open document.
  const keywords = ws.program?.rubrics.flatMap((r) => r.sections.flatMap((s) => s.criteria)).find((c) => c.id === ws.focusedCriterionId)?.keywords;
  useEffect(() => {
    if (keywords && keywords.length > 0) reader.current?.search(keywords);
  }, [keywords, ws.activeDocumentId]);

  if (ws.phase === 'loading' || ws.phase === 'idle') return <Spin size="large" style={{ display: 'block', margin: '20vh auto' }} />;
  if (ws.phase === 'failed') return <Result status="error" title={t('app.loadFailed')} subTitle={ws.error} extra={<Button onClick={() => show({ kind: 'home' })}>{t('review.back')}</Button>} />;
  const submission = ws.review?.submissions.find((s) => s.id === ws.submissionId);

  return (
    <div className="ps-workspace">
      <Space className="ps-workspace-bar">
        <Button size="small" icon={<ArrowLeftOutlined />} onClick={() => show({ kind: 'home' })}>{t('review.back')}</Button>
        <Typography.Text strong>{ws.review?.title}</Typography.Text>
        <Button size="small" icon={<CheckSquareOutlined />} onClick={() => show({ kind: 'consistency', reviewId })} data-testid="consistency-button">{t('workspace.consistency')}</Button>
      </Space>
      <Splitter className="ps-workspace-split">
        <Splitter.Panel defaultSize={260} min={180} max={420} collapsible>
          <div className="ps-scroll"><SubmissionList /></div>
        </Splitter.Panel>
        <Splitter.Panel min={320}>
          <ReaderPanel
            ref={reader}
            documents={ws.documents}
            activeDocumentId={ws.activeDocumentId}
            onActiveDocumentChange={ws.showDocument}
            onPageVisible={ws.visit}
          />
        </Splitter.Panel>
        <Splitter.Panel defaultSize={440} min={320} max={760}>
          <div className="ps-scroll">
            <RubricPane
              onCite={cite}
              onOpenEvidence={(e) => {
                ws.showDocument(e.documentId);
                reader.current?.show(e.documentId, e.page, e.quote || undefined);
              }}
              onDeclareConflict={() => (ws.scoring?.conflict ? void ws.declareConflict(null) : setConflictOpen(true))}
            />
          </div>
        </Splitter.Panel>
      </Splitter>
      <ConflictDialog
        open={conflictOpen}
        applicant={submission?.applicant ?? ''}
        onCancel={() => setConflictOpen(false)}
        onDeclare={(reason) => {
          setConflictOpen(false);
          void ws.declareConflict(reason);
        }}
      />
    </div>
  );
}
