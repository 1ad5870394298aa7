import { describe, expect, it, vi } from 'vitest';
import type { ApiHandlers } from '../../../../shared/api/contract.ts';
import { apiNames } from '../../../../shared/api/contract.ts';
import { forbiddenResult, gateCall } from '../../../../electron/main/gate-call.ts';
import { describeSender, isTrustedSender } from '../../../../electron/main/trusted-sender.ts';

describe('isTrustedSender', () => {
  it('accepts the main frame of app://pingshen', () => {
    expect(isTrustedSender('app://pingshen/index.html', true)).toBe(true);
    expect(isTrustedSender('app://pingshen/index.html#/reviews/1?x=1', true)).toBe(true);
  });

  it.each([
    ['file:///work/main/dist/renderer/index.html'],
    ['http://evil.example/'],
    ['https://evil.example/index.html'],
    ['app://other/index.html'],
    ['app://pingshen.evil/index.html'],
    ['app://pingshen:8080/index.html'],
    ['app://user@pingshen/index.html'],
    ['app://evil@pingshen@x/index.html'],
    ['APP://evil/index.html'],
    ['javascript:alert(1)'],
    ['about:blank'],
    ['data:text/html,<script>1</script>'],
    ['blob:app://pingshen/5e1f'],
    ['devtools://devtools/bundled/inspector.html'],
    ['http://127.0.0.1:5173/'],
    [''],
    ['not a url'],
  ])('refuses %s', (url) => {
    expect(isTrustedSender(url, true)).toBe(false);
  });

  it('refuses a subframe even of our own origin', () => {
    expect(isTrustedSender('app://pingshen/index.html', false)).toBe(false);
  });

  it('refuses a frame Electron no longer has', () => {
    expect(isTrustedSender(null, true)).toBe(false);
  });

  it('trusts the dev server only when it is configured', () => {
    expect(isTrustedSender('http://127.0.0.1:5173/', true, 'http://127.0.0.1:5173')).toBe(true);
    expect(isTrustedSender('http://127.0.0.1:5174/', true, 'http://127.0.0.1:5173')).toBe(false);
    expect(isTrustedSender('http://localhost:5173/', true, 'http://127.0.0.1:5173')).toBe(false);
    expect(isTrustedSender('http://127.0.0.1:5173/', false, 'http://127.0.0.1:5173')).toBe(false);
  });
});

describe('describeSender', () => {
  const ours = { id: 1 };

  it('marks the top frame of our own webContents as main', () => {
    const facts = describeSender({ sender: ours, senderFrame: { url: 'app://pingshen/index.html', parent: null } }, ours);
    expect(facts).toEqual({ url: 'app://pingshen/index.html', frameIsMain: true });
  });

  it('is not main for a subframe, another webContents, no window, or a vanished frame', () => {
    const top = { url: 'app://pingshen/index.html', parent: null };
    expect(describeSender({ sender: ours, senderFrame: { url: 'app://pingshen/x.html', parent: top } }, ours).frameIsMain).toBe(false);
    expect(describeSender({ sender: { id: 2 }, senderFrame: top }, ours).frameIsMain).toBe(false);
    expect(describeSender({ sender: ours, senderFrame: top }, null).frameIsMain).toBe(false);
    expect(describeSender({ sender: ours, senderFrame: null }, ours)).toEqual({ url: null, frameIsMain: false });
  });

  it('treats a frame that throws when read (disposed) as untrusted', () => {
    const event = {
      sender: ours,
      get senderFrame(): { url: string; parent: null } {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    expect(describeSender(event, ours)).toEqual({ url: null, frameIsMain: false });
  });
});

describe('gateCall', () => {
  function fakeHandlers(): ApiHandlers {
    const handlers = Object.fromEntries(apiNames.map((name) => [name, vi.fn(() => ({ locale: 'zh-CN', role: null }))]));
    return handlers as unknown as ApiHandlers;
  }
  const options = { devOrigin: null, onInternalError: () => {} };

  it('refuses an untrusted sender before any service runs', async () => {
    const handlers = fakeHandlers();
    const onRefused = vi.fn();
    const result = await gateCall(handlers, 'settings:get', {}, { url: 'http://evil.example/', frameIsMain: true }, { ...options, onRefused });
    expect(result).toEqual(forbiddenResult);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(handlers['settings:get']).not.toHaveBeenCalled();
    expect(onRefused).toHaveBeenCalledWith('settings:get', { url: 'http://evil.example/', frameIsMain: true });
  });

  it('dispatches a trusted call through the contract', async () => {
    const handlers = fakeHandlers();
    const result = await gateCall(handlers, 'settings:get', {}, { url: 'app://pingshen/index.html', frameIsMain: true }, options);
    expect(result).toEqual({ ok: true, value: { locale: 'zh-CN', role: null } });
    expect(handlers['settings:get']).toHaveBeenCalledTimes(1);
  });

  it('still validates the input of a trusted call', async () => {
    const handlers = fakeHandlers();
    const result = await gateCall(handlers, 'settings:get', { extra: 1 }, { url: 'app://pingshen/index.html', frameIsMain: true }, options);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(handlers['settings:get']).not.toHaveBeenCalled();
  });
});
