import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBrowserHost, type BrowserHost } from '../../../../electron/browser-host/browser-host.ts';
import { startAppServices, type AppServices } from '../../../../electron/services/app-services.ts';
import { useTempDirs } from '../../../support/temp-dir.ts';

const tempDir = useTempDirs();
let host: BrowserHost | null = null;
let services: AppServices | null = null;

afterEach(async () => {
  await host?.close();
  services?.close();
  host = null;
  services = null;
});

async function start(): Promise<BrowserHost> {
  const staticDir = tempDir();
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>评审台</title>');
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  services = await startAppServices({ dataDir: tempDir(), transport: 'http' });
  host = await startBrowserHost({ handlers: services.handlers, findDocument: services.findDocument, staticDir });
  return host;
}

function api(h: BrowserHost, name: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${h.origin}/api/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Pingshen-Token': h.token, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('browser host', () => {
  it('listens on 127.0.0.1 only, on a random port', async () => {
    const h = await start();
    expect(h.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(h.token.length).toBeGreaterThanOrEqual(32);
  });

  it('refuses every request without the token, static files included', async () => {
    const h = await start();
    for (const path of ['/', '/index.html', '/assets/app.js']) {
      expect((await fetch(`${h.origin}${path}`)).status).toBe(401);
    }
    const noToken = await fetch(`${h.origin}/api/reviews:list`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(noToken.status).toBe(401);
    const wrong = await api(h, 'reviews:list', {}, { 'X-Pingshen-Token': 'x'.repeat(h.token.length) });
    expect(wrong.status).toBe(401);
    expect((await fetch(`${h.origin}/?token=wrong`)).status).toBe(401);
  });

  it('swaps the token in the URL for an HttpOnly cookie and serves the page with the CSP', async () => {
    const h = await start();
    const first = await fetch(h.url, { redirect: 'manual' });
    expect(first.status).toBe(303);
    const cookie = first.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const page = await fetch(`${h.origin}/`, { headers: { Cookie: cookie.split(';')[0]! } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await page.text()).toContain('评审台');
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    const h = await start();
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${h.origin}/api/reviews:list`, {
        method: 'POST',
        headers: { Host: 'evil.example:80', 'Content-Type': 'application/json', 'X-Pingshen-Token': h.token },
      });
      req.on('response', (res) => resolve(res.statusCode ?? 0));
      req.on('error', reject);
      req.end('{}');
    });
    expect(status).toBe(403);
  });

  it('serves the same service table: the demo review is listed', async () => {
    const h = await start();
    const body = (await (await api(h, 'reviews:list', {})).json()) as { ok: boolean; value: { id: string; isDemo: boolean }[] };
    expect(body.ok).toBe(true);
    expect(body.value.some((r) => r.isDemo)).toBe(true);
  });

  it('answers a schema-breaking input with a clear validation error, not a crash', async () => {
    const h = await start();
    const response = await api(h, 'reviews:get', { reviewId: '../../etc/passwd' });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { ok: boolean; error: { code: string; message: string } };
    expect(body).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(body.error.message).toMatch(/参数无效/);
    const malformed = await api(h, 'reviews:list', '{not json');
    expect(malformed.status).toBe(400);
    const next = await api(h, 'app:info', {});
    expect(((await next.json()) as { ok: boolean }).ok).toBe(true);
  });

  it('refuses a static path that leaves the renderer folder', async () => {
    const h = await start();
    const response = await fetch(`${h.origin}/..%2f..%2fetc%2fpasswd`, { headers: { 'X-Pingshen-Token': h.token } });
    expect(response.status).toBe(404);
  });
});

describe('documents through the browser host', () => {
  async function firstDocument(h: BrowserHost): Promise<{ id: string; size: number }> {
    const list = (await (await api(h, 'reviews:get', { reviewId: 'demo-2026-anhui' })).json()) as { value: { submissions: { id: string }[] } };
    const submissionId = list.value.submissions[0]!.id;
    const docs = (await (await api(h, 'submissions:documents', { reviewId: 'demo-2026-anhui', submissionId })).json()) as {
      value: { id: string; size: number; role: string; mediaType: string }[];
    };
    expect(docs.value.map((d) => d.role)).toEqual(['application', 'evidence']);
    expect(JSON.stringify(docs.value)).not.toMatch(/blobs|\/tmp|\\\\/);
    return docs.value[0]!;
  }

  it('serves a demo PDF by its opaque id, whole or by byte range', async () => {
    const h = await start();
    const doc = await firstDocument(h);
    const headers = { 'X-Pingshen-Token': h.token };
    const whole = await fetch(`${h.origin}/documents/${doc.id}`, { headers });
    expect(whole.status).toBe(200);
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    const bytes = new Uint8Array(await whole.arrayBuffer());
    expect(bytes.length).toBe(doc.size);
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
    const part = await fetch(`${h.origin}/documents/${doc.id}`, { headers: { ...headers, Range: 'bytes=100-199' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 100-199/${doc.size}`);
    expect(new Uint8Array(await part.arrayBuffer())).toEqual(bytes.subarray(100, 200));
    const tail = await fetch(`${h.origin}/documents/${doc.id}`, { headers: { ...headers, Range: 'bytes=-10' } });
    expect(new Uint8Array(await tail.arrayBuffer())).toEqual(bytes.subarray(doc.size - 10));
    const beyond = await fetch(`${h.origin}/documents/${doc.id}`, { headers: { ...headers, Range: `bytes=${doc.size}-` } });
    expect(beyond.status).toBe(416);
  });

  it('refuses unknown ids, paths and requests without the token', async () => {
    const h = await start();
    const doc = await firstDocument(h);
    expect((await fetch(`${h.origin}/documents/${doc.id}`)).status).toBe(401);
    const headers = { 'X-Pingshen-Token': h.token };
    expect((await fetch(`${h.origin}/documents/${'0'.repeat(64)}`, { headers })).status).toBe(404);
    expect((await fetch(`${h.origin}/documents/..%2f..%2fpingshen.sqlite3`, { headers })).status).toBe(404);
    const missing = await api(h, 'submissions:documents', { reviewId: 'demo-2026-anhui', submissionId: 'nope' });
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });
});
