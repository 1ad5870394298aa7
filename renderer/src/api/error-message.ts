import { getI18n } from 'react-i18next';
import type { ApiError } from '../../../shared/api/result.ts';
import { domainMessage, type CatalogueLanguage } from '../../../shared/errors/domain-catalogue.ts';
import type { ErrorParams } from '../../../shared/errors/error-catalogue-entry.ts';

function envelopeOf(error: unknown): ApiError | null {
  if (typeof error !== 'object' || error === null || !('error' in error)) return null;
  const envelope = (error as { error: unknown }).error;
  return typeof envelope === 'object' && envelope !== null && 'message' in envelope ? (envelope as ApiError) : null;
}

/**
 * The text of a failed call in `language`: a domain error's code through the catalogue (framed where
 * the service framed it), else the services' own Chinese message.
 */
export function messageIn(error: unknown, language: CatalogueLanguage): string {
  const envelope = envelopeOf(error);
  const text = envelope?.domainCode ? domainMessage(envelope.domainCode, envelope.params ?? {}, language) : null;
  if (text === null) return error instanceof Error ? error.message : String(error);
  const framed = envelope?.frame ? domainMessage(envelope.frame, { ...(envelope.params ?? {}), reason: text }, language) : null;
  return framed ?? text;
}

// The instance setupI18n registered with react-i18next; before it exists, the catalogue's default.
const uiLanguage = (): CatalogueLanguage => (getI18n()?.language === 'en' ? 'en' : 'zh-CN');

/** The message of a failed call in the current UI language, for a store to show. */
export function messageOf(error: unknown): string {
  return messageIn(error, uiLanguage());
}

/**
 * A reason the services told by its catalogue code (a refused score sheet's), in the current UI
 * language; `fallback` (the services' Chinese text) for a code this build does not know.
 */
export function reasonText(why: { readonly key: string; readonly params: ErrorParams }, fallback: string): string {
  return reasonIn(why, fallback, uiLanguage());
}

/** A reason told by its catalogue code in `language`, or `fallback` for a code this build does not know. */
export function reasonIn(why: { readonly key: string; readonly params: ErrorParams }, fallback: string, language: CatalogueLanguage): string {
  return domainMessage(why.key, why.params, language) ?? fallback;
}
