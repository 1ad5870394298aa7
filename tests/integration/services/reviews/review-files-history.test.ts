// A review's files are more than its current documents: a 补正 keeps the replaced file as history,
// the 汇总表 its rows were read from stays even when given to no application. Backing up, deleting
// and importing must treat every one of them as the review's: restored, removed, or kept for
// another review that still names the same bytes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/services/db/open-database.ts';
import { BlobStore } from '../../../../electron/services/documents/blob-store.ts';
import { setStage } from '../../../../electron/services/reviews/review-repository.ts';
import { deleteReview, deletionOf } from '../../../../electron/services/reviews/delete-review.ts';
import { generateKeyPair } from '../../../../electron/services/crypto/node-crypto.ts';
import { exportReviewBackup } from '../../../../electron/services/reviews/export-review-backup.ts';
import { importReviewBackup } from '../../../../electron/services/reviews/import-review-backup.ts';
import { createReview } from '../../../../electron/services/reviews/reviews-service.ts';
import { createOutputStore } from '../../../../electron/services/transfer/output-store.ts';
import { coverText, writeSummaryFixture, writeTestPdf } from '../../../support/intake-fixtures.ts';
import { anhuiProgramId, openIntakeProfile, type IntakeProfile } from '../../../support/intake-profile.ts';
import { useTempDirs } from '../../../support/temp-dir.ts';

const tempDir = useTempDirs();
const open: IntakeProfile[] = [];
afterEach(() => {
  for (const profile of open.splice(0)) profile.close();
});

let pdfs: { cover: Buffer; scan: Buffer; scan2: Buffer };
beforeAll(async () => {
  pdfs = {
    cover: await writeTestPdf({ pages: [coverText('青岚职业技术学院', '人工智能'), '一、建设基础'] }),
    scan: await writeTestPdf({ scanPages: 2 }),
    scan2: await writeTestPdf({ scanPages: 3 }),
  };
}, 60_000);

/** An applicant's folder: its 申报书 and a stamped scan. */
function applicantFolder(stamped: Buffer, cover: Buffer | null = pdfs.cover): string {
  const folder = join(tempDir(), '青岚职业技术学院');
  mkdirSync(folder);
  if (cover) writeFileSync(join(folder, '申报书.pdf'), cover);
  writeFileSync(join(folder, '申报书盖章版.pdf'), stamped);
  return folder;
}

/** A profile whose review has the applicant imported, then a 补正 replacing its stamped scan. */
async function supplementedProfile(): Promise<{ profile: IntakeProfile; replacedId: string }> {
  const profile = openIntakeProfile(tempDir());
  open.push(profile);
  await profile.importAll([applicantFolder(pdfs.scan)]);
  await profile.importAll([applicantFolder(pdfs.scan2, null)]);
  const replaced = profile.db.prepare('SELECT document_id FROM intake_files WHERE replaced_in IS NOT NULL').get() as { document_id: string };
  return { profile, replacedId: replaced.document_id };
}

const count = (profile: IntakeProfile, sql: string, ...args: unknown[]) => (profile.db.prepare(sql).get(...args) as { n: number }).n;

describe('a review with a 补正: backup and restore', () => {
  it('restores the replaced file with its bytes, and the intake history that names it', async () => {
    const { profile, replacedId } = await supplementedProfile();
    const outputs = createOutputStore(profile.dir);
    const output = await exportReviewBackup(profile.db, profile.store, outputs, profile.reviewId, { ...generateKeyPair(), name: '评审秘书处', organisation: '安徽省教育厅' });

    const targetDir = join(tempDir(), 'profile');
    const db = openDatabase(targetDir);
    try {
      const store = new BlobStore(targetDir);
      const review = await importReviewBackup(db, store, { path: outputs.find(output.id)!.path, fileName: output.fileName }, { accepted: output.fingerprint, ownPublicKey: null });
      expect(review.id).toBe(profile.reviewId);
      const history = db.prepare('SELECT batch, replaced_in, document_id FROM intake_files WHERE file_name = ? ORDER BY batch').all('申报书盖章版.pdf');
      expect(history).toEqual(profile.db.prepare('SELECT batch, replaced_in, document_id FROM intake_files WHERE file_name = ? ORDER BY batch').all('申报书盖章版.pdf'));
      expect(store.has(replacedId)).toBe(true);
    } finally {
      db.close();
    }
  }, 60_000);
});

describe('deleting a review', () => {
  it('removes its replaced files too, rows and bytes, and names them in what it will delete', async () => {
    const { profile, replacedId } = await supplementedProfile();
    // The 申报书, the stamped scan now, and the one it replaced.
    expect(deletionOf(profile.db, profile.reviewId).documents).toBe(3);
    deleteReview(profile.db, profile.store, profile.reviewId, '2026 集群培养计划评审');
    expect(count(profile, 'SELECT count(*) AS n FROM documents')).toBe(0);
    expect(profile.store.has(replacedId)).toBe(false);
  }, 60_000);

  it('keeps a file another review still names only as a replaced 补正 file', async () => {
    const { profile, replacedId } = await supplementedProfile();
    // A second review whose current stamped scan has the bytes the first review's 补正 replaced.
    const other = createReview(profile.db, { title: '另一评审', programId: anhuiProgramId, categories: [{ id: 'ai', quota: 3 }], deadline: '2026-05-25' });
    const started = profile.intake.start(other.id, [applicantFolder(pdfs.scan)]);
    const settled = await profile.intake.settled(started.jobId);
    profile.intake.commit(settled.jobId, []);
    deleteReview(profile.db, profile.store, other.id, '另一评审');
    // The first review's history still names those bytes: row and file stay.
    expect(count(profile, 'SELECT count(*) AS n FROM documents WHERE id = ?', replacedId)).toBe(1);
    expect(profile.store.has(replacedId)).toBe(true);
    expect(profile.db.pragma('foreign_key_check')).toEqual([]);
  }, 60_000);

  it('goes through when the merge recorded a choice between two sheet versions', async () => {
    const { profile } = await supplementedProfile();
    const digest = 'a'.repeat(64);
    profile.db.prepare("INSERT INTO received_sheets VALUES (?, ?, 'e1', 1, 'e1.json', x'00', 'fp', '2026-06-01T00:00:00Z')").run(profile.reviewId, digest);
    profile.db.prepare("INSERT INTO merge_version_choices VALUES (?, 'e1', 1, ?, '专家确认以第 1 版为准', '2026-06-01T00:00:00Z')").run(profile.reviewId, digest);
    deleteReview(profile.db, profile.store, profile.reviewId, '2026 集群培养计划评审');
    for (const table of ['reviews', 'received_sheets', 'merge_version_choices', 'intake_files', 'intake_batches']) expect(count(profile, `SELECT count(*) AS n FROM ${table}`), table).toBe(0);
  }, 60_000);

  it('cannot take bytes from under an open preview: its commit is refused with the reason, nothing stored', async () => {
    const { profile } = await supplementedProfile();
    const other = createReview(profile.db, { title: '另一评审', programId: anhuiProgramId, categories: [{ id: 'ai', quota: 3 }], deadline: '2026-05-25' });
    const started = profile.intake.start(other.id, [applicantFolder(pdfs.scan2)]);
    const settled = await profile.intake.settled(started.jobId);
    // The preview shares the first review's current stamped scan; that review goes while it is open.
    deleteReview(profile.db, profile.store, profile.reviewId, '2026 集群培养计划评审');
    expect(() => profile.intake.commit(settled.jobId, [])).toThrow(/已不在本机文件库中.*请重新扫描/u);
    expect(count(profile, 'SELECT count(*) AS n FROM submissions')).toBe(0);
  }, 60_000);
});

describe('intake commit', () => {
  it('keeps the 汇总表 its rows were read from when the coordinator gives the file to no application', async () => {
    const profile = openIntakeProfile(tempDir());
    open.push(profile);
    const drop = join(tempDir(), 'drop');
    mkdirSync(join(drop, '青岚职业技术学院'), { recursive: true });
    writeFileSync(join(drop, '申报信息汇总表.xlsx'), await writeSummaryFixture([{ school: '青岚职业技术学院', field: '人工智能', type: '省高水平高职学校建设单位', partners: '青岚智能科技有限公司', figures: [4, 12, 9, '85%', 0.3, 3, 3, 2, 1, 1, 5, 800, 3] }]));
    writeFileSync(join(drop, '青岚职业技术学院', '申报书.pdf'), pdfs.cover);
    const { outcome } = await profile.importAll([drop], [{ kind: 'move-file', sourcePath: '申报信息汇总表.xlsx', applicationKey: null }]);
    expect(outcome.applications).toHaveLength(1);
    const row = profile.db.prepare('SELECT document_id FROM intake_summary_rows').get() as { document_id: string };
    expect(count(profile, 'SELECT count(*) AS n FROM documents WHERE id = ?', row.document_id)).toBe(1);
    expect(count(profile, 'SELECT count(*) AS n FROM submission_documents WHERE document_id = ?', row.document_id)).toBe(0);
  }, 60_000);

  it('is refused once expert review has begun (a 补正 would reach no expert, unchecked): an open preview, and a new scan', async () => {
    const profile = openIntakeProfile(tempDir());
    open.push(profile);
    const progress = await profile.scan([applicantFolder(pdfs.scan)]);
    setStage(profile.db, profile.reviewId, 'expert-review');
    expect(() => profile.intake.commit(progress.jobId, [])).toThrow(/处于专家评议阶段，不能导入申报材料/u);
    expect(count(profile, 'SELECT count(*) AS n FROM submissions')).toBe(0);
    expect(() => profile.intake.start(profile.reviewId, [applicantFolder(pdfs.scan)])).toThrow(/处于专家评议阶段，不能导入申报材料/u);
  }, 60_000);
});
