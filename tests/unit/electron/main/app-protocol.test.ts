import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../../../../shared/security/content-security-policy.ts';
import { mimeTypeFor } from '../../../../shared/security/mime-type.ts';
import { createAppRequestHandler, resolveAppFile } from '../../../../electron/main/app-request-handler.ts';

let base: string;
let root: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'pingshen-protocol-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>评审台</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1);');
  writeFileSync(join(base, 'secret.txt'), 'outside the renderer folder');
});

afterAll(() => {
  rmSync(base, { recursive: true, force: true });
});

describe('resolveAppFile', () => {
  it('maps app://pingshen paths into the renderer folder', () => {
    expect(resolveAppFile('app://pingshen/index.html', root)).toBe(join(root, 'index.html'));
    expect(resolveAppFile('app://pingshen/', root)).toBe(join(root, 'index.html'));
    expect(resolveAppFile('app://pingshen/assets/app.js?v=1#x', root)).toBe(join(root, 'assets', 'app.js'));
    expect(resolveAppFile('app://pingshen/assets/%E8%AF%84.png', root)).toBe(join(root, 'assets', '评.png'));
  });

  it.each([
    'app://pingshen/..%2fsecret.txt',
    'app://pingshen/..%2Fsecret.txt',
    'app://pingshen/%2e%2e%2fsecret.txt',
    'app://pingshen/assets/..%2f..%2fsecret.txt',
    'app://pingshen/..%5csecret.txt',
    'app://pingshen/assets%5c..%5c..%5csecret.txt',
    'app://pingshen/\\..\\secret.txt',
    'app://pingshen/C:/Windows/win.ini',
    'app://pingshen/C:%5cWindows%5cwin.ini',
    'app://pingshen/index.html%00.png',
    'app://pingshen/%E0%A4%A',
    'app://other/index.html',
    'app://PINGSHEN/index.html',
    'app://pingshen:1/index.html',
    'app://u:p@pingshen/index.html',
    'file:///etc/passwd',
    'http://pingshen/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(url, root)).toBeNull();
  });

  it('keeps dot segments the URL parser resolves, and double encodings, inside the folder', () => {
    // URL parsing already folds `..` and `%2e%2e` at the root, as a browser does: the request is for
    // the renderer folder's own secret.txt, never the one beside it.
    expect(resolveAppFile('app://pingshen/../secret.txt', root)).toBe(join(root, 'secret.txt'));
    expect(resolveAppFile('app://pingshen/%2e%2e/%2E%2E/secret.txt', root)).toBe(join(root, 'secret.txt'));
    // Decoded once only: %252e%252e%252f names a file literally called "%2e%2e%2fsecret.txt".
    expect(resolveAppFile('app://pingshen/%252e%252e%252fsecret.txt', root)).toBe(join(root, '%2e%2e%2fsecret.txt'));
    expect(resolveAppFile('app://pingshen//etc/passwd', root)).toBe(join(root, 'etc', 'passwd'));
    expect(resolveAppFile('app://pingshen/%2fetc%2fpasswd', root)).toBe(join(root, 'etc', 'passwd'));
  });
});

describe('createAppRequestHandler', () => {
  it('serves a file with its type and the CSP', async () => {
    const handler = createAppRequestHandler(root);
    const response = await handler(new Request('app://pingshen/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('评审台');
  });

  it('answers 404 with the CSP for traversal, other hosts and missing files, without reading', async () => {
    const read = vi.fn(async () => new Uint8Array());
    const handler = createAppRequestHandler(root, read);
    for (const url of ['app://pingshen/..%2fsecret.txt', 'app://evil/index.html']) {
      const response = await handler(new Request(url));
      expect(response.status).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    }
    expect(read).not.toHaveBeenCalled();
    const missing = await createAppRequestHandler(root)(new Request('app://pingshen/nope.js'));
    expect(missing.status).toBe(404);
    const folder = await createAppRequestHandler(root)(new Request('app://pingshen/assets'));
    expect(folder.status).toBe(404);
  });

  it('is read-only', async () => {
    const response = await createAppRequestHandler(root)(new Request('app://pingshen/index.html', { method: 'POST', body: 'x' }));
    expect(response.status).toBe(405);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
  });
});

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['pdf.worker.min.mjs', 'text/javascript; charset=utf-8'],
    ['assets/index.CSS', 'text/css; charset=utf-8'],
    ['x.json', 'application/json; charset=utf-8'],
    ['logo.svg', 'image/svg+xml'],
    ['logo.png', 'image/png'],
    ['font.woff2', 'font/woff2'],
    ['openjpeg.wasm', 'application/wasm'],
    ['cmaps/UniGB-UCS2-H.bcmap', 'application/octet-stream'],
    ['LICENSE', 'application/octet-stream'],
    ['archive.tar.exe', 'application/octet-stream'],
  ])('%s → %s', (path, type) => {
    expect(mimeTypeFor(path)).toBe(type);
  });
});
