import { describe, expect, it } from 'vitest';
import { shouldAllowRequest } from '../../../../electron/main/request-filter.ts';

describe('shouldAllowRequest', () => {
  it.each([
    'app://pingshen/index.html',
    'app://pingshen/assets/index-abc123.js',
    'app://pingshen/cmaps/UniGB-UCS2-H.bcmap',
    'devtools://devtools/bundled/inspector.html',
    'data:image/png;base64,iVBORw0KGgo=',
    'blob:app://pingshen/7d7c7a44-0b4c-4b1e-9a55-0d5b3d1c2e11',
  ])('allows %s', (url) => {
    expect(shouldAllowRequest(url)).toBe(true);
  });

  it.each([
    'https://example.com/',
    'http://example.com/tracker.gif',
    'http://127.0.0.1:5173/',
    'ws://127.0.0.1:5173/',
    'file:///etc/passwd',
    'app://other/index.html',
    'app://pingshen:1/index.html',
    'app://x@pingshen/index.html',
    'blob:https://evil.example/1234',
    'ftp://example.com/',
    'chrome://settings',
    'javascript:alert(1)',
    '',
  ])('refuses %s', (url) => {
    expect(shouldAllowRequest(url)).toBe(false);
  });

  it('allows the loopback dev server and its websocket only when configured', () => {
    const dev = 'http://127.0.0.1:5173';
    expect(shouldAllowRequest('http://127.0.0.1:5173/src/main.tsx', dev)).toBe(true);
    expect(shouldAllowRequest('ws://127.0.0.1:5173/?token=x', dev)).toBe(true);
    expect(shouldAllowRequest('blob:http://127.0.0.1:5173/abc', dev)).toBe(true);
    expect(shouldAllowRequest('http://127.0.0.1:5174/', dev)).toBe(false);
    expect(shouldAllowRequest('https://127.0.0.1:5173/', dev)).toBe(false);
    expect(shouldAllowRequest('http://example.com/', dev)).toBe(false);
  });
});
