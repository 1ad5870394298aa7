import { App as AntApp, Button, ConfigProvider, Result, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { i18n } from 'i18next';
import { useEffect } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { errorText } from './api/error-text.ts';
import { AppHeader } from './features/app/app-header.tsx';
import { HomeScreen } from './features/app/home-screen.tsx';
import { ProgramEditorScreen } from './features/programs/program-editor-screen.tsx';
import { ProgramsScreen } from './features/programs/programs-screen.tsx';
import { ConsistencyScreen } from './features/scoring/consistency-screen.tsx';
import { ExpertsScreen } from './features/roster/experts-screen.tsx';
import { IdentityScreen } from './features/identity/identity-screen.tsx';
import { KeyCardPrintScreen } from './features/identity/key-card-print-screen.tsx';
import { FormalCheckPrintScreen } from './features/formal-check/formal-check-print-screen.tsx';
import { FormalCheckScreen } from './features/formal-check/formal-check-screen.tsx';
import { MaterialsScreen } from './features/formal-check/materials-screen.tsx';
import { MergeScreen } from './features/merge/merge-screen.tsx';
import { AuditScreen } from './features/audit/audit-screen.tsx';
import { ResultsPrintScreen } from './features/exports/results-print-screen.tsx';
import { IntakeScreen } from './features/intake/intake-screen.tsx';
import { SheetPrintScreen } from './features/sheets/sheet-print-screen.tsx';
import { WorkspaceScreen } from './features/scoring/workspace-screen.tsx';
import { ReviewScreen } from './features/reviews/review-screen.tsx';
import { useAppStore } from './features/app/app-store.ts';
import { startRouteSync } from './features/app/route-sync.ts';

const theme = {
  token: {
    colorPrimary: '#8c1d18',
    fontFamily: "'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', system-ui, sans-serif",
    borderRadius: 6,
  },
};

/** The root component: providers, start-up, and the current screen. */
export function App({ i18n }: { i18n: i18n }) {
  const locale = useAppStore((s) => s.settings.locale);
  const start = useAppStore((s) => s.start);
  useEffect(() => {
    const stop = startRouteSync();
    void start(() => window.location.hash);
    return stop;
  }, [start]);
  useEffect(() => {
    void i18n.changeLanguage(locale);
    document.documentElement.lang = locale;
  }, [i18n, locale]);
  return (
    <I18nextProvider i18n={i18n}>
      <ConfigProvider locale={locale === 'en' ? enUS : zhCN} theme={theme}>
        <AntApp>
          <AppHeader />
          <main className="ps-main">
            <CurrentScreen />
          </main>
        </AntApp>
      </ConfigProvider>
    </I18nextProvider>
  );
}

function CurrentScreen() {
  const { t } = useTranslation();
  const phase = useAppStore((s) => s.phase);
  const error = useAppStore((s) => s.error);
  const screen = useAppStore((s) => s.screen);
  const start = useAppStore((s) => s.start);
  if (phase === 'loading') {
    return (
      <div className="ps-center">
        <Spin size="large" tip={t('app.loading')}>
          <div style={{ width: 120, height: 60 }} />
        </Spin>
      </div>
    );
  }
  if (phase === 'failed') {
    return (
      <Result
        status="error"
        title={t('app.loadFailed')}
        subTitle={errorText(error, t)}
        extra={<Button onClick={() => void start(() => window.location.hash)}>{t('app.retry')}</Button>}
      />
    );
  }
  switch (screen.kind) {
    case 'review':
      return <ReviewScreen />;
    case 'programs':
      return <ProgramsScreen />;
    case 'program':
      return <ProgramEditorScreen programId={screen.programId} />;
    case 'workspace':
      return <WorkspaceScreen reviewId={screen.reviewId} submissionId={screen.submissionId ?? null} />;
    case 'consistency':
      return <ConsistencyScreen reviewId={screen.reviewId} />;
    case 'identity':
      return <IdentityScreen />;
    case 'key-card-print':
      return <KeyCardPrintScreen />;
    case 'experts':
      return <ExpertsScreen reviewId={screen.reviewId} />;
    case 'merge':
      return <MergeScreen reviewId={screen.reviewId} />;
    case 'formal-check':
      return <FormalCheckScreen reviewId={screen.reviewId} />;
    case 'formal-check-print':
      return <FormalCheckPrintScreen reviewId={screen.reviewId} />;
    case 'materials':
      return <MaterialsScreen reviewId={screen.reviewId} submissionId={screen.submissionId} {...(screen.documentId ? { documentId: screen.documentId } : {})} {...(screen.page ? { page: screen.page } : {})} />;
    case 'intake':
      return <IntakeScreen reviewId={screen.reviewId} />;
    case 'audit':
      return <AuditScreen reviewId={screen.reviewId} />;
    case 'sheet-print':
      return <SheetPrintScreen reviewId={screen.reviewId} version={screen.version} />;
    case 'results-print':
      return <ResultsPrintScreen reviewId={screen.reviewId} document={screen.document} />;
    case 'home':
      return <HomeScreen />;
  }
}
