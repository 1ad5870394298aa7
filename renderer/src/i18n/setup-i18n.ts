import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Settings } from '../../../shared/domain/settings.ts';
import { en } from './en.ts';
import { zhCN } from './zh-cn.ts';

/** Creates the i18next instance for the renderer, zh-CN by default. */
export async function setupI18n(locale: Settings['locale'] = 'zh-CN'): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: locale,
    fallbackLng: 'zh-CN',
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
