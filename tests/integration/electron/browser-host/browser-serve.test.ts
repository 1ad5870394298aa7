import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { rootDir } from '../../../support/corpus.ts';
import { useTempDirs } from '../../../support/temp-dir.ts';

// `npm run start:browser` without its build step: electron/browser-host/serve.ts as a process,
// serving dist/renderer. browser-host.test.ts covers the host in-process; this covers the entry.
const tempDir = useTempDirs();
const built = existsSync(join(rootDir, 'dist', 'renderer', 'index.html'));
if (!built) console.warn('[pingshen] 跳过: 未找到 dist/renderer (npm run build:renderer)。serve.ts test skipped.');
let child: ChildProcess | null = null;

afterEach(() => {
  if (child?.exitCode === null) child.kill('SIGKILL');
  child = null;
});

/** Starts serve.ts on a temp profile and resolves with the URL it prints. */
function serve(profile: string): Promise<{ url: URL; exited: Promise<number | null> }> {
  const server = spawn(process.execPath, [join(rootDir, 'electron', 'browser-host', 'serve.ts'), '--profile', profile], {
    cwd: rootDir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child = server;
  const exited = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let out = '';
    server.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/u.exec(out);
      if (match) resolve({ url: new URL(match[0]), exited });
    });
    server.stderr.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    void exited.then((code) => reject(new Error(`serve.ts exited ${String(code)} before printing its URL:\n${out}`)));
  });
}

describe.skipIf(!built)('npm run start:browser (serve.ts)', () => {
  it('prints a 127.0.0.1 URL, refuses requests without the token, serves with it, stops on SIGTERM', async () => {
    const { url, exited } = await serve(join(tempDir(), 'profile'));
    const token = url.searchParams.get('token') ?? '';
    expect(token.length).toBeGreaterThanOrEqual(32);

    expect((await fetch(url.origin)).status).toBe(401);
    const refused = await fetch(`${url.origin}/api/reviews:list`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(refused.status).toBe(401);

    const page = await fetch(url, { redirect: 'manual' });
    expect(page.status).toBe(303);
    const cookie = (page.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const index = await fetch(`${url.origin}/`, { headers: { Cookie: cookie } });
    expect(index.status).toBe(200);
    expect(await index.text()).toContain('<div id="root">');
    const reviews = await fetch(`${url.origin}/api/reviews:list`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Pingshen-Token': token },
      body: '{}',
    });
    expect(((await reviews.json()) as { ok: boolean; value: { isDemo: boolean }[] }).value.some((r) => r.isDemo)).toBe(true);

    child?.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
