// A whole review as one file for the secretary's second laptop: exported with every row and
// document, imported all or nothing on another profile, refused when tampered, foreign or newer.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServices, type AppServices } from '../../../../electron/services/app-services.ts';
import { readZipEntries, rewriteZip } from '../../../support/rewrite-zip.ts';
import { useServicesProfile } from '../../../support/services-profile.ts';
import { apiOf, scoreEverything, uploadBytes, type TestApi } from '../../../support/trust-api.ts';

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

async function importInto(bytes: Uint8Array, fileName = 'review.pingshen-review') {
  return target.api.api('reviews:import-backup', { uploadId: await uploadBytes(target.api, fileName, bytes) });
}

/** The backup with its backup.json edited, as a tamperer would rebuild it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a tamperer edits the JSON freely
async function edited(edit: (backup: Record<string, any>) => void): Promise<Uint8Array> {
  const to = join(target.root, `edited-${String(Math.random()).slice(2)}.zip`);
  await rewriteZip(backupFile, to, (entries) => {
    const backup = JSON.parse(Buffer.from(entries.get('backup.json')!).toString('utf8'));
    edit(backup);
    entries.set('backup.json', Buffer.from(JSON.stringify(backup)));
  });
  return readFileSync(to);
}

describe('reviews:export-backup → reviews:import-backup', () => {
  it('carries the review whole: applications, documents byte for byte, roster, scores and comments', async () => {
    await source.api.value('experts:save', { reviewId, expertId: null, name: '王明', organisation: '某大学', title: '教授' });
    await scoreEverything(source.api, reviewId);
    const output = await source.api.value('reviews:export-backup', { reviewId });
    expect(output.fileName).toBe(`${reviewId}.pingshen-review`);
    backupFile = source.services.findOutput(output.id)!.path;
    expect(output.size).toBe(readFileSync(backupFile).length);

    const imported = await importInto(readFileSync(backupFile));
    expect(imported).toMatchObject({ ok: true });
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
    expect(backup).toMatchObject({ format: 'pingshen.review-backup/1', reviewId, schemaVersion: expect.any(Number) });
    expect([...entries.keys()].filter((n) => n.startsWith('blobs/')).sort()).toEqual(backup.documents.map((d: { id: string }) => `blobs/${d.id}`).sort());
  });
});
