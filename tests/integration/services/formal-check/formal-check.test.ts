// The formal check through the real services: a review made from the 2026 template, applications
// stored as submissions with real files, the intake's facts of them, the check run, a result
// overridden, the 材料审核 conclusions, the stage moving, packages leaving a failed application out,
// the 形式审查结果表 exported and read back, every step in the audit log.
import type { Database } from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrokenAuditEntry } from '../../../../electron/services/db/audit-log.ts';
import { openDatabase } from '../../../../electron/services/db/open-database.ts';
import { writeFormalCheckXlsx } from '../../../../electron/services/formal-check/formal-check-service.ts';
import { FORMAL_CHECK_SHEET } from '../../../../electron/services/exports/formal-check-xlsx.ts';
import { openReviewPackage } from '../../../../electron/services/packages/open-package.ts';
import { nodeCrypto } from '../../../../electron/services/crypto/node-crypto.ts';
import { applicationFacts } from '../../../support/intake-facts-builder.ts';
import { intakeMemory, storeApplication, storedFacts } from '../../../support/stored-applications.ts';
import { useServicesProfile } from '../../../support/services-profile.ts';
import { finishBuild, importBackupAccepting } from '../../../support/trust-api.ts';

const memory = intakeMemory();

const profile = useServicesProfile('pingshen-formal-check-', { intakeFactsOf: storedFacts(memory) });
let db: Database;
let reviewId: string;

const auditActions = () => (db.prepare('SELECT action, detail FROM audit_log WHERE subject = ? ORDER BY seq').all(reviewId) as { action: string; detail: string }[]);

async function buildPackage(): Promise<string[]> {
  const progress = await finishBuild(profile.api, await profile.api.value('packages:build', { reviewId, forExpertId: null }));
  expect(progress).toMatchObject({ state: 'done', error: null });
  const opened = await openReviewPackage({ file: profile.services.findOutput(progress.output!.id)!.path, crypto: nodeCrypto });
  return opened.manifest.submissions.map((s) => s.id);
}

const out = mkdtempSync(join(tmpdir(), 'pingshen-formal-check-out-'));
afterAll(() => {
  db?.close();
  rmSync(out, { recursive: true, force: true });
});

beforeAll(async () => {
  db = openDatabase(join(profile.root, 'profile'));
  const review = await profile.api.value('reviews:create', { title: '2026 人工智能领域评审', programId: 'anhui-2026-high-skill-clusters', categories: [{ id: 'ai', quota: 2 }], deadline: '2026-05-25' });
  reviewId = review.id;
  const target = { db, profileDir: join(profile.root, 'profile'), reviewId, memory };
  await storeApplication(target, { id: 's-good', position: 0, applicant: '青岚职业技术学院', partners: ['青岚智行汽车科技有限公司'] });
  // The stamped 申报书 came the morning after the deadline (its zip entry's time).
  await storeApplication(target, { id: 's-late', position: 1, applicant: '云湖信息职业技术学院', partners: ['云湖数据有限公司'] }, { stamped: { receivedAt: '2026-05-26T08:00:00+08:00', receivedAtSource: 'zip-entry-time' } });
  // The stamped 汇总表 shows no red seal: a warning the coordinator settles.
  await storeApplication(target, { id: 's-seal', position: 2, applicant: '临湾科技职业学院', partners: ['临湾智造股份有限公司'] }, { 'summary-stamped': { redSeal: false } });
}, 60_000);

describe('the formal check of a review of ones own', () => {
  it('starts at 形式审查, shown by reviews:list and reviews:get; nothing is checked yet', async () => {
    expect((await profile.api.value('reviews:get', { reviewId })).stage).toBe('formal-check');
    expect((await profile.api.value('reviews:list', {})).find((r) => r.id === reviewId)?.stage).toBe('formal-check');
    const view = await profile.api.value('formal-check:get', { reviewId });
    expect(view.ranAt).toBeNull();
    expect(view.rules).toHaveLength(10);
    expect(view.applications.map((a) => a.verdict)).toEqual(['unchecked', 'unchecked', 'unchecked']);
    // The demo, under expert review, is not at the formal check.
    expect((await profile.api.value('reviews:get', { reviewId: 'demo-2026-anhui' })).stage).toBe('expert-review');
  });

  it('refuses facts of an application the review does not hold, storing nothing', async () => {
    memory.strangers = [applicationFacts('s-elsewhere', '别处职业学院')];
    const result = await profile.api.api('formal-check:run', { reviewId });
    memory.strangers = [];
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(result.ok ? '' : result.error.message).toContain('s-elsewhere');
    expect((await profile.api.value('formal-check:get', { reviewId })).ranAt).toBeNull();
  });

  it('runs: the late application fails with the file and time, the unsealed one waits, the stage stays', async () => {
    const view = await profile.api.value('formal-check:run', { reviewId });
    expect(view.ranAt).not.toBeNull();
    const [good, late, seal] = view.applications;
    expect(good?.verdict).toBe('pass');
    expect(late?.verdict).toBe('fail');
    const deadline = late?.results.find((r) => r.rule === 'deadline.late');
    expect(deadline).toMatchObject({ result: 'fail', effective: 'fail', override: null });
    expect(deadline?.reason).toContain('「申报书盖章版.pdf」于 2026-05-26 08:00（北京时间）收到（按压缩包内的文件时间）');
    expect(deadline?.evidence[0]?.documentId).toMatch(/^[0-9a-f]{64}$/);
    expect(seal?.verdict).toBe('pending');
    expect(seal?.results.find((r) => r.rule === 'stamp.unverified')).toMatchObject({ result: 'warn' });
    expect(view.counts).toEqual({ pass: 28, fail: 1, warn: 1 });
    expect(view.stage).toBe('formal-check');
    expect(auditActions().filter((a) => a.action === 'formal-check.ran')).toHaveLength(1);
  });

  it('packages leave the failed application out', async () => {
    await profile.api.value('identity:create', { name: '省职教评审秘书处', organisation: '安徽职业技术大学', passphrase: '评审专用口令-2026' });
    await profile.api.value('experts:save', { reviewId, expertId: null, name: '李华', organisation: '合肥工业大学' });
    expect(await buildPackage()).toEqual(['s-good', 's-seal']);
  });

  it('an override needs a reason; with one, the warning is settled, every application is decided and the stage moves to 材料审核', async () => {
    const blank = await profile.api.api('formal-check:override', { reviewId, submissionId: 's-seal', rule: 'stamp.unverified', result: 'pass', reason: '  ' });
    expect(blank).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const view = await profile.api.value('formal-check:override', { reviewId, submissionId: 's-seal', rule: 'stamp.unverified', result: 'pass', reason: '纸质原件已核对，公章清晰' });
    const stamp = view.applications[2]?.results.find((r) => r.rule === 'stamp.unverified');
    // Shown as overridden, never erased: the check's own result and reason stay beside the override.
    expect(stamp).toMatchObject({ result: 'warn', effective: 'pass', override: { result: 'pass', overridden: 'warn', reason: '纸质原件已核对，公章清晰' } });
    expect(stamp?.reason).toContain('未发现红色印章');
    expect(view.applications.map((a) => a.verdict)).toEqual(['pass', 'fail', 'pass']);
    expect(view.stage).toBe('material-review');
    expect((await profile.api.value('reviews:get', { reviewId })).stage).toBe('material-review');
    const actions = auditActions();
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(['review.created', 'formal-check.ran', 'formal-check.overridden', 'review.stage']));
    expect(JSON.parse(actions.find((a) => a.action === 'formal-check.overridden')!.detail)).toMatchObject({ submissionId: 's-seal', rule: 'stamp.unverified', from: 'warn', to: 'pass' });
  });

  it('an overridden failure goes into packages; the history of overrides is kept', async () => {
    await profile.api.value('formal-check:override', { reviewId, submissionId: 's-late', rule: 'deadline.late', result: 'warn', reason: '先标为待定，核对邮件' });
    const view = await profile.api.value('formal-check:override', { reviewId, submissionId: 's-late', rule: 'deadline.late', result: 'pass', reason: '邮件 5 月 25 日 22:40 已到，压缩包时间为重新打包时间' });
    expect(view.applications[1]).toMatchObject({ verdict: 'pass', inPackages: true });
    expect(db.prepare("SELECT result FROM formal_check_overrides WHERE submission_id = 's-late' ORDER BY seq").all()).toEqual([{ result: 'warn' }, { result: 'pass' }]);
    expect(await buildPackage()).toEqual(['s-good', 's-late', 's-seal']);
  });

  it('records 材料审核 conclusions (a reason for 补正 and 不通过); 不通过 leaves packages; all concluded moves to 专家评议', async () => {
    expect(await profile.api.api('formal-check:conclude', { reviewId, submissionId: 's-seal', conclusion: 'reject', reason: '' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    await profile.api.value('formal-check:conclude', { reviewId, submissionId: 's-good', conclusion: 'pass', reason: '' });
    await profile.api.value('formal-check:conclude', { reviewId, submissionId: 's-late', conclusion: 'supplement', reason: '补交合作协议原件' });
    let view = await profile.api.value('formal-check:conclude', { reviewId, submissionId: 's-seal', conclusion: 'reject', reason: '合作企业不符合龙头企业条件' });
    expect(view.applications.map((a) => a.conclusion?.conclusion)).toEqual(['pass', 'supplement', 'reject']);
    expect(view.applications[2]?.inPackages).toBe(false);
    // A 补正 outstanding keeps the review in 材料审核.
    expect(view.stage).toBe('material-review');
    expect(await buildPackage()).toEqual(['s-good', 's-late']);
    view = await profile.api.value('formal-check:conclude', { reviewId, submissionId: 's-late', conclusion: 'pass', reason: '已补交' });
    expect(view.stage).toBe('expert-review');
    expect(auditActions().filter((a) => a.action === 'material-review.concluded')).toHaveLength(4);
  });

  it('once experts review, the check is closed: run, override and conclude are refused', async () => {
    for (const [name, input] of [
      ['formal-check:run', { reviewId }],
      ['formal-check:override', { reviewId, submissionId: 's-good', rule: 'deadline.late', result: 'fail', reason: '复核' }],
      ['formal-check:conclude', { reviewId, submissionId: 's-good', conclusion: 'reject', reason: '复核' }],
    ] as const) {
      const result = await profile.api.api(name, input);
      expect(result, name).toMatchObject({ ok: false, error: { code: 'conflict' } });
      expect(result.ok ? '' : result.error.message).toContain('专家评议阶段');
    }
  });

  it('exports the 形式审查结果表: one row per applicant, a column per rule, overrides and reasons, 宋体, A4 landscape', async () => {
    const file = await profile.api.value('formal-check:export-xlsx', { reviewId });
    expect(file.fileName).toBe(`${reviewId}-形式审查结果表.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(FORMAL_CHECK_SHEET)!;
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1 });
    expect(String(sheet.getCell(1, 1).value)).toBe('2026 人工智能领域评审 形式审查结果表');
    const headers = (sheet.getRow(3).values as unknown[]).slice(1).map(String);
    expect(headers.slice(0, 3)).toEqual(['序号', '领域', '申报单位']);
    expect(headers).toEqual(expect.arrayContaining(['材料齐全', '按时报送', '盖章版', '审查结论', '材料审核结论']));
    const column = (label: string) => headers.indexOf(label) + 1;
    expect([4, 5, 6].map((r) => sheet.getCell(r, 3).value)).toEqual(['青岚职业技术学院', '云湖信息职业技术学院', '临湾科技职业学院']);
    expect(sheet.getCell(5, column('按时报送')).value).toBe('通过（改判，原为不通过）');
    expect(sheet.getCell(6, column('盖章版')).value).toBe('通过（改判，原为提示）');
    expect(sheet.getCell(4, column('按时报送')).value).toBe('通过');
    const notes = String(sheet.getCell(5, headers.length).value);
    expect(notes).toContain('【按时报送】不通过：「申报书盖章版.pdf」于 2026-05-26 08:00');
    expect(notes).toContain('改判为通过');
    expect(notes).toContain('压缩包时间为重新打包时间');
    expect(sheet.getCell(6, column('材料审核结论')).value).toBe('不通过：合作企业不符合龙头企业条件');
    expect(sheet.getCell(5, 3).font?.name).toBe('宋体');
    expect(String(sheet.getCell(8, 1).value)).toContain('审查人（签字）');
    expect(auditActions().some((a) => a.action === 'formal-check.exported')).toBe(true);
  });

  it('writes the 结果表 to a file atomically (no temporary file left), and the audit chain is intact', async () => {
    const target = join(out, '形式审查结果表.xlsx');
    await writeFormalCheckXlsx(db, reviewId, target);
    expect(readdirSync(out)).toEqual(['形式审查结果表.xlsx']);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(target) as unknown as ArrayBuffer);
    expect(workbook.getWorksheet(FORMAL_CHECK_SHEET)?.getCell(4, 3).value).toBe('青岚职业技术学院');
    expect(existsSync(target)).toBe(true);
    expect(findBrokenAuditEntry(db)).toBeNull();
  });

  it('a backup of the review carries the check whole: results, overrides with their history, conclusions, the stage', async () => {
    const before = await profile.api.value('formal-check:get', { reviewId });
    const history = () => db.prepare('SELECT submission_id, rule, result, overridden, reason FROM formal_check_overrides WHERE review_id = ? ORDER BY seq').all(reviewId);
    const overrides = history();
    const output = await profile.api.value('reviews:export-backup', { reviewId });
    const bytes = readFileSync(profile.services.findOutput(output.id)!.path);
    await profile.api.value('reviews:delete', { reviewId, confirmTitle: '2026 人工智能领域评审' });
    expect(history()).toEqual([]);
    expect(await importBackupAccepting(profile.api, output.fileName, bytes)).toMatchObject({ ok: true });
    expect(await profile.api.value('formal-check:get', { reviewId })).toEqual(before);
    expect(history()).toEqual(overrides);
  });
});
