import { describe, expect, it } from 'vitest';
import { dispatchCall } from '../../../../shared/api/dispatch.ts';
import type { ApiHandlers } from '../../../../shared/api/contract.ts';
import { apiErrorCodeSchema, apiErrorSchema } from '../../../../shared/api/result.ts';
import { domainCatalogue, domainMessage, fillTemplate } from '../../../../shared/errors/domain-catalogue.ts';
import { DomainError, domainError } from '../../../../shared/errors/domain-error.ts';
import { ApiCallError } from '../../../../renderer/src/api/client.ts';
import { messageIn, messageOf } from '../../../../renderer/src/api/error-message.ts';
import { setupI18n } from '../../../../renderer/src/i18n/setup-i18n.ts';

const slotsOf = (template: string) => [...template.matchAll(/\{([A-Za-z][A-Za-z0-9]*)\}/gu)].map((m) => m[1]).sort();

describe('the domain error catalogue', () => {
  const entries = Object.entries(domainCatalogue);

  it.each(entries)('%s: namespaced, an API category, both languages with the same slots', (code, entry) => {
    expect(code).toMatch(/^[a-z]+(-[a-z]+)*\.[a-z0-9]+([-_][a-z0-9]+)*$/);
    expect(apiErrorCodeSchema.options).toContain(entry.api);
    expect(entry['zh-CN'].trim()).not.toBe('');
    expect(entry.en.trim()).not.toBe('');
    // An English message with Chinese in it is a forgotten translation (the names of parts in 「」 excepted).
    expect(entry.en.replace(/「[^」]*」/gu, '')).not.toMatch(/[\u4e00-\u9fff]/u);
    expect(slotsOf(entry.en)).toEqual(slotsOf(entry['zh-CN']));
  });

  it('fills every slot; a missing parameter stays visible instead of vanishing', () => {
    expect(fillTemplate('评审活动 {reviewId} 中没有申报 {submissionId}', { reviewId: 'r1', submissionId: 's2' })).toBe('评审活动 r1 中没有申报 s2');
    expect(fillTemplate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    expect(domainMessage('reviews.not-found', { reviewId: 'r1' }, 'en')).toBe('No review r1 on this computer');
    expect(domainMessage('nobody.knows', {}, 'en')).toBeNull();
  });
});

describe('DomainError through dispatch and back to the page', () => {
  const handlers = {
    'reviews:get': ({ reviewId }: { reviewId: string }) => {
      throw domainError('reviews.not-found', { reviewId });
    },
  } as unknown as ApiHandlers;

  it('becomes the API error once: its category, the zh-CN text, its code and parameters', async () => {
    const result = await dispatchCall(handlers, 'reviews:get', { reviewId: 'r-404' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'not_found', message: '未找到评审活动 r-404', domainCode: 'reviews.not-found', params: { reviewId: 'r-404' } },
    });
    expect(apiErrorSchema.safeParse(result.ok ? null : result.error).success).toBe(true);
  });

  it('is shown in the UI language by its code, framed where the service framed it, else by its message', async () => {
    const result = await dispatchCall(handlers, 'reviews:get', { reviewId: 'r-404' });
    const error = new ApiCallError(result.ok ? { code: 'internal', message: '' } : result.error);
    expect(messageIn(error, 'en')).toBe('No review r-404 on this computer');
    expect(messageIn(error, 'zh-CN')).toBe('未找到评审活动 r-404');
    const framed = new DomainError('reviews.not-found', { reviewId: 'r-9' }).framed('packages.nothing-saved');
    expect(framed.message).toBe('评审包已拒绝，未保存任何内容：未找到评审活动 r-9');
    expect(messageIn({ error: { code: 'not_found', message: framed.message, domainCode: framed.key, params: framed.params, frame: 'packages.nothing-saved' } }, 'en')).toBe(
      'The review package was refused; nothing was saved: No review r-9 on this computer',
    );
    // A code this build does not know, or a plain error: the message as it came.
    expect(messageIn(new ApiCallError({ code: 'conflict', message: '某原因', domainCode: 'future.thing' }), 'en')).toBe('某原因');
    expect(messageIn(new Error('plain'), 'en')).toBe('plain');
  });

  it('names a review stage in the words of each language: the error carries the stage ids', async () => {
    const error = domainError('reviews.stage-intake', { title: '2026 申报', stage: 'expert-review', allowed: 'formal-check,material-review' });
    expect(error.message).toBe('评审活动「2026 申报」处于专家评议阶段，不能导入申报材料（须在形式审查或材料审核阶段）');
    const result = await dispatchCall({ 'reviews:get': () => { throw error; } } as unknown as ApiHandlers, 'reviews:get', { reviewId: 'r1' });
    const failed = new ApiCallError(result.ok ? { code: 'internal', message: '' } : result.error);
    expect(failed.error.params).toEqual({ title: '2026 申报', stage: 'expert-review', allowed: 'formal-check,material-review' });
    expect(messageIn(failed, 'en')).toBe('The review 「2026 申报」 is at the expert review stage: applications can be imported only at the formal check or material review stage');
  });

  it('frames an error with slots of its own: a refused zip names the backup it was', () => {
    const inner = domainError('zip.not-a-zip', {});
    const framed = inner.framed('reviews.backup-zip', { fileName: '备份.pingshen-review' });
    expect(framed.message).toBe(`备份文件 备份.pingshen-review 无法导入：${inner.message}`);
    const envelope = { error: { code: 'invalid_input', message: framed.message, domainCode: framed.key, params: framed.params, frame: 'reviews.backup-zip' } };
    expect(messageIn(envelope, 'en')).toBe(`The backup 备份.pingshen-review cannot be imported: ${String(domainMessage('zip.not-a-zip', {}, 'en'))}`);
  });

  it('messageOf follows the language the renderer set up', async () => {
    const error = new ApiCallError({ code: 'not_found', message: '未找到评审活动 r1', domainCode: 'reviews.not-found', params: { reviewId: 'r1' } });
    await setupI18n('en');
    expect(messageOf(error)).toBe('No review r1 on this computer');
    await setupI18n('zh-CN');
    expect(messageOf(error)).toBe('未找到评审活动 r1');
  });
});
