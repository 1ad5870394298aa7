import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiName, ApiOutput } from '../../../../shared/api/contract.ts';
import { dispatchCall } from '../../../../shared/api/dispatch.ts';
import type { ApiResult } from '../../../../shared/api/result.ts';
import type { Program } from '../../../../shared/domain/program.ts';
import { startAppServices, type AppServices } from '../../../../electron/services/app-services.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const reviewId = 'demo-2026-anhui';
let services: AppServices;
let dataDir: string;
let program: Program;
let submissionId: string;
let otherSubmissionId: string;

function api<N extends ApiName>(name: N, input: unknown): Promise<ApiResult<ApiOutput<N>>> {
  return dispatchCall(services.handlers, name, input) as Promise<ApiResult<ApiOutput<N>>>;
}
async function value<N extends ApiName>(name: N, input: unknown): Promise<ApiOutput<N>> {
  const result = await api(name, input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'pingshen-scoring-'));
  services = await startAppServices({ dataDir, transport: 'http' });
  program = await value('scoring:program', { reviewId });
  const review = await value('reviews:get', { reviewId });
  submissionId = review.submissions[0]!.id;
  otherSubmissionId = review.submissions[1]!.id;
});
afterAll(() => {
  services.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const rubric = () => program.rubrics[0]!;
const criteria = () => rubric().sections.flatMap((s) => s.criteria);
const edit = (e: unknown, sub = submissionId) => api('scoring:edit', { reviewId, submissionId: sub, edit: e });

describe('expert scoring', () => {
  it('starts empty, with the applicant committed figures and the pinned rubric', async () => {
    const scoring = await value('scoring:get', { reviewId, submissionId });
    expect(scoring.rubricId).toBe(rubric().id);
    expect(scoring.entry.scores).toEqual({});
    expect(Object.keys(scoring.figures).length).toBeGreaterThanOrEqual(11);
    const overview = await value('scoring:overview', { reviewId });
    expect(overview.every((r) => r.status === 'not-started' && r.unreadDocuments === 2)).toBe(true);
  });

  it('saves valid scores and refuses ones outside the bounds or step, in Chinese', async () => {
    const c = criteria()[0]!;
    expect((await edit({ kind: 'score', criterionId: c.id, score: c.maxPoints })).ok).toBe(true);
    const above = await edit({ kind: 'score', criterionId: c.id, score: c.maxPoints + c.step });
    expect(above).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!above.ok) expect(above.error.message).toContain(c.title);
    const offStep = await edit({ kind: 'score', criterionId: c.id, score: c.step / 3 });
    expect(offStep).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await edit({ kind: 'score', criterionId: 'nope', score: 1 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await edit({ kind: 'score', criterionId: c.id, score: Number.NaN })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((await value('scoring:get', { reviewId, submissionId })).entry.scores[c.id]).toBe(c.maxPoints);
    expect((await value('scoring:overview', { reviewId })).find((r) => r.submissionId === submissionId)?.status).toBe('in-progress');
  });

  it('becomes complete when every criterion is scored with its required comments and every check filled', async () => {
    for (const c of criteria()) {
      expect((await edit({ kind: 'score', criterionId: c.id, score: c.maxPoints })).ok).toBe(true);
    }
    let row = (await value('scoring:overview', { reviewId })).find((r) => r.submissionId === submissionId)!;
    expect(row.status).toBe('in-progress');
    expect(row.missingComments).toBeGreaterThan(0);
    for (const c of criteria()) await edit({ kind: 'comment', criterionId: c.id, comment: `「${c.title}」材料充分。` });
    for (const check of rubric().checks) await edit({ kind: 'check', itemId: check.id, value: 'met' });
    row = (await value('scoring:overview', { reviewId })).find((r) => r.submissionId === submissionId)!;
    expect(row).toMatchObject({ status: 'complete', missingComments: 0, total: row.maxTotal, vetoed: false });
  });

  it('marks and unmarks a veto', async () => {
    const veto = rubric().vetoes[0]!;
    await edit({ kind: 'veto', itemId: veto.id, value: true });
    expect((await value('scoring:overview', { reviewId })).find((r) => r.submissionId === submissionId)?.vetoed).toBe(true);
    await edit({ kind: 'veto', itemId: veto.id, value: false });
    expect((await value('scoring:get', { reviewId, submissionId })).entry.vetoes).toEqual({});
  });

  it('cites a page of the submission own documents only', async () => {
    const [doc] = await value('submissions:documents', { reviewId, submissionId });
    const [foreign] = await value('submissions:documents', { reviewId, submissionId: otherSubmissionId });
    const cite = await value('scoring:cite', { reviewId, submissionId, criterionId: criteria()[1]!.id, documentId: doc!.id, page: 3, quote: '建设目标' });
    expect(cite).toMatchObject({ page: 3, quote: '建设目标' });
    expect(await api('scoring:cite', { reviewId, submissionId, criterionId: criteria()[1]!.id, documentId: foreign!.id, page: 1, quote: '' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    await value('scoring:uncite', { reviewId, submissionId, evidenceId: cite.id });
    expect((await value('scoring:get', { reviewId, submissionId })).evidence).toEqual([]);
  });

  it('locks scoring after a declared conflict, until it is withdrawn', async () => {
    expect(await api('scoring:conflict', { reviewId, submissionId: otherSubmissionId, reason: '   ' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const declared = await value('scoring:conflict', { reviewId, submissionId: otherSubmissionId, reason: '本人曾在申报单位任职' });
    expect(declared.conflict?.reason).toBe('本人曾在申报单位任职');
    const locked = await edit({ kind: 'score', criterionId: criteria()[0]!.id, score: 1 }, otherSubmissionId);
    expect(locked).toMatchObject({ ok: false, error: { code: 'conflict', message: '已对该申报声明回避，评分已锁定' } });
    expect((await value('scoring:overview', { reviewId })).find((r) => r.submissionId === otherSubmissionId)?.status).toBe('conflict');
    await value('scoring:conflict', { reviewId, submissionId: otherSubmissionId, reason: null });
    expect((await edit({ kind: 'score', criterionId: criteria()[0]!.id, score: 1 }, otherSubmissionId)).ok).toBe(true);
  });

  it('records visited pages, so a read document no longer counts as unread', async () => {
    const [doc] = await value('submissions:documents', { reviewId, submissionId });
    await value('scoring:visit', { reviewId, submissionId, documentId: doc!.id, page: 1 });
    await value('scoring:visit', { reviewId, submissionId, documentId: doc!.id, page: 1 });
    expect((await value('scoring:get', { reviewId, submissionId })).visitedPages[doc!.id]).toEqual([1]);
    expect((await value('scoring:overview', { reviewId })).find((r) => r.submissionId === submissionId)?.unreadDocuments).toBe(1);
  });
});
