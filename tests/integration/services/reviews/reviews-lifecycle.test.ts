// A review's life after 新建评审: archived and back, and deleted (confirmed by its title) with
// everything of it, its applicants' files included, while the audit log keeps the record.
import Database from 'better-sqlite3';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseFileName } from '../../../../electron/services/db/open-database.ts';
import { useServicesProfile } from '../../../support/services-profile.ts';

const profile = useServicesProfile('pingshen-review-life-');
const demoId = 'demo-2026-anhui';

/** Reads the profile's database beside the running services (WAL lets a reader in). */
function query<T>(sql: string, ...args: unknown[]): T[] {
  const db = new Database(join(profile.root, 'profile', databaseFileName), { readonly: true });
  try {
    return db.prepare(sql).all(...args) as T[];
  } finally {
    db.close();
  }
}

function blobFiles(): string[] {
  const root = join(profile.root, 'profile', 'blobs', 'sha256');
  return existsSync(root) ? readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name) : [];
}

describe('reviews:archive', () => {
  it('lists an archived review last with its time, changes nothing else, and takes it back; audited both ways', async () => {
    const review = await profile.api.value('reviews:create', { title: '2027年评审', programId: 'anhui-2026-high-skill-clusters', categories: [{ id: 'ai', quota: 1 }], deadline: '' });
    expect((await profile.api.value('reviews:list', {}))[0]?.id).toBe(review.id);
    const archived = await profile.api.value('reviews:archive', { reviewId: review.id, archived: true });
    expect(archived.archivedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect({ ...archived, archivedAt: null }).toEqual(review);
    expect((await profile.api.value('reviews:list', {})).at(-1)).toMatchObject({ id: review.id, archivedAt: archived.archivedAt });
    expect((await profile.api.value('reviews:archive', { reviewId: review.id, archived: false })).archivedAt).toBeNull();
    expect(query<{ action: string }>('SELECT action FROM audit_log WHERE subject = ? ORDER BY seq', review.id).map((r) => r.action)).toEqual(['review.created', 'review.archived', 'review.unarchived']);
  });
});

describe('reviews:delete', () => {
  it('names what would go, refuses without the title repeated, then removes every row and file of the review', async () => {
    const deletion = await profile.api.value('reviews:deletion', { reviewId: demoId });
    expect(deletion).toMatchObject({ reviewId: demoId, submissions: 6 });
    expect(deletion.documents).toBeGreaterThan(0);
    const documents = query<{ document_id: string }>('SELECT DISTINCT document_id FROM submission_documents WHERE review_id = ?', demoId).map((d) => d.document_id);
    expect(blobFiles()).toEqual(expect.arrayContaining(documents));

    const refused = await profile.api.api('reviews:delete', { reviewId: demoId, confirmTitle: '演示' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('未删除') } });
    expect((await profile.api.value('reviews:get', { reviewId: demoId })).submissions).toHaveLength(6);

    expect(await profile.api.value('reviews:delete', { reviewId: demoId, confirmTitle: ` ${deletion.title} ` })).toEqual(deletion);
    expect((await profile.api.api('reviews:get', { reviewId: demoId })).ok).toBe(false);
    // No table keeps a row of it; its documents are gone, rows and bytes.
    const tables = query<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%review_id%'").map((t) => t.name);
    for (const table of tables) expect(query<{ n: number }>(`SELECT count(*) AS n FROM "${table}" WHERE review_id = ?`, demoId)[0]?.n, table).toBe(0);
    for (const id of documents) expect(profile.services.findDocument(id), id).toBeNull();
    expect(blobFiles().filter((name) => documents.includes(name))).toEqual([]);
    // The audit log is append-only: the review's history stays, and the deletion is its last entry.
    const entries = query<{ action: string; detail: string }>('SELECT action, detail FROM audit_log WHERE subject = ? ORDER BY seq', demoId);
    expect(entries.at(-1)?.action).toBe('review.deleted');
    expect(JSON.parse(entries.at(-1)?.detail ?? '{}')).toMatchObject({ submissions: 6, documentsRemoved: documents.length });
  });

  it('refuses a review this profile does not hold', async () => {
    expect(await profile.api.api('reviews:deletion', { reviewId: 'no-such-review' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
