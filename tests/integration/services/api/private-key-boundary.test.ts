// The private key stays in the services: every answer the renderer can get while an identity is
// created, unlocked and used (key card, package, signed sheet) is free of it, and so is every file the
// profile wrote. The key is recovered at the end the only legitimate way, by unsealing identity.json.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiName } from '../../../../shared/api/contract.ts';
import { startAppServices, type AppServices } from '../../../../electron/services/app-services.ts';
import { identityPath, loadOrCreateIdentity } from '../../../../electron/services/identity/key-store.ts';
import { createPassphraseSealer } from '../../../../electron/services/identity/passphrase-sealer.ts';
import { apiOf, finishBuild, scoreEverything, type TestApi } from '../../../support/trust-api.ts';

const reviewId = 'demo-2026-anhui';
const passphrase = '评审专用口令-边界-2026';
let root: string;
let dataDir: string;
/** Every envelope the API returned, as the renderer receives it (JSON), with its call name. */
const answers: { name: ApiName; text: string }[] = [];
/** Every file of the profile with its bytes, taken during and after each session (outputs/ is emptied at start, the WAL folded in at close). */
const written = new Map<string, Buffer>();

function takeFiles(): void {
  for (const entry of readdirSync(dataDir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) written.set(`${join(entry.parentPath, entry.name)}#${String(written.size)}`, readFileSync(join(entry.parentPath, entry.name)));
  }
}

/** The API of a profile that records every answer. */
function recorded(services: AppServices): TestApi {
  const inner = apiOf(services);
  const api: TestApi['api'] = async (name, input) => {
    const result = await inner.api(name, input);
    answers.push({ name, text: JSON.stringify(result) });
    return result;
  };
  const value: TestApi['value'] = async (name, input) => {
    const result = await api(name, input);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value;
  };
  return { api, value };
}

/** Every clear-text spelling of a secret a careless store or answer might carry. */
function spellings(secret: Uint8Array): string[] {
  const buffer = Buffer.from(secret);
  return [buffer.toString('hex'), buffer.toString('hex').toUpperCase(), buffer.toString('base64'), buffer.toString('base64url')];
}

/** Whether bytes hold the secret raw or in any of its spellings. */
function holds(bytes: Buffer, secret: Uint8Array): boolean {
  const text = bytes.toString('latin1');
  return bytes.includes(Buffer.from(secret)) || spellings(secret).some((s) => text.includes(s));
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'pingshen-key-boundary-'));
  dataDir = join(root, 'profile');
  const first = await startAppServices({ dataDir, transport: 'http' });
  try {
    const { value, api } = recorded(first);
    await value('identity:get', {});
    await value('identity:create', { name: '周敏', organisation: '安徽职业技术大学', passphrase });
    const card = await value('identity:key-card', {});
    await value('keycards:inspect', { text: card.text });
    // The same profile as coordinator: a package signed with the key.
    await value('experts:save', { reviewId, expertId: null, name: '王明', organisation: '合肥工业大学' });
    const progress = await finishBuild({ value }, await value('packages:build', { reviewId, forExpertId: null }));
    expect(progress.state).toBe('done');
    await value('packages:issued', { reviewId });
    // And as expert of the built-in demo: a sheet signed with it.
    await scoreEverything({ value, api }, reviewId);
    await value('sheets:sign', { reviewId });
    await value('sheets:status', { reviewId });
    await value('sheets:get', { reviewId, version: 1 });
    await value('sheets:export', { reviewId, version: 1 });
    takeFiles(); // while open, so the WAL is there too
  } finally {
    first.close();
  }
  takeFiles();
  // After a restart the key is sealed again; unlocking opens it in the services only.
  const again = await startAppServices({ dataDir, transport: 'http', seedDemo: false });
  try {
    const { value, api } = recorded(again);
    await value('identity:get', {});
    expect(await api('identity:unlock', { passphrase: '不是这个口令-2026' })).toMatchObject({ ok: false });
    await value('identity:unlock', { passphrase });
    await value('identity:key-card', {});
    await value('sheets:status', { reviewId });
    takeFiles();
  } finally {
    again.close();
  }
  takeFiles();
}, 120_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the private key never leaves the services in clear', () => {
  it('no API answer carries it, nor its sealed envelope; identity answers have only the public members', () => {
    const identity = loadOrCreateIdentity(dataDir, createPassphraseSealer(passphrase));
    const seed = identity.privateKeyPkcs8.subarray(-32);
    const sealed = (JSON.parse(readFileSync(identityPath(dataDir), 'utf8')) as { sealedPrivateKey: string }).sealedPrivateKey;
    expect(answers.length).toBeGreaterThan(20);
    for (const { name, text } of answers) {
      const bytes = Buffer.from(text, 'utf8');
      expect(holds(bytes, seed), name).toBe(false);
      expect(holds(bytes, identity.privateKeyPkcs8), name).toBe(false);
      expect(text, name).not.toContain(sealed.slice(0, 40));
      // Files cross as base64: look inside those too.
      const file = (JSON.parse(text) as { value?: { base64?: string } }).value?.base64;
      if (file) expect(holds(Buffer.from(file, 'base64'), seed), name).toBe(false);
    }
    const statuses = answers.filter((a) => a.name.startsWith('identity:') && a.name !== 'identity:key-card').map((a) => JSON.parse(a.text) as { ok: boolean; value?: object });
    for (const status of statuses.filter((s) => s.ok)) {
      expect(Object.keys(status.value ?? {}).sort()).toEqual(['createdAt', 'exists', 'fingerprint', 'name', 'needsPassphrase', 'organisation', 'publicKey', 'sealer', 'unlocked']);
    }
    // The key card is public: format, names, key, fingerprint, time, self-signature.
    const card = answers.find((a) => a.name === 'identity:key-card');
    const cardText = (JSON.parse(card?.text ?? '{}') as { value: { text: string } }).value.text;
    expect(Object.keys(JSON.parse(cardText) as object).sort()).toEqual(['createdAt', 'expertName', 'fingerprint', 'format', 'organisation', 'publicKey', 'signature']);
  });

  it('no file of the profile holds it (identity.json only sealed; database, WAL, blobs, outputs clean)', () => {
    const identity = loadOrCreateIdentity(dataDir, createPassphraseSealer(passphrase));
    const seed = identity.privateKeyPkcs8.subarray(-32);
    const names = [...written.keys()].map((key) => key.replace(/#\d+$/, ''));
    expect(names).toEqual(expect.arrayContaining([identityPath(dataDir), expect.stringMatching(/\.sqlite3$/), expect.stringMatching(/\.sqlite3-wal$/), expect.stringMatching(/[/\\]outputs[/\\]/), expect.stringMatching(/[/\\]blobs[/\\]/)]));
    // The detector finds a planted copy, raw or spelled.
    expect(holds(Buffer.concat([Buffer.from('SQLite'), Buffer.from(seed)]), seed)).toBe(true);
    expect(holds(Buffer.from(JSON.stringify({ k: Buffer.from(seed).toString('base64url') })), seed)).toBe(true);
    const leaking = [...written].filter(([, bytes]) => holds(bytes, seed) || holds(bytes, identity.privateKeyPkcs8)).map(([name]) => name);
    expect(leaking).toEqual([]);
  });

  it('the fingerprint shown is the first 16 bytes of SHA-256 of the raw public key, in eight groups of four hex', () => {
    const identity = loadOrCreateIdentity(dataDir, createPassphraseSealer(passphrase));
    const expected = createHash('sha256').update(identity.publicKeyRaw).digest('hex').slice(0, 32).match(/.{4}/g)?.join(' ');
    const shown = answers.filter((a) => a.name === 'identity:get').map((a) => (JSON.parse(a.text) as { value: { fingerprint: string | null } }).value.fingerprint);
    expect(shown.at(-1)).toBe(expected);
    expect(expected).toMatch(/^([0-9a-f]{4} ){7}[0-9a-f]{4}$/);
  });
});
