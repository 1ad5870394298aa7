import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Empty, Result, Space, Spin, Typography } from 'antd';
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
  // Laid out as the expert's workspace is: a bar, and the reader filling the window below it.
  return (
    <div className="ps-workspace" data-testid="materials-screen">
      <Space className="ps-workspace-bar" wrap>
        {backButton}
        <Typography.Text strong>{t('formalCheck.materialsTitle', { applicant: materials.applicant })}</Typography.Text>
        <Typography.Text type="secondary">{materials.reviewTitle}</Typography.Text>
      </Space>
      {materials.documents.length === 0 ? (
        <Empty style={{ marginTop: 64 }} description={t('formalCheck.noMaterials')} />
      ) : (
        <div className="ps-workspace-split">
          <DocumentReader
            reviewId={reviewId}
            submissionId={submissionId}
            documents={materials.documents}
            activeDocumentId={active}
            onActiveDocumentChange={setActive}
            {...(page !== undefined ? { initialPage: page } : {})}
          />
        </div>
      )}
    </div>
  );
}
