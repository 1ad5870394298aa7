import { describe, expect, it } from 'vitest';
import { apiContract, apiNames, type ApiHandlers } from '../../../../shared/api/contract.ts';
import { dispatchCall } from '../../../../shared/api/dispatch.ts';
import { ApiFailure } from '../../../../shared/api/result.ts';

/** A partial service table: dispatch is tested on these calls; the others are never reached. */
function handlers(overrides: Partial<Record<keyof ApiHandlers, (input: never) => unknown>> = {}): ApiHandlers {
  const base: Partial<ApiHandlers> = {
    'app:info': () => ({ name: '评审台', version: '0.1.0', transport: 'http', versions: {} }),
    'settings:get': () => ({ locale: 'zh-CN', role: null }),
    'settings:update': (patch) => ({ locale: patch.locale ?? 'zh-CN', role: patch.role ?? null }),
    'reviews:list': () => [],
    'reviews:get': ({ reviewId }) => {
      throw new ApiFailure('not_found', `未找到评审活动 ${reviewId}`);
    },
  };
  return { ...base, ...overrides } as unknown as ApiHandlers;
}

describe('dispatchCall', () => {
  it('names every call domain:verb', () => {
    // A domain is the feature's name in every layer, so it may be two words (formal-check:run).
    for (const name of apiNames) expect(name).toMatch(/^[a-z]+(-[a-z]+)*:[a-z][a-zA-Z-]*$/);
    expect(apiNames.length).toBe(Object.keys(apiContract).length);
  });

  it('runs a valid call and returns its value', async () => {
    expect(await dispatchCall(handlers(), 'settings:update', { role: 'expert' })).toEqual({ ok: true, value: { locale: 'zh-CN', role: 'expert' } });
  });

  it('refuses an unknown channel, including prototype names', async () => {
    for (const name of ['nope:call', '__proto__', 'constructor', 'toString']) {
      const result = await dispatchCall(handlers(), name, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown_call' } });
    }
  });

  it('refuses input that breaks the schema before the service runs, naming the field in Chinese', async () => {
    let ran = false;
    const result = await dispatchCall(handlers({ 'settings:update': () => { ran = true; return {}; } }), 'settings:update', { locale: 'fr' });
    expect(ran).toBe(false);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.message).toContain('参数无效');
    expect(result.error.issues?.[0]?.path).toBe('locale');
    // The field's own message is Chinese too, not zod's English default.
    expect(result.error.issues?.[0]?.message).toMatch(/无效/u);
    expect(result.error.message).not.toMatch(/Invalid|expected/u);
  });

  it('refuses extra keys in strict inputs', async () => {
    const result = await dispatchCall(handlers(), 'reviews:get', { reviewId: 'a', path: '/etc/passwd' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('passes a deliberate failure through with its code and message', async () => {
    expect(await dispatchCall(handlers(), 'reviews:get', { reviewId: 'missing' })).toEqual({
      ok: false,
      error: { code: 'not_found', message: '未找到评审活动 missing' },
    });
  });

  it('hides an unexpected exception behind a generic message and reports it to the host', async () => {
    const reported: unknown[] = [];
    const result = await dispatchCall(
      handlers({ 'reviews:list': () => { throw new Error('SQLITE_CORRUPT at /home/x/secret/path'); } }),
      'reviews:list',
      {},
      (_name, error) => reported.push(error),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('/home/x');
    expect(reported).toHaveLength(1);
  });

  it('catches a service whose output drifts from the contract', async () => {
    const result = await dispatchCall(handlers({ 'settings:get': () => ({ locale: 'klingon' }) }), 'settings:get', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
