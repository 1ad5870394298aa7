// A whole review as one file for the secretary's second laptop: exported with every row and
// document, signed by the coordinator's key, imported all or nothing on another profile once its
// signer is accepted; refused when tampered, re-signed by another key, foreign or newer.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServices, type AppServices } from '../../../../electron/services/app-services.ts';
import { generateKeyPair } from '../../../../electron/services/crypto/node-crypto.ts';
import { signJsonFile } from '../../../../electron/services/crypto/sign-json.ts';
import { makeKeyCard } from '../../../../electron/services/identity/key-card.ts';
import { canonicalJson } from '../../../../shared/crypto/canonical-json.ts';
import { readZipEntries, rewriteZip } from '../../../support/rewrite-zip.ts';
import { useServicesProfile } from '../../../support/services-profile.ts';
import { apiOf, importBackupAccepting, scoreEverything, uploadBytes, type TestApi } from '../../../support/trust-api.ts';

const source = useServicesProfile('pingshen-backup-from-');
const reviewId = 'demo-2026-anhui';
let target: { root: string; services: AppServices; api: TestApi };
let backupFile = '';

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'pingshen-backup-to-'));
  // The second laptop: no demo of its own, so the review arrives only by the backup.
  const services = await startAppServices({ dataDir: join(root, 'profile'), transport: 'http', seedDemo: false });
  target = { root, services, api: apiOf(services) };
}, 60_000);
afterAll(() => {
  target?.services.close();
  if (target?.root) rmSync(target.root, { recursive: true, force: true });
});

/** Imports into the second laptop as a user who accepts the signer the preview shows. */
async function importInto(bytes: Uint8Array, fileName = 'review.pingshen-review') {
  return importBackupAccepting(target.api, fileName, bytes);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a tamperer edits the JSON freely
type Edit = (backup: Record<string, any>) => void;

/** The backup with backup.json replaced by `write` of the edited JSON. */
async function rewritten(edit: Edit, write: (backup: object) => Uint8Array): Promise<Uint8Array> {
  const to = join(target.root, `edited-${String(Math.random()).slice(2)}.zip`);
  await rewriteZip(backupFile, to, (entries) => {
    const backup = JSON.parse(Buffer.from(entries.get('backup.json')!).toString('utf8'));
    edit(backup);
    entries.set('backup.json', write(backup));
  });
  return readFileSync(to);
}

const tamperer = { ...generateKeyPair(), name: '演示评审秘书处', organisation: '安徽职业技术大学' };

/** The backup edited and signed again by a key of the tamperer's own (under the coordinator's name): what the checks behind the signature must still catch. */
function edited(edit: Edit): Promise<Uint8Array> {
  return rewritten(edit, (backup) => {
    delete (backup as { signature?: unknown }).signature;
    return signJsonFile(backup, tamperer.privateKeyPkcs8, tamperer.publicKeyRaw).bytes;
  });
}

describe('reviews:export-backup → reviews:import-backup', () => {
  it('carries the review whole: applications, documents byte for byte, roster, scores and comments', async () => {
    await source.api.value('experts:save', { reviewId, expertId: null, name: '王明', organisation: '某大学', title: '教授' });
    const card = makeKeyCard({ expertName: '李华', organisation: '合肥工业大学', privateKeyPkcs8: generateKeyPair().privateKeyPkcs8 });
    await source.api.value('experts:enroll', { reviewId, expertId: null, text: new TextDecoder().decode(card.bytes), fingerprint: card.card.fingerprint });
    await scoreEverything(source.api, reviewId);
    // Signed by the coordinator's key: none yet, none written.
    expect(await source.api.api('reviews:export-backup', { reviewId })).toMatchObject({ ok: false, error: { domainCode: 'identity.none-yet' } });
    const identity = await source.api.value('identity:create', { name: '演示评审秘书处', organisation: '安徽职业技术大学', passphrase: '秘书处口令-2026' });
    const output = await source.api.value('reviews:export-backup', { reviewId });
    expect(output.fingerprint).toBe(identity.fingerprint);
    expect(output.fileName).toBe(`${reviewId}.pingshen-review`);
    backupFile = source.services.findOutput(output.id)!.path;
    expect(output.size).toBe(readFileSync(backupFile).length);

    // The second laptop shows who signed it, with the fingerprint to compare with the first one's.
    const uploadId = await uploadBytes(target.api, output.fileName, readFileSync(backupFile));
    const preview = await target.api.value('reviews:inspect-backup', { uploadId });
    expect(preview).toEqual({
      fileName: output.fileName,
      reviewId,
      title: (await source.api.value('reviews:get', { reviewId })).title,
      exportedAt: expect.any(String),
      documents: expect.any(Number),
      signer: { name: '演示评审秘书处', organisation: '安徽职业技术大学', fingerprint: identity.fingerprint, own: false },
    });
    expect(await target.api.value('reviews:list', {})).toEqual([]);
    const imported = await target.api.api('reviews:import-backup', { uploadId, accepted: identity.fingerprint });
    expect(imported).toMatchObject({ ok: true });
    const { entries } = await target.api.value('audit:list', { reviewId, kind: 'review', limit: 1 });
    expect(entries[0]).toMatchObject({ action: 'review.backup-imported', detail: { signedBy: { fingerprint: identity.fingerprint, own: false } } });
    expect(await target.api.value('reviews:get', { reviewId })).toEqual(await source.api.value('reviews:get', { reviewId }));
    expect(await target.api.value('experts:list', { reviewId })).toEqual(await source.api.value('experts:list', { reviewId }));
    expect(await target.api.value('scoring:overview', { reviewId })).toEqual(await source.api.value('scoring:overview', { reviewId }));
    const submission = 'ai-01';
    expect(await target.api.value('scoring:get', { reviewId, submissionId: submission })).toEqual(await source.api.value('scoring:get', { reviewId, submissionId: submission }));
    for (const document of await source.api.value('submissions:documents', { reviewId, submissionId: submission })) {
      expect(readFileSync(target.services.findDocument(document.id)!.path)).toEqual(readFileSync(source.services.findDocument(document.id)!.path));
    }
  });

  it('refuses the same review twice, by name, with nothing changed', async () => {
    const again = await importInto(readFileSync(backupFile));
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('本机已有评审活动') } });
  });

  it('back on the computer that exported it, the preview says its own key signed it', async () => {
    const title = (await source.api.value('reviews:get', { reviewId })).title;
    const before = await source.api.value('scoring:overview', { reviewId });
    await source.api.value('reviews:delete', { reviewId, confirmTitle: title });
    const uploadId = await uploadBytes(source.api, 'review.pingshen-review', readFileSync(backupFile));
    expect((await source.api.value('reviews:inspect-backup', { uploadId })).signer).toMatchObject({ name: '演示评审秘书处', own: true });
    expect(await source.api.api('reviews:import-backup', { uploadId, accepted: (await source.api.value('identity:get', {})).fingerprint })).toMatchObject({ ok: true });
    expect(await source.api.value('scoring:overview', { reviewId })).toEqual(before);
  });

  it('refuses a backup.json changed after it was signed, or signed again by a key other than the one accepted, storing nothing', async () => {
    await target.api.value('reviews:delete', { reviewId, confirmTitle: (await target.api.value('reviews:get', { reviewId })).title });
    // An enrolled expert's key swapped for another, hand-edited (re-formatted) or kept canonical: the signature no longer holds.
    const swapKey: Edit = (b) => {
      const roster = b.tables.roster_experts;
      const at = roster.columns.indexOf('public_key');
      roster.rows.find((row: unknown[]) => row[at] !== null)![at] = Buffer.from(tamperer.publicKeyRaw).toString('base64url');
    };
    for (const write of [(b: object) => Buffer.from(JSON.stringify(b, null, 2)), (b: object) => Buffer.from(`${canonicalJson(b)}\n`)]) {
      expect(await importInto(await rewritten(swapKey, write))).toMatchObject({ ok: false, error: { domainCode: 'reviews.backup-signature-bad', message: expect.stringContaining('签名无效') } });
    }
    // A refused backup's upload is not kept for an import to follow.
    const refusedUpload = await uploadBytes(target.api, 'review.pingshen-review', await rewritten(swapKey, (b) => Buffer.from(JSON.stringify(b))));
    expect(await target.api.api('reviews:inspect-backup', { uploadId: refusedUpload })).toMatchObject({ ok: false });
    expect(await target.api.api('reviews:import-backup', { uploadId: refusedUpload, accepted: null })).toMatchObject({ ok: false, error: { domainCode: 'transfer.upload-gone' } });
    // Signed again by the tamperer's key: the preview shows that key's fingerprint, not the coordinator's.
    const resigned = await edited(swapKey);
    const uploadId = await uploadBytes(target.api, 'review.pingshen-review', resigned);
    const preview = await target.api.value('reviews:inspect-backup', { uploadId });
    const accepted = (await source.api.value('identity:get', {})).fingerprint!;
    expect(preview.signer).toMatchObject({ name: '演示评审秘书处', own: false });
    expect(preview.signer?.fingerprint).not.toBe(accepted);
    // A user who accepts the coordinator's fingerprint (as on the key card) gets a refusal naming the key that did sign.
    expect(await target.api.api('reviews:import-backup', { uploadId, accepted })).toMatchObject({
      ok: false,
      error: { domainCode: 'reviews.backup-signer-not-accepted', message: expect.stringContaining(preview.signer!.fingerprint) },
    });
    // Neither can a signed backup be taken as unsigned.
    const again = await uploadBytes(target.api, 'review.pingshen-review', readFileSync(backupFile));
    expect(await target.api.api('reviews:import-backup', { uploadId: again, accepted: null })).toMatchObject({ ok: false, error: { domainCode: 'reviews.backup-signer-not-accepted' } });
    // Format 2 without its signature is not a signed backup with the signature lost in transit: refused.
    const stripped = await rewritten((b) => delete b.signature, (b) => Buffer.from(`${canonicalJson(b)}\n`));
    expect(await importInto(stripped)).toMatchObject({ ok: false, error: { domainCode: 'reviews.backup-unsigned' } });
    expect(await target.api.value('reviews:list', {})).toEqual([]);
    expect(await importInto(readFileSync(backupFile))).toMatchObject({ ok: true });
  });

  it('an unsigned backup of an older build (format 1) is shown as unsigned and imports only when accepted as such', async () => {
    await target.api.value('reviews:delete', { reviewId, confirmTitle: (await target.api.value('reviews:get', { reviewId })).title });
    const older = await rewritten(
      (b) => {
        for (const member of ['signature', 'exportedBy']) delete b[member];
        b.format = 'pingshen.review-backup/1';
      },
      (b) => Buffer.from(`${canonicalJson(b)}\n`),
    );
    const uploadId = await uploadBytes(target.api, 'old.pingshen-review', older);
    expect(await target.api.value('reviews:inspect-backup', { uploadId })).toMatchObject({ reviewId, signer: null });
    const accepted = (await source.api.value('identity:get', {})).fingerprint;
    expect(await target.api.api('reviews:import-backup', { uploadId, accepted })).toMatchObject({ ok: false, error: { domainCode: 'reviews.backup-unsigned-not-accepted' } });
    expect(await importInto(older)).toMatchObject({ ok: true });
    // The audit says it came unsigned.
    const { entries } = await target.api.value('audit:list', { reviewId, kind: 'review', limit: 1 });
    expect(entries[0]).toMatchObject({ action: 'review.backup-imported', detail: { signedBy: null, fileName: 'review.pingshen-review' } });
  });

  it('refuses, storing nothing: a changed document, a row of another review, a newer app, a file that is not a backup', async () => {
    await target.api.value('reviews:delete', { reviewId, confirmTitle: (await target.api.value('reviews:get', { reviewId })).title });
    const cases: [string, Uint8Array | (() => Promise<Uint8Array>), string][] = [
      ['a document changed', async () => {
        const to = join(target.root, 'blob.zip');
        await rewriteZip(backupFile, to, (entries) => {
          const name = [...entries.keys()].find((n) => n.startsWith('blobs/'))!;
          const bytes = Buffer.from(entries.get(name)!);
          bytes[100] = (bytes[100]! + 1) % 256;
          entries.set(name, bytes);
        });
        return readFileSync(to);
      }, '与其 SHA-256 不符'],
      ['a row of another review', () => edited((b) => b.tables.scores.rows[0][b.tables.scores.columns.indexOf('review_id')] = 'other-review'), '不属于评审活动'],
      ['an unknown table', () => edited((b) => (b.tables.audit_log = { columns: ['seq'], rows: [] })), '未知的数据表 audit_log'],
      ['a newer schema', () => edited((b) => (b.schemaVersion = 999)), '请先升级'],
      ['a zip without backup.json', async () => {
        const to = join(target.root, 'nojson.zip');
        await rewriteZip(backupFile, to, (entries) => entries.delete('backup.json'));
        return readFileSync(to);
      }, '没有 backup.json'],
      ['not a zip', Buffer.from('这不是备份'), 'review.pingshen-review'],
    ];
    for (const [what, make, message] of cases) {
      const bytes = typeof make === 'function' ? await make() : make;
      const result = await importInto(bytes);
      expect(result, what).toMatchObject({ ok: false, error: { message: expect.stringContaining(message) } });
      expect(await target.api.value('reviews:list', {}), what).toEqual([]);
    }
    // And the untouched backup still imports afterwards: nothing half-stored stood in its way.
    expect(await importInto(readFileSync(backupFile))).toMatchObject({ ok: true });
  });

  it('from a build before review stages (schema 19): a review with applications arrives under expert review, as the migration would leave it', async () => {
    await target.api.value('reviews:delete', { reviewId, confirmTitle: (await target.api.value('reviews:get', { reviewId })).title });
    const older = await edited((backup) => {
      backup.schemaVersion = 19;
      const reviews = backup.tables.reviews;
      const stage = reviews.columns.indexOf('stage');
      reviews.columns.splice(stage, 1);
      for (const row of reviews.rows) row.splice(stage, 1);
      for (const table of ['formal_check_runs', 'formal_check_results', 'formal_check_overrides', 'material_conclusions']) delete backup.tables[table];
    });
    expect(await importInto(older)).toMatchObject({ ok: true });
    expect((await target.api.value('reviews:get', { reviewId })).stage).toBe('expert-review');
  });
});

describe('a backup file', () => {
  it('is a zip whose backup.json is canonical JSON naming its format and schema version', async () => {
    const entries = await readZipEntries(backupFile);
    const backup = JSON.parse(Buffer.from(entries.get('backup.json')!).toString('utf8'));
    expect(backup).toMatchObject({ format: 'pingshen.review-backup/2', reviewId, schemaVersion: expect.any(Number), exportedBy: { name: '演示评审秘书处' }, signature: { algorithm: 'Ed25519' } });
    expect(Buffer.from(entries.get('backup.json')!).toString('utf8')).toBe(`${canonicalJson(backup)}\n`);
    expect([...entries.keys()].filter((n) => n.startsWith('blobs/')).sort()).toEqual(backup.documents.map((d: { id: string }) => `blobs/${d.id}`).sort());
  });
});
