import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Result, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/error-text.ts';
import { useEscapeBack } from '../../components/use-escape-back.ts';
import { DocumentReader } from '../reader/ui/document-reader.tsx';
import { useAppStore } from '../app/app-store.ts';
import { materialsKey, useMaterials } from './materials-store.ts';

/**
 * Coordinator: one application's stored files in the reader, opened at the file and page a
 * formal-check finding names (its evidence), so the coordinator sees for themselves before deciding.
 */
export function MaterialsScreen({ reviewId, submissionId, documentId, page }: { reviewId: string; submissionId: string; documentId?: string; page?: number }) {
  const { t } = useTranslation();
  const show = useAppStore((s) => s.show);
  const loaded = useMaterials((s) => s.materials);
  const [active, setActive] = useState<string | null>(documentId ?? null);
  useEffect(() => {
    setActive(documentId ?? null);
    void useMaterials.getState().load(reviewId, submissionId);
  }, [reviewId, submissionId, documentId]);
  const back = () => show({ kind: 'formal-check', reviewId });
  useEscapeBack(back);
  const key = materialsKey(reviewId, submissionId);
  const backButton = <Button icon={<ArrowLeftOutlined />} onClick={back}>{t('review.back')}</Button>;
  if (loaded.phase === 'failed' && loaded.key === key) return <Result status="error" title={t('app.loadFailed')} subTitle={errorText(loaded.error, t)} extra={backButton} />;
  const materials = loaded.key === key ? loaded.value : null;
  if (!materials) return <Spin size="large" style={{ display: 'block', margin: '20vh auto' }} />;
  // The reader shows PDFs; a workbook or a Word file is named, not opened as a broken PDF. A file the
  // finding names that is not (or no longer) this application's, or no PDF, says so rather than
  // quietly showing another file.
  const pdfs = materials.documents.filter((d) => d.mediaType === 'application/pdf');
  const others = materials.documents.filter((d) => d.mediaType !== 'application/pdf');
  const named = documentId ? materials.documents.find((d) => d.id === documentId) : undefined;
  const notice = documentId && !pdfs.some((d) => d.id === documentId) ? (named ? t('formalCheck.notPdf', { file: named.fileName }) : t('formalCheck.notHere')) : null;
  // Laid out as the expert's workspace is: a bar, and the reader filling the window below it.
  return (
    <div className="ps-workspace" data-testid="materials-screen">
      <Space className="ps-workspace-bar" wrap>
        {backButton}
        <Typography.Text strong>{t('formalCheck.materialsTitle', { applicant: materials.applicant })}</Typography.Text>
        <Typography.Text type="secondary">{materials.reviewTitle}</Typography.Text>
        {others.length > 0 && <Typography.Text type="secondary" data-testid="materials-others">{t('formalCheck.otherFiles', { files: others.map((d) => d.fileName).join('、') })}</Typography.Text>}
      </Space>
      {notice && <Alert type="warning" showIcon message={notice} data-testid="materials-notice" />}
      {pdfs.length === 0 ? (
        <Empty style={{ marginTop: 64 }} description={t('formalCheck.noMaterials')} />
      ) : (
        <div className="ps-workspace-split">
          <DocumentReader
            reviewId={reviewId}
            submissionId={submissionId}
            documents={pdfs}
            activeDocumentId={active && pdfs.some((d) => d.id === active) ? active : null}
            onActiveDocumentChange={setActive}
            {...(page !== undefined && notice === null ? { initialPage: page } : {})}
          />
        </div>
      )}
    </div>
  );
}
