// The intake's calls through the real dispatcher (input and output checked against the contract),
// as the coordinator's screen will make them: aliases, scan with progress, an edit, commit.
import Database from 'better-sqlite3';
import iconv from 'iconv-lite';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseFileName } from '../../../../electron/services/db/open-database.ts';
import { intakeFactsOf } from '../../../../electron/services/intake/intake-facts-of-review.ts';
import type { IntakeProgress } from '../../../../shared/intake/intake-progress.ts';
import { craftZip, storedEntry } from '../../../support/craft-zip.ts';
import { coverText, writeTestPdf } from '../../../support/intake-fixtures.ts';
import { openIntakeProfile } from '../../../support/intake-profile.ts';
import { useServicesProfile } from '../../../support/services-profile.ts';

const profile = useServicesProfile('pingshen-intake-api-');

/** What the page sends for a dropped folder: each file uploaded, with its place in the drop and File.lastModified. */
async function uploadDrop(drop: string) {
  const { value } = profile.api;
  const files = (function walk(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
  })(drop);
  const sources = [];
  for (const file of files) {
    const bytes = readFileSync(file);
    const { uploadId } = await value('uploads:begin', { fileName: file.split('/').at(-1)!, size: bytes.length });
    await value('uploads:append', { uploadId, offset: 0, base64: bytes.toString('base64') });
    sources.push({ uploadId, relativePath: relative(drop, file), modifiedAt: Math.trunc(statSync(file).mtimeMs) });
  }
  return sources;
}

describe('intake calls', () => {
  it('scan → progress (preview) → commit with an edit; the documents are served with their roles', async () => {
    const { value, api } = profile.api;
    const review = await value('reviews:create', { title: '导入', programId: 'anhui-2026-high-skill-clusters', categories: [{ id: 'ai', quota: 6 }], deadline: '2026-05-25' });
    expect(await value('intake:save-aliases', { reviewId: review.id, aliases: [{ alias: '青岚职院', fullName: '青岚职业技术学院' }] })).toEqual([{ alias: '青岚职院', fullName: '青岚职业技术学院' }]);
    const drop = join(profile.root, 'drop', '青岚职院');
    mkdirSync(drop, { recursive: true });
    writeFileSync(join(drop, '申报书.pdf'), await writeTestPdf({ pages: [coverText('青岚职业技术学院', '人工智能')] }));
    writeFileSync(join(drop, '扫描1.pdf'), await writeTestPdf({ scanPages: 1 }));

    let progress = await value('intake:scan', { reviewId: review.id, sources: await uploadDrop(join(profile.root, 'drop')) });
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
    // Once the review is past the formal check (the demo is under 专家评议), the time is no longer set.
    const demo = (await value('reviews:get', { reviewId: 'demo-2026-anhui' })).submissions[0]!;
    expect(await api('intake:set-received-at', { reviewId: 'demo-2026-anhui', submissionId: demo.id, receivedAt: '2026-05-25T18:30:00+08:00' })).toMatchObject({ ok: false, error: { code: 'conflict' } });

    const refused = await api('intake:commit', { jobId: progress.jobId, edits: [] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const bad = await api('intake:scan', { reviewId: review.id, sources: [] });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    // File-system paths are not taken over the API at all (a page could name any file the user can read): uploads only.
    const byPath = await api('intake:scan', { reviewId: review.id, paths: [join(profile.root, 'drop')] });
    expect(byPath).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  }, 120_000);

  it('scan of uploaded files (the page\'s drop: a folder of applicant folders, a GBK zip, a loose file) reads them exactly as the same drop given by path', async () => {
    const { value, api } = profile.api;
    const review = await value('reviews:create', { title: '上传导入', programId: 'anhui-2026-high-skill-clusters', categories: [{ id: 'ai', quota: 6 }, { id: 'high-end-equipment', quota: 6 }], deadline: '2026-05-25' });
    const drop = join(profile.root, 'upload-drop');
    mkdirSync(join(drop, '申报材料', '青岚职业技术学院', '佐证材料'), { recursive: true });
    writeFileSync(join(drop, '申报材料', '青岚职业技术学院', '申报书.pdf'), await writeTestPdf({ pages: [coverText('青岚职业技术学院', '人工智能')] }));
    writeFileSync(join(drop, '申报材料', '青岚职业技术学院', '佐证材料', '专利.pdf'), await writeTestPdf({ pages: ['专利证书'] }));
    const anhui = await writeTestPdf({ pages: [coverText('安徽职业技术学院', '高端装备制造')] });
    writeFileSync(join(drop, '安徽职业技术学院.zip'), craftZip([storedEntry(iconv.encode('申报书.pdf', 'gbk'), anhui, 0)]));
    writeFileSync(join(drop, '说明.pdf'), await writeTestPdf({ pages: ['请查收'] }));

    const settle = async (started: IntakeProgress) => {
      let progress = started;
      for (let i = 0; progress.state === 'running' && i < 600; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        progress = await value('intake:progress', { jobId: progress.jobId });
      }
      return progress;
    };
    // The same drop given by path, as the CLI gives it (through the service: the API takes no paths).
    const byPathProfile = openIntakeProfile(join(profile.root, 'by-path'));
    const byPath = await byPathProfile.scan(['申报材料', '安徽职业技术学院.zip', '说明.pdf'].map((p) => join(drop, p)));
    byPathProfile.close();

    const sources = await uploadDrop(drop);
    const uploaded = await settle(await value('intake:scan', { reviewId: review.id, sources }));
    expect(uploaded.state).toBe('done');
    const facts = (p: IntakeProgress) => p.preview!.files.map((f) => [f.sourcePath, f.role, f.sha256, f.size, f.receivedAt.slice(0, 16), f.roleReason]).sort();
    expect(facts(uploaded)).toEqual(facts(byPath));
    expect(facts(uploaded).map((f) => f[0])).toContain('安徽职业技术学院.zip/申报书.pdf');
    expect(uploaded.preview!.applications.map((a) => [a.applicant, a.categoryId]).sort()).toEqual([['安徽职业技术学院', 'high-end-equipment'], ['青岚职业技术学院', 'ai']]);
    // The staged copies are gone once read (the bytes are in the store), and the uploads are used up.
    expect(existsSync(join(profile.root, 'profile', 'intake-staging')) ? readdirSync(join(profile.root, 'profile', 'intake-staging')) : []).toEqual([]);
    expect(await api('intake:scan', { reviewId: review.id, sources: sources.slice(0, 1) })).toMatchObject({ ok: false, error: { code: 'not_found', message: '上传已失效，请重新选择文件' } });

    const committed = await value('intake:commit', { jobId: uploaded.jobId, edits: [] });
    expect(committed.applications.map((a) => a.applicant).sort()).toEqual(['安徽职业技术学院', '青岚职业技术学院']);
  }, 120_000);

  it('refuses an uploaded file whose place in the drop would leave it, and any scan given paths', async () => {
    const { value, api } = profile.api;
    const review = await value('reviews:create', { title: '上传', programId: 'anhui-2026-high-skill-clusters', categories: [{ id: 'ai', quota: 6 }], deadline: '2026-05-25' });
    const { uploadId } = await value('uploads:begin', { fileName: 'a.pdf', size: 1 });
    await value('uploads:append', { uploadId, offset: 0, base64: 'YQ==' });
    for (const relativePath of ['../a.pdf', '/etc/a.pdf', 'x//a.pdf', 'x\\..\\a.pdf']) {
      expect(await api('intake:scan', { reviewId: review.id, sources: [{ uploadId, relativePath }] })).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('路径不合规') } });
    }
    expect(await api('intake:scan', { reviewId: review.id, paths: ['/tmp'], sources: [{ uploadId, relativePath: 'a.pdf' }] })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await api('intake:scan', { reviewId: review.id, paths: ['/tmp'] })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await api('intake:scan', { reviewId: review.id })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
