import { describe, expect, it } from 'vitest';
import { apiContract, type ApiBridge } from '../../../../shared/api/contract.ts';
import { ApiCallError, call, createHttpBridge, selectBridge, setBridge } from '../../../../renderer/src/api/client.ts';

describe('renderer API client', () => {
  it('posts each call as JSON to api/<name> on the same origin', async () => {
    const seen: { url: string; init: RequestInit | undefined }[] = [];
    const bridge = createHttpBridge(async (url, init) => {
      seen.push({ url: String(url), init });
      return new Response(JSON.stringify({ ok: true, value: [] }), { status: 200 });
    });
    // Against the contract's own keys, not the list the client is built from: a test that can fail.
    expect(Object.keys(bridge).sort()).toEqual(Object.keys(apiContract).sort());
    expect(await bridge['reviews:list']({})).toEqual({ ok: true, value: [] });
    expect(seen[0]?.url).toBe('api/reviews%3Alist');
    expect(seen[0]?.init?.method).toBe('POST');
    expect(seen[0]?.init?.credentials).toBe('same-origin');
  });

  it('sends small calls with keepalive, so the last view saved as the page goes away still arrives; large uploads without', async () => {
    const seen: (RequestInit | undefined)[] = [];
    const bridge = createHttpBridge(async (_url, init) => {
      seen.push(init);
      return new Response(JSON.stringify({ ok: true, value: { saved: true } }), { status: 200 });
    });
    await bridge['documents:save-view-state']({ documentId: 'a'.repeat(64), state: { page: 4, zoom: 'page-width', rotation: 0 } });
    await bridge['uploads:append']({ uploadId: 'u'.repeat(32), offset: 0, base64: 'A'.repeat(1_398_104) } as never);
    expect(seen.map((init) => init?.keepalive)).toEqual([true, false]);
  });

  it('turns a refused token and a dead host into Chinese errors, not exceptions', async () => {
    const refused = createHttpBridge(async () => new Response('no', { status: 401 }));
    expect(await refused['app:info']({})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const dead = createHttpBridge(async () => { throw new TypeError('Failed to fetch'); });
    expect(await dead['app:info']({})).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('无法连接') } });
  });

  it('prefers the Electron preload bridge when present', () => {
    const preload = {} as ApiBridge;
    expect(selectBridge({ pingshen: preload })).toBe(preload);
    expect(selectBridge({})).not.toBe(preload);
  });

  it('throws ApiCallError with the service message from call()', async () => {
    setBridge(createHttpBridge(async () => new Response(JSON.stringify({ ok: false, error: { code: 'not_found', message: '未找到评审活动 x' } }))));
    await expect(call('reviews:get', { reviewId: 'x' })).rejects.toThrow(ApiCallError);
    await expect(call('reviews:get', { reviewId: 'x' })).rejects.toThrow('未找到评审活动 x');
  });
});
