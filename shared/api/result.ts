import { z } from 'zod';

/** Why a call failed; the renderer chooses its wording by code, the message is already Chinese. */
export const apiErrorCodeSchema = z.enum([
  'invalid_input',
  'unknown_call',
  'not_found',
  'conflict',
  'forbidden',
  'internal',
]);

/** Why a call failed, by category. */
export type ApiErrorCode = z.infer<typeof apiErrorCodeSchema>;

/**
 * A failed call, as it crosses IPC or HTTP: a category, a Chinese message (for the CLI and logs), where
 * the input was wrong, and for a domain error its code and parameters, which the renderer shows in
 * the UI's language (shared/errors/domain-catalogue.ts).
 */
export const apiErrorSchema = z.object({
  code: apiErrorCodeSchema,
  message: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  /** The domain error's code, `<feature>.<what>`. */
  domainCode: z.string().max(100).optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  /** A code whose {reason} slot frames the domain error's text. */
  frame: z.string().max(100).optional(),
});

/** A failed call's details. */
export type ApiError = z.infer<typeof apiErrorSchema>;

/** What every call returns on both transports; errors are values, so no stack crosses a process. */
export type ApiResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiError };

/** An error a service throws on purpose: its code and message reach the renderer unchanged. */
export class ApiFailure extends Error {
  readonly code: ApiError['code'];
  readonly issues: ApiError['issues'];

  constructor(code: ApiError['code'], message: string, issues?: ApiError['issues']) {
    super(message);
    this.name = 'ApiFailure';
    this.code = code;
    this.issues = issues;
  }
}

/** Turns zod's issues into `path: message` pairs the renderer can show beside a field. */
export function describeIssues(error: z.ZodError): NonNullable<ApiError['issues']> {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(输入)',
    message: issue.message,
  }));
}
