// The trust feature's edges: the demo review's stand-in digest, downloads by opaque id on both hosts,
// and the OS keychain sealer over a fake safeStorage.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBrowserHost, type BrowserHost } from '../../../../electron/browser-host/browser-host.ts';
import { createAppRequestHandler } from '../../../../electron/main/app-request-handler.ts';
import { createSafeStorageSealer } from '../../../../electron/main/safe-storage-sealer.ts';
import { startAppServices, type AppServices } from '../../../../electron/services/app-services.ts';
import { openDatabase } from '../../../../electron/services/db/open-database.ts';
import { demoPackageDigest } from '../../../../electron/services/demo/demo-digest.ts';
import { createOutputStore } from '../../../../electron/services/transfer/output-store.ts';
import { loadOrCreateIdentity } from '../../../../electron/services/identity/key-store.ts';
import { nodeCrypto } from '../../../../electron/services/crypto/node-crypto.ts';
import { UnsealError } from '../../../../electron/services/identity/secret-sealer.ts';
import { canonicalJson } from '../../../../shared/crypto/canonical-json.ts';
import { verifySheet } from '../../../../shared/sheets/verify-sheet.ts';
import { useTempDirs } from '../../../support/temp-dir.ts';
import { apiOf, scoreEverything } from '../../../support/trust-api.ts';
import { rootDir } from '../../../support/corpus.ts';

const tempDir = useTempDirs();
const reviewId = 'demo-2026-anhui';
let services: AppServices | null = null;
let host: BrowserHost | null = null;

afterEach(async () => {
  await host?.close();
  services?.close();
  host = null;
  services = null;
});

/** A fake safeStorage: "encrypts" by reversing and tagging, so tests see sealing happen. */
function fakeSafeStorage(available = true, backend = 'gnome_libsecret') {
  return {
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend as 'gnome_libsecret',
    encryptString: (text: string) => Buffer.from(`os:${[...text].reverse().join('')}`),
    decryptString: (bytes: Buffer) => {
      const text = bytes.toString();
      if (!text.startsWith('os:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return [...text.slice(3)].reverse().join('');
    },
  };
}

describe('the built-in demo review', () => {
  it('is signed against a labelled stand-in digest: SHA-256 of the JCS of the demo review record', async () => {
    services = await startAppServices({ dataDir: tempDir(), transport: 'http' });
    const { value } = apiOf(services);
    expect(await value('sheets:status', { reviewId })).toMatchObject({ signer: null, signerProblem: expect.stringContaining('身份') });
    const me = await value('identity:create', { name: '赵芳', organisation: '某高校', passphrase: 'correct horse battery' });
    const demo = JSON.parse(readFileSync(join(rootDir, 'resources/demo/demo-review.json'), 'utf8')) as { review: unknown };
    const expected = Buffer.from(nodeCrypto.sha256(new TextEncoder().encode(canonicalJson(demo.review)))).toString('hex');
    expect(demoPackageDigest()).toBe(expected);
    await scoreEverything(apiOf(services), reviewId);
    const status = await value('sheets:sign', { reviewId });
    expect(status).toMatchObject({ demoDigest: true, packageDigest: expected, signer: { name: '赵芳', id: `expert-${me.fingerprint!.replaceAll(' ', '').slice(0, 8)}` } });
    const file = await value('sheets:export', { reviewId, version: 1 });
    expect(verifySheet({ bytes: Buffer.from(file.base64, 'base64'), crypto: nodeCrypto, context: { packageDigest: expected } })).toMatchObject({ ok: true });
    expect(await apiOf(services).api('print:pdf', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('gets its stand-in digest (migration 14) and its organisation (migration 23) on start-up where it was seeded before they were recorded', async () => {
    const dataDir = tempDir();
    services = await startAppServices({ dataDir, transport: 'http' });
    services.close();
    const db = openDatabase(dataDir);
    db.prepare("UPDATE reviews SET stand_in_digest = NULL, organisation = '' WHERE id = ?").run(reviewId);
    db.close();
    services = await startAppServices({ dataDir, transport: 'http' });
    const { value } = apiOf(services);
    // Seeded before migration 23 too: the demo names its organisation now.
    expect((await value('reviews:get', { reviewId })).organisation).toBe('安徽省教育厅');
    await value('identity:create', { name: '赵芳', organisation: '某高校', passphrase: 'correct horse battery' });
    expect(await value('sheets:status', { reviewId })).toMatchObject({ signerProblem: null, demoDigest: true, packageDigest: demoPackageDigest() });
  });
});

describe('downloads by opaque id', () => {
  it('are served as attachments by the browser host and app://, never by path', async () => {
    const outputs = createOutputStore(tempDir());
    const { id, path } = outputs.reserve();
    writeFileSync(path, 'PK-bytes');
    outputs.publish(id, 'demo-2026-anhui.pingshen-pkg', 'application/vnd.pingshen.package+zip');
    const staticDir = tempDir();
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html>');
    services = await startAppServices({ dataDir: tempDir(), transport: 'http', seedDemo: false });
    host = await startBrowserHost({ handlers: services.handlers, findOutput: (x) => outputs.find(x), staticDir });
    const get = (url: string, token = true) => fetch(`${host?.origin ?? ''}${url}`, { headers: token ? { 'X-Pingshen-Token': host?.token ?? '' } : {} });
    expect((await get(`/outputs/${id}`, false)).status).toBe(401);
    expect((await get(`/outputs/${'a'.repeat(32)}`)).status).toBe(404);
    const response = await get(`/outputs/${id}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="demo-2026-anhui.pingshen-pkg"; filename*=UTF-8''demo-2026-anhui.pingshen-pkg`);
    expect(await response.text()).toBe('PK-bytes');
    const app = createAppRequestHandler(staticDir, undefined, undefined, (x) => outputs.find(x));
    const viaApp = await app(new Request(`app://pingshen/outputs/${id}`));
    expect(viaApp.status).toBe(200);
    expect(viaApp.headers.get('content-disposition')).toContain('attachment');
    expect(await viaApp.text()).toBe('PK-bytes');
    expect((await app(new Request(`app://pingshen/outputs/${id}/../x`))).status).toBe(404);
    expect(outputs.find('../../etc/passwd')).toBeNull();
  });
});

describe('the OS keychain sealer (safeStorage)', () => {
  it('seals the identity so only the keychain opens it, and counts Linux basic_text as no keychain', () => {
    const sealer = createSafeStorageSealer(fakeSafeStorage())!;
    expect(sealer.kind).toBe('os');
    const dir = tempDir();
    const identity = loadOrCreateIdentity(dir, sealer);
    expect(readFileSync(join(dir, 'identity.json'), 'utf8')).toContain('"sealer": "os"');
    expect(loadOrCreateIdentity(dir, sealer).publicKey).toBe(identity.publicKey);
    expect(() => sealer.open(new Uint8Array([1, 2, 3]))).toThrow(UnsealError);
    expect(createSafeStorageSealer(fakeSafeStorage(false))).toBeNull();
    expect(createSafeStorageSealer(fakeSafeStorage(true, 'basic_text'), 'linux')).toBeNull();
    expect(createSafeStorageSealer(fakeSafeStorage(true, 'basic_text'), 'win32')).not.toBeNull();
  });

  it('opens the identity without a passphrase when the host has the keychain', async () => {
    services = await startAppServices({ dataDir: tempDir(), transport: 'http', seedDemo: false, osSealer: createSafeStorageSealer(fakeSafeStorage()) });
    const { value } = apiOf(services);
    expect(await value('identity:get', {})).toMatchObject({ exists: false, sealer: 'os' });
    expect(await value('identity:create', { name: '钱进', organisation: '', passphrase: null })).toMatchObject({ sealer: 'os', unlocked: true, needsPassphrase: false });
    expect(JSON.parse((await value('identity:key-card', {})).text)).toMatchObject({ format: 'pingshen.keycard/1', expertName: '钱进' });
  });
});
