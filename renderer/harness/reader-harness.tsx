// The DocumentReader on a page of its own, for tests/e2e/reader/reader.test.ts: opens a submission's
// documents through the real API (?review=…&submission=…&active=<document id>&page=N&lang=en;
// &keywords=现场工程师,双师型 passes them to the reader, which searches every PDF of the submission
// for them through documents:search, for bench/reader-keywords/reader-keywords.bench.ts).
// Not part of the app build: built by renderer/vite.harness.config.ts into dist/harness.
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import type { SubmissionDocument } from '../../shared/domain/document.ts';
import { call, createHttpBridge, setBridge } from '../src/api/client.ts';
import { DocumentReader, type DocumentReaderHandle, type DocumentSelection } from '../src/features/reader/ui/document-reader.tsx';
import { harnessI18n } from './harness-i18n.ts';

const params = new URLSearchParams(location.search);
const reviewId = params.get('review') ?? 'demo-2026-anhui';
const submissionId = params.get('submission') ?? '';
const locale = params.get('lang') === 'en' ? 'en' : 'zh-CN';
const initialPage = Number(params.get('page')) || undefined;
const words = (params.get('keywords') ?? '')
  .split(',')
  .map((word) => word.trim())
  .filter((word) => word.length > 0);
const keywords = words.length > 0 ? { label: 'bench', words } : null;

declare global {
  interface Window {
    /** The reader's handle, for tests (e.g. `show({ documentId, page, quote })`). */
    __reader?: DocumentReaderHandle | null;
  }
}

function Harness() {
  const [documents, setDocuments] = useState<readonly SubmissionDocument[] | null>(null);
  const [active, setActive] = useState<string | null>(params.get('active'));
  const [selection, setSelection] = useState<DocumentSelection | null>(null);
  useEffect(() => {
    void call('submissions:documents', { reviewId, submissionId }).then((list) => {
      setDocuments(list);
      setActive((current) => current ?? list[0]?.id ?? null);
    });
  }, []);
  if (!documents) return null;
  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100vh' }}>
      <output data-testid="harness-selection" style={{ flex: 'none', fontSize: 12, padding: '0 12px' }}>
        {selection ? `${selection.page}|${selection.text}` : ''}
      </output>
      <div style={{ flex: 1, minHeight: 0 }}>
        <DocumentReader
          reviewId={reviewId}
          submissionId={submissionId}
          documents={documents}
          activeDocumentId={active}
          onActiveDocumentChange={setActive}
          onSelectionChange={setSelection}
          ref={(handle) => {
            window.__reader = handle;
          }}
          {...(initialPage ? { initialPage } : {})}
          {...(keywords ? { keywords } : {})}
        />
      </div>
    </div>
  );
}

setBridge(createHttpBridge());
const i18n = await harnessI18n(locale);
document.body.style.margin = '0';
createRoot(document.getElementById('root') as HTMLElement).render(
  <I18nextProvider i18n={i18n}>
    <ConfigProvider locale={locale === 'en' ? enUS : zhCN}>
      <AntApp>
        <Harness />
      </AntApp>
    </ConfigProvider>
  </I18nextProvider>,
);
