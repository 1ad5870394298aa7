import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { readerEn } from '../src/i18n/reader.en.ts';
import { readerZhCN } from '../src/i18n/reader.zh-cn.ts';

/** An i18next instance with only the reader's strings, under `reader` as the app will merge them. */
export async function harnessI18n(locale: 'zh-CN' | 'en'): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: locale,
    fallbackLng: 'zh-CN',
    resources: { 'zh-CN': { translation: { reader: readerZhCN } }, en: { translation: { reader: readerEn } } },
    interpolation: { escapeValue: false },
  });
  return instance;
}
