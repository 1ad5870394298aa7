import type { TFunction } from 'i18next';
import { messageOf } from './error-message.ts';

/**
 * A failure as the user reads it: the one way the renderer turns a caught error into text. Stores
 * keep the failure as thrown and screens call this when they render, so the text follows the UI's
 * language (messageOf renders an API error by its code).
 */
export function errorText(error: unknown, t: TFunction): string {
  const text = messageOf(error).trim();
  // A throw without a message (a bare `throw {}` from a library) must still tell the user something failed.
  return text === '' || text === '[object Object]' ? t('app.failed') : text;
}
