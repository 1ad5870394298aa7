import { BookOutlined, InfoCircleOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, Segmented, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../shared/domain/settings.ts';
import { useAppStore } from './app-store.ts';
import { AboutDialog } from './about-dialog.tsx';

/** The top bar: product name, current role, the signing identity, language switch and the About box. */
export function AppHeader() {
  const { t } = useTranslation();
  const role = useAppStore((s) => s.settings.role);
  const locale = useAppStore((s) => s.settings.locale);
  const updateSettings = useAppStore((s) => s.updateSettings);
  const goHome = useAppStore((s) => s.goHome);
  const show = useAppStore((s) => s.show);
  const screen = useAppStore((s) => s.screen.kind);
  const [aboutOpen, setAboutOpen] = useState(false);
  return (
    <header className="ps-header">
      <a className="ps-brand" href="#" onClick={(e) => { e.preventDefault(); goHome(); }}>
        {t('app.name')}
        <small>{t('app.subtitle')}</small>
      </a>
      {role && <Tag color="volcano" data-testid="current-role">{t('role.current', { role: t(`role.${role}`) })}</Tag>}
      {role === 'coordinator' && (
        <Button
          type={screen === 'programs' || screen === 'program' ? 'primary' : 'text'}
          icon={<BookOutlined />}
          data-testid="nav-programs"
          onClick={() => show({ kind: 'programs' })}
        >
          {t('programs.nav')}
        </Button>
      )}
      <span className="ps-spacer" />
      <Button type={screen === 'identity' ? 'primary' : 'text'} icon={<SafetyCertificateOutlined />} data-testid="nav-identity" onClick={() => show({ kind: 'identity' })}>
        {t('identity.nav')}
      </Button>
      <Segmented<Settings['locale']>
        aria-label={t('app.language')}
        value={locale}
        options={[{ label: '中文', value: 'zh-CN' }, { label: 'English', value: 'en' }]}
        onChange={(value) => void updateSettings({ locale: value })}
      />
      <Button icon={<InfoCircleOutlined />} onClick={() => setAboutOpen(true)}>{t('app.about')}</Button>
      <AboutDialog open={aboutOpen} onClose={() => setAboutOpen(false)} />
    </header>
  );
}
