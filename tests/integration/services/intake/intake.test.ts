import Database from 'better-sqlite3';
import iconv from 'iconv-lite';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { databaseFileName } from '../../../../electron/services/db/open-database.ts';
import { intakeFactsOf } from '../../../../electron/services/intake/intake-facts-of-review.ts';
import { runAndKill } from '../../../support/run-and-kill.ts';
import { craftZip, storedEntry, zerosDeflated } from '../../../support/craft-zip.ts';
import { coverText, writeSummaryFixture, writeTestPdf } from '../../../support/intake-fixtures.ts';
import { openIntakeProfile, type IntakeProfile } from '../../../support/intake-profile.ts';
import { useTempDirs } from '../../../support/temp-dir.ts';

const tempDir = useTempDirs();
const gbk = (name: string) => iconv.encode(name, 'gbk');
const open: IntakeProfile[] = [];
afterEach(() => {
  for (const profile of open.splice(0)) profile.close();
});
function profileIn(dir: string): IntakeProfile {
  const profile = openIntakeProfile(dir);
  open.push(profile);
  return profile;
}

let pdfs: { qinglanCover: Buffer; anhuiCover: Buffer; scan: Buffer; scan2: Buffer; evidence: Buffer; note: Buffer; encrypted: Buffer };
beforeAll(async () => {
  pdfs = {
    qinglanCover: await writeTestPdf({ pages: [coverText('青岚职业技术学院', '人工智能'), '一、建设基础\n预期成效：新增专业 4 个'] }),
    anhuiCover: await writeTestPdf({ pages: [coverText('安徽职业技术学院', '高端装备制造', '高端装备集群')] }),
    scan: await writeTestPdf({ scanPages: 2 }),
    scan2: await writeTestPdf({ scanPages: 3 }),
    evidence: await writeTestPdf({ pages: ['专利证书\n证书号 第 123 号'] }),
    note: await writeTestPdf({ pages: ['请查收附件'] }),
    encrypted: await writeTestPdf({ pages: ['机密'] }, { userPassword: 'secret' }),
  };
}, 60_000);

const figures = (employment: string | number, apprenticeship: string | number) => [4, 12, 9, employment, apprenticeship, 3, 3, 2, 1, 1, 5, 800, 3];

/** A mailbox's worth: a 汇总表 of everything, a folder per applicant, a GBK-named zip with a zip inside, a zip-slip zip, a loose file. */
async function writeDrop(root: string): Promise<string> {
  const drop = join(root, 'drop');
  mkdirSync(join(drop, '01-青岚职业技术学院', '佐证材料'), { recursive: true });
  writeFileSync(
    join(drop, '申报信息汇总表.xlsx'),
    await writeSummaryFixture([
      { school: '青岚职业技术学院', field: '人工智能', type: '省高水平高职学校建设单位', partners: '青岚智能科技有限公司、省人工智能学会', figures: figures('85%', 0.3) },
      { school: '安徽职院', field: '高端装备制造', type: '高水平专业群', partners: '某装备集团', figures: figures(90, '３０'), extra: '补充说明' },
    ]),
  );
  writeFileSync(join(drop, '01-青岚职业技术学院', '青岚-申报书.pdf'), pdfs.qinglanCover);
  writeFileSync(join(drop, '01-青岚职业技术学院', '申报书（盖章版）.pdf'), pdfs.scan);
  writeFileSync(join(drop, '01-青岚职业技术学院', '佐证材料', '专利证书.pdf'), pdfs.evidence);
  const inner = craftZip([storedEntry(gbk('合作协议.pdf'), pdfs.evidence, 0)]);
  writeFileSync(join(drop, '安徽职院.zip'), craftZip([storedEntry(gbk('申报书.pdf'), pdfs.anhuiCover, 0), storedEntry(gbk('佐证材料.zip'), inner, 0)]));
  writeFileSync(join(drop, '恶意.zip'), craftZip([storedEntry('../../evil.pdf', pdfs.note)]));
  writeFileSync(join(drop, '说明.pdf'), pdfs.note);
  return drop;
}

describe('intake: reading a drop into a preview', () => {
  it('reads folders, GBK zips, a zip in a zip and the merged-header 汇总表; refuses zip-slip with the rest offered; asks about a loose file', async () => {
    const profile = profileIn(tempDir());
    profile.intake.saveAliases(profile.reviewId, [{ alias: '安徽职院', fullName: '安徽职业技术学院' }]);
    const drop = await writeDrop(tempDir());
    const progress = await profile.scan([drop]);
    expect(progress.state).toBe('done');
    const preview = progress.preview!;

    expect(preview.refused).toEqual([{ path: '恶意.zip', reason: expect.stringContaining('文件夹之外') }]);
    const byPath = new Map(preview.files.map((f) => [f.sourcePath, f]));
    expect([...byPath.keys()].sort()).toEqual(
      ['01-青岚职业技术学院/青岚-申报书.pdf', '01-青岚职业技术学院/申报书（盖章版）.pdf', '01-青岚职业技术学院/佐证材料/专利证书.pdf', '安徽职院.zip/申报书.pdf', '安徽职院.zip/佐证材料.zip/合作协议.pdf', '申报信息汇总表.xlsx', '说明.pdf'].sort(),
    );
    expect(byPath.get('01-青岚职业技术学院/青岚-申报书.pdf')).toMatchObject({ role: 'application', kind: 'pdf', readability: 'ok', pageCount: 2, imageOnlyPages: 0 });
    expect(byPath.get('01-青岚职业技术学院/申报书（盖章版）.pdf')).toMatchObject({ role: 'stamped', pageCount: 2, imageOnlyPages: 2, roleReason: expect.stringContaining('扫描件') });
    expect(byPath.get('01-青岚职业技术学院/佐证材料/专利证书.pdf')?.role).toBe('evidence');
    expect(byPath.get('安徽职院.zip/申报书.pdf')).toMatchObject({ role: 'application', receivedAtSource: 'file-time' });
    expect(byPath.get('申报信息汇总表.xlsx')).toMatchObject({ role: 'summary', kind: 'xlsx' });
    // Hashes are the stored blobs' addresses.
    for (const file of preview.files) expect(profile.store.has(file.sha256)).toBe(true);

    const qinglan = preview.applications.find((a) => a.applicant === '青岚职业技术学院')!;
    const anhui = preview.applications.find((a) => a.applicant === '安徽职业技术学院')!;
    expect(qinglan).toMatchObject({ categoryId: 'ai', existingSubmissionId: null });
    expect(anhui.categoryId).toBe('high-end-equipment');
    expect(preview.applications).toHaveLength(2);
    expect(byPath.get('安徽职院.zip/佐证材料.zip/合作协议.pdf')?.applicationKeys).toEqual([anhui.key]);
    expect(byPath.get('申报信息汇总表.xlsx')?.applicationKeys.sort()).toEqual([qinglan.key, anhui.key].sort());
    expect(byPath.get('说明.pdf')?.applicationKeys).toEqual([]);
    expect(preview.ambiguities).toContainEqual(expect.objectContaining({ kind: 'file-unassigned', subject: '说明.pdf', proposed: expect.stringContaining('不导入') }));
    // Nothing is in the review before the commit.
    expect(profile.db.prepare('SELECT count(*) AS n FROM submissions WHERE review_id = ?').get(profile.reviewId)).toEqual({ n: 0 });
  }, 60_000);

  it('commits in one transaction what the intake learnt, and the formal check reads it back through intakeFactsOf', async () => {
    const profile = profileIn(tempDir());
    profile.intake.saveAliases(profile.reviewId, [{ alias: '安徽职院', fullName: '安徽职业技术学院' }]);
    const drop = await writeDrop(tempDir());
    const { progress, outcome } = await profile.importAll([drop], [{ kind: 'set-role', sourcePath: '01-青岚职业技术学院/佐证材料/专利证书.pdf', role: 'other' }]);
    expect(outcome.applications.map((a) => a.applicant).sort()).toEqual(['安徽职业技术学院', '青岚职业技术学院']);
    expect(outcome.filesLeftOut).toBe(1);

    const facts = intakeFactsOf(profile.db, profile.reviewId);
    const qinglan = facts.find((a) => a.applicant === '青岚职业技术学院')!;
    expect(qinglan).toMatchObject({ categoryId: 'ai', applicantType: 'high-level-college', partners: ['青岚智能科技有限公司', '省人工智能学会'] });
    expect(qinglan.files.map((f) => [f.fileName, f.role]).sort()).toEqual([
      ['专利证书.pdf', 'other'],
      ['申报书（盖章版）.pdf', 'stamped'],
      ['申报信息汇总表.xlsx', 'summary'],
      ['青岚-申报书.pdf', 'application'],
    ].sort());
    const application = qinglan.files.find((f) => f.role === 'application')!;
    expect(application.pageTexts[0]).toContain('牵头单位');
    // The scan's red seal was looked for and found; the 申报书 of text alone has nothing to look at.
    expect(qinglan.files.find((f) => f.role === 'stamped')).toMatchObject({ imageOnlyPages: 2, redSeal: true });
    expect(application.redSeal).toBeNull();
    expect(application.receivedAt).toMatch(/\+08:00$/u);
    const [row] = qinglan.summaryRows;
    expect(row).toMatchObject({ sheetName: '汇总表', rowNumber: 5, contact: '张老师', category: '人工智能' });
    expect(row!.figures).toMatchObject({ majors_new_or_upgraded: 4, employment_match_pct: 85, apprenticeship_coverage_pct: 30, bases_each_type: 1, trainees_per_year: 800 });
    const anhui = facts.find((a) => a.applicant === '安徽职业技术学院')!;
    expect(anhui.summaryRows[0]?.figures).toMatchObject({ employment_match_pct: 90, apprenticeship_coverage_pct: 30 });
    expect(anhui.summaryRows[0]?.unmapped).toEqual({ 备注: '补充说明' });
    expect(anhui.applicantType).toBe('high-level-major-cluster');
    // The committed figures are the submission's, for the experts and the floors.
    const stored = profile.db.prepare('SELECT figures FROM submissions WHERE review_id = ? AND applicant = ?').get(profile.reviewId, '青岚职业技术学院') as { figures: string };
    expect(JSON.parse(stored.figures)).toMatchObject({ employment_match_pct: 85 });
    // The documents are the ones the reader serves, by digest.
    const docs = profile.db.prepare('SELECT role FROM submission_documents WHERE review_id = ? ORDER BY role').all(profile.reviewId) as { role: string }[];
    expect(docs.map((d) => d.role)).toContain('stamped');
    const audit = profile.db.prepare("SELECT detail FROM audit_log WHERE action = 'intake.committed'").get() as { detail: string };
    expect(JSON.parse(audit.detail)).toMatchObject({ batch: 1, refused: 1, filesLeftOut: 1, edits: 1 });
    expect(() => profile.intake.commit(progress.jobId, [])).toThrow(/没有这个导入任务/u);
  }, 60_000);

  it('keeps unreadable files under their applicant with their readability: encrypted, broken, 0-byte, not really a PDF', async () => {
    const profile = profileIn(tempDir());
    const drop = join(tempDir(), '芜湖某职业学院');
    mkdirSync(drop);
    writeFileSync(join(drop, '申报书.pdf'), pdfs.encrypted);
    writeFileSync(join(drop, '佐证材料1.pdf'), Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R\ntrailer garbage', 'latin1'));
    writeFileSync(join(drop, '佐证材料2.pdf'), Buffer.alloc(0));
    writeFileSync(join(drop, '汇总表盖章版.pdf'), Buffer.from('这不是 PDF', 'utf8'));
    const progress = await profile.scan([drop]);
    const [application] = progress.preview!.applications;
    // No 汇总表 and no readable cover: the category is asked, and the coordinator answers.
    expect(progress.preview!.ambiguities).toContainEqual(expect.objectContaining({ kind: 'category-unknown', subject: application!.key }));
    const outcome = profile.intake.commit(progress.jobId, [{ kind: 'set-category', applicationKey: application!.key, categoryId: 'smart-ev' }]);
    expect(outcome.applications).toEqual([expect.objectContaining({ applicant: '芜湖某职业学院', categoryId: 'smart-ev' })]);
    const [facts] = intakeFactsOf(profile.db, profile.reviewId);
    const byName = Object.fromEntries(facts!.files.map((f) => [f.fileName, f]));
    expect(byName['申报书.pdf']).toMatchObject({ readability: 'encrypted', role: 'application', pageCount: null, pageTexts: [] });
    expect(byName['佐证材料1.pdf']).toMatchObject({ readability: 'broken', role: 'evidence' });
    expect(byName['佐证材料2.pdf']).toMatchObject({ readability: 'empty', size: 0, role: 'evidence' });
    expect(byName['汇总表盖章版.pdf']).toMatchObject({ readability: 'wrong-kind', role: 'summary-stamped', kind: '' });
  }, 60_000);
});

describe('intake: one 汇总表 per applicant, made with WPS', () => {
  it('reads each applicant’s own 汇总表 (WPS-written) and gives it to that applicant alone', async () => {
    const profile = profileIn(tempDir());
    const drop = join(tempDir(), '材料');
    for (const [school, field, employment] of [['甲职业技术学院', '人工智能', '0.82'], ['乙职业技术学院', '智能网联新能源汽车', '81%']] as const) {
      mkdirSync(join(drop, school), { recursive: true });
      writeFileSync(join(drop, school, '汇总表.xlsx'), await writeSummaryFixture([{ school, field, type: '', partners: '', figures: figures(employment, 30) }], { wps: true }));
      writeFileSync(join(drop, school, '申报书.pdf'), await writeTestPdf({ pages: [coverText(school, field)] }));
    }
    await profile.importAll([drop]);
    const facts = intakeFactsOf(profile.db, profile.reviewId);
    expect(facts.map((a) => [a.applicant, a.categoryId, a.summaryRows.map((r) => r.figures.employment_match_pct), a.files.filter((f) => f.role === 'summary').map((f) => f.sourcePath)]).sort()).toEqual([
      ['乙职业技术学院', 'smart-ev', [81], ['乙职业技术学院/汇总表.xlsx']],
      ['甲职业技术学院', 'ai', [82], ['甲职业技术学院/汇总表.xlsx']],
    ]);
  }, 60_000);
});

describe('intake: zip bombs and received times', () => {
  it('refuses a zip bomb with its reason and still offers the rest; a zip entry is received at its own time, read as China time', async () => {
    const profile = profileIn(tempDir());
    const root = tempDir();
    const zeros = zerosDeflated(300);
    const bomb = join(root, '炸弹.zip');
    writeFileSync(bomb, craftZip([{ name: '申报书.pdf', data: zeros.data, method: 8, crc32: zeros.crc32, uncompressedSize: zeros.size, flags: 0x800 }]));
    const good = join(root, '青岚职业技术学院.zip');
    writeFileSync(good, craftZip([{ ...storedEntry(gbk('申报书.pdf'), pdfs.qinglanCover, 0), modified: { year: 2026, month: 5, day: 25, hour: 23, minute: 58 } }]));
    const progress = await profile.scan([bomb, good]);
    expect(progress.preview?.refused).toEqual([{ path: '炸弹.zip', reason: expect.stringContaining('压缩炸弹') }]);
    expect(progress.preview?.files).toEqual([
      expect.objectContaining({ sourcePath: '青岚职业技术学院.zip/申报书.pdf', receivedAt: '2026-05-25T23:58:00+08:00', receivedAtSource: 'zip-entry-time', role: 'application' }),
    ]);
  }, 60_000);
});

describe('intake: two dropped paths of one name', () => {
  it('keeps their files apart: the second is shown as 材料 (2)', async () => {
    const profile = profileIn(tempDir());
    const first = join(tempDir(), '材料');
    const second = join(tempDir(), '材料');
    mkdirSync(join(first, '甲职业学院'), { recursive: true });
    mkdirSync(join(second, '甲职业学院'), { recursive: true });
    writeFileSync(join(first, '甲职业学院', '申报书.pdf'), pdfs.note);
    writeFileSync(join(second, '甲职业学院', '申报书.pdf'), pdfs.evidence);
    const preview = (await profile.scan([first, second])).preview!;
    expect(preview.files.map((f) => f.sourcePath)).toEqual(['材料/甲职业学院/申报书.pdf', '材料 (2)/甲职业学院/申报书.pdf']);
    const zipA = join(tempDir(), 'a.zip');
    const zipB = join(tempDir(), 'a.zip');
    writeFileSync(zipA, craftZip([storedEntry('x.pdf', pdfs.note)]));
    writeFileSync(zipB, craftZip([storedEntry('x.pdf', pdfs.evidence)]));
    const zips = (await profile.scan([zipA, zipB])).preview!;
    expect(zips.files.map((f) => f.sourcePath)).toEqual(['a.zip/x.pdf', 'a (2).zip/x.pdf']);
  }, 60_000);
});

describe('intake: 补正, all or nothing, cancel', () => {
  it('a later import for an applicant already present replaces its stamped PDF as a new version, keeping the old one and its bytes', async () => {
    const profile = profileIn(tempDir());
    const first = join(tempDir(), '青岚职业技术学院');
    mkdirSync(first);
    writeFileSync(join(first, '申报书.pdf'), pdfs.qinglanCover);
    writeFileSync(join(first, '申报书盖章版.pdf'), pdfs.scan);
    await profile.importAll([first]);
    const again = join(tempDir(), '青岚职业技术学院');
    mkdirSync(again);
    writeFileSync(join(again, '申报书盖章版.pdf'), pdfs.scan2);
    writeFileSync(join(again, '佐证-获奖证书.pdf'), pdfs.evidence);
    const { progress, outcome } = await profile.importAll([again]);
    expect(progress.preview?.applications[0]?.existingSubmissionId).not.toBeNull();
    expect(outcome.applications).toEqual([expect.objectContaining({ supplement: true, added: 2, replaced: 1 })]);

    const [facts] = intakeFactsOf(profile.db, profile.reviewId);
    expect(facts!.files.map((f) => [f.fileName, f.role, f.pageCount]).sort()).toEqual([
      ['佐证-获奖证书.pdf', 'evidence', 1],
      ['申报书.pdf', 'application', 2],
      ['申报书盖章版.pdf', 'stamped', 3],
    ]);
    const history = profile.db.prepare('SELECT batch, replaced_in, document_id FROM intake_files WHERE file_name = ? ORDER BY batch').all('申报书盖章版.pdf') as { batch: number; replaced_in: number | null; document_id: string }[];
    expect(history.map((h) => [h.batch, h.replaced_in])).toEqual([[1, 2], [2, null]]);
    expect(profile.store.has(history[0]!.document_id)).toBe(true);
    expect(profile.db.prepare('SELECT 1 FROM documents WHERE id = ?').get(history[0]!.document_id)).toBeDefined();
    expect(profile.db.prepare('SELECT count(*) AS n FROM submissions').get()).toEqual({ n: 1 });
    const audit = profile.db.prepare("SELECT detail FROM audit_log WHERE action = 'intake.supplemented'").get() as { detail: string };
    expect(JSON.parse(audit.detail)).toEqual({ batch: 2, added: 2, replaced: 1 });
    // Deleting the review takes its intake with it (batches, files, rows, aliases), in one statement.
    profile.db.prepare('DELETE FROM reviews WHERE id = ?').run(profile.reviewId);
    for (const table of ['intake_batches', 'intake_files', 'intake_summary_rows', 'submissions']) expect(profile.db.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
  }, 60_000);

  it('stores nothing when the commit fails in the middle', async () => {
    const profile = profileIn(tempDir());
    const drop = await writeDrop(tempDir());
    const progress = await profile.scan([drop]);
    // A failure after some rows are written (a full disk, say), raised by the database itself.
    profile.db.exec("CREATE TEMP TRIGGER fail_third AFTER INSERT ON intake_files WHEN (SELECT count(*) FROM intake_files) >= 3 BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END;");
    expect(() => profile.intake.commit(progress.jobId, [])).toThrow(/disk I\/O error/u);
    for (const table of ['submissions', 'submission_documents', 'intake_files', 'intake_summary_rows', 'intake_batches']) {
      expect(profile.db.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
    }
    expect(profile.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action LIKE 'intake.%'").get()).toEqual({ n: 0 });
    expect(profile.db.prepare("SELECT count(*) AS n FROM documents").get()).toEqual({ n: 0 });
  }, 60_000);

  it('reads no path inside the profile folder (its database, signing identity, stored documents) and no relative path', async () => {
    const profile = profileIn(tempDir());
    expect(() => profile.intake.start(profile.reviewId, [join(profile.dir, databaseFileName)])).toThrow(/不能从评审台自身的数据文件夹导入/u);
    expect(() => profile.intake.start(profile.reviewId, [profile.dir])).toThrow(/数据文件夹/u);
    expect(() => profile.intake.start(profile.reviewId, ['drop'])).toThrow(/导入路径须为绝对路径/u);
  });

  it('a cancelled scan stores nothing and cannot be committed', async () => {
    const profile = profileIn(tempDir());
    const drop = await writeDrop(tempDir());
    const started = profile.intake.start(profile.reviewId, [drop]);
    expect(profile.intake.cancel(started.jobId).state).toBe('cancelled');
    const settled = await profile.intake.settled(started.jobId);
    expect(settled).toMatchObject({ state: 'cancelled', preview: null });
    expect(() => profile.intake.commit(started.jobId, [])).toThrow(/没有可提交的预览/u);
    expect(profile.db.prepare('SELECT count(*) AS n FROM intake_batches').get()).toEqual({ n: 0 });
    expect(existsSync(join(profile.dir, 'intake-scratch'))).toBe(false);
  }, 60_000);
});

describe('intake: kill -9 during imports', () => {
  /** Runs the writer and kills it with SIGKILL `afterMs` after it is ready; returns the reviews it acknowledged with their files. */
  async function importAndKill(dataDir: string, drop: string, afterMs: number): Promise<Map<string, number>> {
    const acked = new Map<string, number>();
    for (const line of await runAndKill('intake-writer.ts', [dataDir, drop], afterMs)) {
      const match = /^ack (\S+) (\d+)$/u.exec(line);
      if (match) acked.set(match[1] as string, Number(match[2]));
    }
    return acked;
  }

  it('leaves every review with all of an import or none of it, and every acknowledged import whole', async () => {
    const root = tempDir();
    const drop = join(root, 'drop');
    mkdirSync(join(drop, '青岚职业技术学院'), { recursive: true });
    writeFileSync(join(drop, '青岚职业技术学院', '申报书.pdf'), pdfs.qinglanCover);
    writeFileSync(join(drop, '青岚职业技术学院', '申报书盖章版.pdf'), pdfs.scan);
    writeFileSync(join(drop, '青岚职业技术学院', '证书.pdf'), pdfs.evidence);
    const dataDir = join(root, 'profile');
    let acknowledged = 0;
    for (let round = 0; round < 4; round++) {
      const acked = await importAndKill(dataDir, drop, 800 + Math.floor(Math.random() * 2500));
      acknowledged += acked.size;
      const db = new Database(join(dataDir, databaseFileName));
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const counts = db.prepare("SELECT r.id, (SELECT count(*) FROM intake_files f WHERE f.review_id = r.id) AS files, (SELECT count(*) FROM submissions s WHERE s.review_id = r.id) AS submissions FROM reviews r WHERE r.title = '导入耐久性'").all() as { id: string; files: number; submissions: number }[];
      for (const review of counts) {
        expect([0, 3], review.id).toContain(review.files);
        expect(review.submissions, review.id).toBe(review.files === 0 ? 0 : 1);
      }
      for (const [reviewId, files] of acked) expect(counts.find((c) => c.id === reviewId)?.files).toBe(files);
      db.close();
    }
    expect(acknowledged).toBeGreaterThan(0);
  }, 120_000);
});
