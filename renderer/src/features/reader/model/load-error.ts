/** Why a document could not be shown. */
export interface LoadFailure {
  readonly kind: 'invalid' | 'missing' | 'network' | 'password-cancelled' | 'unknown';
  /** pdf.js's own message (English), shown after the Chinese frame text. */
  readonly message: string;
}

/** pdf.js's answers to `onPassword` (PasswordResponses in pdf.js's util.js). */
export const passwordResponses = { needPassword: 1, incorrectPassword: 2 } as const;

/** Classifies what pdf.js's loading task rejected with, by the exception's name. */
export function describeLoadError(error: unknown): LoadFailure {
  const name = error instanceof Error ? error.name : typeof error === 'object' && error !== null ? String((error as { name?: unknown }).name ?? '') : '';
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : String((error as { message?: unknown } | null)?.message ?? error);
  const status = typeof error === 'object' && error !== null ? (error as { status?: unknown }).status : undefined;
  switch (name) {
    case 'InvalidPDFException':
    case 'FormatError':
      return { kind: 'invalid', message };
    case 'ResponseException':
      return { kind: status === 404 ? 'missing' : 'network', message };
    default:
      return { kind: 'unknown', message };
  }
}
