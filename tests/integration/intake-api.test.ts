// The intake's calls through the real dispatcher (input and output checked against the contract),
// as the coordinator's screen will make them: aliases, scan with progress, an edit, commit.
import Database from 'better-sqlite3';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseFileName } from '../../electron/services/db/open-database.ts';
import { intakeFactsOf } from '../../electron/services/intake/intake-facts-of-review.ts';
import { coverText, writeTestPdf } from '../support/intake-fixtures.ts';
import { useServicesProfile } from '../support/services-profile.ts';

const profile = useServicesProfile('pingshen-intake-api-');

describe('intake calls', () => {
  it('scan → progress (preview) → commit with an edit; the documents are served with their roles', async () => {
    const { value, api } = profile.api;
    const review = await value('reviews:create', { title: '导入', programId: 'anhui-2026-high-skill-clusters', categories: [{ id: 'ai', quota: 6 }], deadline: '2026-05-25' });
    expect(await value('intake:save-aliases', { reviewId: review.id, aliases: [{ alias: '青岚职院', fullName: '青岚职业技术学院' }] })).toEqual([{ alias: '青岚职院', fullName: '青岚职业技术学院' }]);
    const drop = join(profile.root, 'drop', '青岚职院');
    mkdirSync(drop, { recursive: true });
    writeFileSync(join(drop, '申报书.pdf'), await writeTestPdf({ pages: [coverText('青岚职业技术学院', '人工智能')] }));
    writeFileSync(join(drop, '扫描1.pdf'), await writeTestPdf({ scanPages: 1 }));

    let progress = await value('intake:scan', { reviewId: review.id, paths: [join(profile.root, 'drop')] });
    for (let i = 0; progress.state === 'running' && i < 600; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      progress = await value('intake:progress', { jobId: progress.jobId });
    }
    expect(progress.state).toBe('done');
    expect(progress.filesRead).toBe(2);
    const preview = progress.preview!;
    expect(preview.applications).toEqual([expect.objectContaining({ applicant: '青岚职业技术学院', categoryId: 'ai' })]);
    const scan = preview.files.find((f) => f.fileName === '扫描1.pdf')!;
    expect(scan.role).toBe('evidence');

    const committed = await value('intake:commit', { jobId: progress.jobId, edits: [{ kind: 'set-role', sourcePath: scan.sourcePath, role: 'summary-stamped' }] });
    expect(committed.applications).toEqual([expect.objectContaining({ applicant: '青岚职业技术学院', supplement: false, added: 2 })]);
    const documents = await value('submissions:documents', { reviewId: review.id, submissionId: committed.applications[0]!.submissionId });
    expect(documents.map((d) => [d.fileName, d.role, d.pages]).sort()).toEqual([
      ['扫描1.pdf', 'summary-stamped', 1],
      ['申报书.pdf', 'application', 1],
    ]);
    expect((await value('reviews:get', { reviewId: review.id })).submissions).toHaveLength(1);
    // The coordinator sets the received time from the mail's date; the facts say it was set by hand.
    const submissionId = committed.applications[0]!.submissionId;
    expect(await value('intake:set-received-at', { reviewId: review.id, submissionId, receivedAt: '2026-05-25T18:30:00+08:00' })).toEqual({ files: 2 });
    const reader = new Database(join(profile.root, 'profile', databaseFileName), { readonly: true });
    const [facts] = intakeFactsOf(reader, review.id).filter((a) => a.submissionId === submissionId);
    reader.close();
    expect(facts?.files.map((f) => [f.receivedAt, f.receivedAtSource])).toEqual([['2026-05-25T18:30:00+08:00', 'set-by-hand'], ['2026-05-25T18:30:00+08:00', 'set-by-hand']]);
    expect(await api('intake:set-received-at', { reviewId: review.id, submissionId, receivedAt: '2026-05-25' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

    const refused = await api('intake:commit', { jobId: progress.jobId, edits: [] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const bad = await api('intake:scan', { reviewId: review.id, paths: [] });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    // The profile's own files (its database, the signing identity) are never read in as material.
    const own = await api('intake:scan', { reviewId: review.id, paths: [join(profile.root, 'profile', 'identity.json')] });
    expect(own).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('数据文件夹') } });
    expect(await api('intake:scan', { reviewId: review.id, paths: ['drop'] })).toMatchObject({ ok: false, error: { message: expect.stringContaining('绝对路径') } });
  }, 120_000);
});
