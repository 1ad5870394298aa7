import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAppRequestHandler } from '../../../../electron/main/app-request-handler.ts';

const dir = mkdtempSync(join(tmpdir(), 'pingshen-doc-'));
const file = join(dir, 'blob');
const bytes = new Uint8Array(Array.from({ length: 1000 }, (_, i) => i % 251));
writeFileSync(file, bytes);
const id = 'ab'.repeat(32);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const handler = createAppRequestHandler(dir, undefined, (asked) => (asked === id ? { path: file, size: bytes.length, mediaType: 'application/pdf' } : null));

describe('app://pingshen/documents/<id> in Electron', () => {
  it('serves a document whole and by range, with the CSP', async () => {
    const whole = await handler(new Request(`app://pingshen/documents/${id}`));
    expect(whole.status).toBe(200);
    expect(new Uint8Array(await whole.arrayBuffer())).toEqual(bytes);
    expect(whole.headers.get('content-security-policy')).toContain("default-src 'none'");
    const part = await handler(new Request(`app://pingshen/documents/${id}`, { headers: { Range: 'bytes=10-19' } }));
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 10-19/1000');
    expect(new Uint8Array(await part.arrayBuffer())).toEqual(bytes.subarray(10, 20));
  });

  it('refuses unknown ids and other hosts', async () => {
    expect((await handler(new Request(`app://pingshen/documents/${'cd'.repeat(32)}`))).status).toBe(404);
    expect((await handler(new Request(`app://evil/documents/${id}`))).status).toBe(404);
    expect((await handler(new Request('app://pingshen/documents/blob'))).status).toBe(404);
  });
});
