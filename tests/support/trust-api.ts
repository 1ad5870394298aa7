// Calls through the real dispatcher (input and output checked against the contract) for trust tests.
import type { ApiName, ApiOutput } from '../../shared/api/contract.ts';
import { dispatchCall } from '../../shared/api/dispatch.ts';
import type { ApiResult } from '../../shared/api/result.ts';
import type { AppServices } from '../../electron/services/app-services.ts';

/** The API of one running profile: `api` returns the envelope, `value` the value or throws `code: message`. */
export function apiOf(services: AppServices) {
  const api = <N extends ApiName>(name: N, input: unknown): Promise<ApiResult<ApiOutput<N>>> =>
    dispatchCall(services.handlers, name, input, (n, error) => console.error(n, error)) as Promise<ApiResult<ApiOutput<N>>>;
  const value = async <N extends ApiName>(name: N, input: unknown): Promise<ApiOutput<N>> => {
    const result = await api(name, input);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value;
  };
  return { api, value };
}

/** The API of one profile. */
export type TestApi = ReturnType<typeof apiOf>;

/** Polls a started package build (packages:build's answer) until it is no longer running; returns its last progress. */
export async function finishBuild({ value }: Pick<TestApi, 'value'>, started: ApiOutput<'packages:build'>): Promise<ApiOutput<'packages:progress'>> {
  let progress = started;
  while (progress.state === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 50));
    progress = await value('packages:progress', { jobId: progress.jobId });
  }
  return progress;
}

/** Scores every criterion of every submission not recused (max − step, with a comment), marks every check met. */
export async function scoreEverything({ value }: TestApi, reviewId: string, delta = 0, only?: string): Promise<void> {
  const program = await value('scoring:program', { reviewId });
  const review = await value('reviews:get', { reviewId });
  for (const submission of review.submissions.filter((s) => only === undefined || s.id === only)) {
    const scoring = await value('scoring:get', { reviewId, submissionId: submission.id });
    if (scoring.conflict) continue;
    const rubric = program.rubrics.find((r) => r.id === scoring.rubricId)!;
    const edit = (e: unknown) => value('scoring:edit', { reviewId, submissionId: submission.id, edit: e });
    for (const c of rubric.sections.flatMap((s) => s.criteria)) {
      await edit({ kind: 'score', criterionId: c.id, score: Math.max(0, c.maxPoints - c.step * (1 + delta)) });
      await edit({ kind: 'comment', criterionId: c.id, comment: `「${c.title}」材料充分。` });
    }
    for (const k of rubric.checks) await edit({ kind: 'check', itemId: k.id, value: 'met' });
    await edit({ kind: 'overall-comment', comment: '总体较好。' });
  }
}

/** Sends a file through uploads:begin/append in 1 MiB chunks; returns the upload id. */
export async function uploadBytes({ value }: TestApi, fileName: string, bytes: Uint8Array): Promise<string> {
  const { uploadId } = await value('uploads:begin', { fileName, size: bytes.length });
  const chunk = 1024 * 1024;
  for (let offset = 0; offset < bytes.length; offset += chunk) {
    await value('uploads:append', { uploadId, offset, base64: Buffer.from(bytes.subarray(offset, offset + chunk)).toString('base64') });
  }
  return uploadId;
}

/**
 * Imports a backup as a user who compared the fingerprint would: uploads it, reads it
 * (reviews:inspect-backup), then imports it accepting the signer it showed. The inspect's refusal,
 * if any, is the answer.
 */
export async function importBackupAccepting(api: TestApi, fileName: string, bytes: Uint8Array): Promise<ApiResult<ApiOutput<'reviews:import-backup'>>> {
  const uploadId = await uploadBytes(api, fileName, bytes);
  const preview = await api.api('reviews:inspect-backup', { uploadId });
  if (!preview.ok) return preview;
  return api.api('reviews:import-backup', { uploadId, accepted: preview.value.signer?.fingerprint ?? null });
}
