import { ArrowLeftOutlined, CheckSquareOutlined } from '@ant-design/icons';
import { App, Button, Result, Space, Spin, Splitter, Typography } from 'antd';
import type { Evidence } from '../../../../shared/domain/scoring.ts';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/error-text.ts';
import { ConflictDialog } from './conflict-dialog.tsx';
import { RubricPane } from './rubric-pane.tsx';
import { SubmissionList } from './submission-list.tsx';
import { defaultPaneSizes } from './pane-sizes.ts';
import { useUndoKeys } from '../../components/use-undo-keys.ts';
import { isCiteKey } from './cite-key.ts';
import { DocumentReader, type DocumentReaderHandle } from '../reader/ui/document-reader.tsx';
import { useAppStore } from '../app/app-store.ts';
import { focusedCriterion } from './workspace-state.ts';
import { useWorkspace } from './workspace-store.ts';

/** The expert's workspace: submissions, the application's documents, and the rubric side by side. */
export function WorkspaceScreen({ reviewId, submissionId }: { reviewId: string; submissionId: string | null }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  // Only what this screen shows: a score typed in the rubric must not re-render the reader.
  const ws = useWorkspace(
    useShallow((s) => ({
      phase: s.phase, error: s.error, review: s.review, program: s.program, submissionId: s.submissionId, documents: s.documents,
      activeDocumentId: s.activeDocumentId, focusedCriterionId: s.focusedCriterionId, conflict: s.scoring?.conflict ?? null,
      undoEdit: s.undoEdit, redoEdit: s.redoEdit, showDocument: s.showDocument, visit: s.visit, declareConflict: s.declareConflict,
    })),
  );
  const show = useAppStore((s) => s.show);
  const reader = useRef<DocumentReaderHandle>(null);
  const [conflictOpen, setConflictOpen] = useState(false);

  // The application named on entry (a reload, the consistency review) is opened first; later choices
  // change only the workspace store, so they must not re-open the review.
  const entrySubmission = useRef(submissionId);
  useEffect(() => void useWorkspace.getState().open(reviewId, entrySubmission.current), [reviewId]);
  useUndoKeys(true, ws.undoEdit, ws.redoEdit);

  /** Cites the selected text (or, with none, the page being read) for a criterion. */
  const cite = useCallback(
    (criterionId: string) => {
      const where = reader.current?.location();
      if (!where) {
        void message.warning(t('workspace.citeNothing'));
        return;
      }
      void useWorkspace.getState().cite(criterionId, where.documentId, where.page, where.text);
    },
    [message, t],
  );
  const openEvidence = useCallback(
    (e: Evidence) => reader.current?.show({ documentId: e.documentId, page: e.page, ...(e.quote ? { quote: e.quote } : {}) }),
    [],
  );
  // Ctrl+E cites for the focused criterion, wherever the focus is (the pages, the form).
  useEffect(() => {
    const isMac = /Mac|iPhone|iPad/.test(navigator.platform);
    const onKey = (event: KeyboardEvent) => {
      if (!isCiteKey(event, isMac)) return;
      const criterionId = useWorkspace.getState().focusedCriterionId;
      if (!criterionId) return;
      event.preventDefault();
      cite(criterionId);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  const focused = focusedCriterion(ws);
  const { declareConflict } = ws;
  const onDeclareConflict = useCallback(() => (ws.conflict ? void declareConflict(null) : setConflictOpen(true)), [ws.conflict, declareConflict]);
  const keywords = useMemo(
    () => (focused && focused.keywords.length > 0 ? { label: focused.title, words: focused.keywords } : null),
    [focused],
  );

  if (ws.phase === 'loading' || ws.phase === 'idle') return <Spin size="large" style={{ display: 'block', margin: '20vh auto' }} />;
  if (ws.phase === 'failed') return <Result status="error" title={t('app.loadFailed')} subTitle={errorText(ws.error, t)} extra={<Button onClick={() => show({ kind: 'home' })}>{t('review.back')}</Button>} />;
  const submission = ws.review?.submissions.find((s) => s.id === ws.submissionId);
  const panes = defaultPaneSizes(window.innerWidth);

  return (
    <div className="ps-workspace">
      <Space className="ps-workspace-bar">
        <Button size="small" icon={<ArrowLeftOutlined />} onClick={() => show({ kind: 'home' })}>{t('review.back')}</Button>
        <Typography.Text strong>{ws.review?.title}</Typography.Text>
        <Button size="small" icon={<CheckSquareOutlined />} onClick={() => show({ kind: 'consistency', reviewId })} data-testid="consistency-button">{t('workspace.consistency')}</Button>
      </Space>
      <Splitter className="ps-workspace-split">
        <Splitter.Panel defaultSize={panes.list} min={180} max={420} collapsible>
          <div className="ps-scroll"><SubmissionList /></div>
        </Splitter.Panel>
        <Splitter.Panel min={320}>
          {ws.submissionId && (
            <DocumentReader
              ref={reader}
              reviewId={reviewId}
              submissionId={ws.submissionId}
              documents={ws.documents}
              activeDocumentId={ws.activeDocumentId}
              onActiveDocumentChange={ws.showDocument}
              keywords={keywords}
              onPageChange={ws.visit}
            />
          )}
        </Splitter.Panel>
        <Splitter.Panel defaultSize={panes.rubric} min={320} max={760}>
          <div className="ps-scroll">
            <RubricPane onCite={cite} onOpenEvidence={openEvidence} onDeclareConflict={onDeclareConflict} />
          </div>
        </Splitter.Panel>
      </Splitter>
      <ConflictDialog
        open={conflictOpen}
        applicant={submission?.applicant ?? t('workspace.thisSubmission')}
        onCancel={() => setConflictOpen(false)}
        onDeclare={(reason) => {
          setConflictOpen(false);
          void ws.declareConflict(reason);
        }}
      />
    </div>
  );
}
