import { getI18n } from 'react-i18next';
import type { ApiError } from '../../../shared/api/result.ts';
import { domainMessage, type CatalogueLanguage } from '../../../shared/errors/domain-catalogue.ts';

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

/** The message of a failed call in the current UI language, for a store to show. */
export function messageOf(error: unknown): string {
  // The instance setupI18n registered with react-i18next; before it exists, the catalogue's default.
  const language = getI18n()?.language === 'en' ? 'en' : 'zh-CN';
  return messageIn(error, language);
}
