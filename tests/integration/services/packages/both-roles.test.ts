// One computer in both roles: the coordinator enrols, assigns, records a 回避 and builds a package;
// the same profile then opens that package as the expert. Nothing of the coordinator's review may
// be lost, and the expert's sheet must name the package's review so the merge can take it.
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startAppServices } from '../../../../electron/services/app-services.ts';
import { databaseFileName } from '../../../../electron/services/db/open-database.ts';
import { expertCopyId } from '../../../../electron/services/packages/package-place.ts';
import { nodeCrypto } from '../../../../electron/services/crypto/node-crypto.ts';
import { verifySheet } from '../../../../shared/sheets/verify-sheet.ts';
import { rootDir } from '../../../support/corpus.ts';
import { useServicesProfile } from '../../../support/services-profile.ts';
import { apiOf, finishBuild, scoreEverything, uploadBytes } from '../../../support/trust-api.ts';

const reviewId = 'demo-2026-anhui';
const copyId = expertCopyId(reviewId);
const passphrase = '评审专用口令-2026';
const profile = useServicesProfile('pingshen-both-roles-');

async function build(forExpertId: string | null): Promise<{ bytes: Uint8Array; digest: string }> {
  const progress = await finishBuild(profile.api, await profile.api.value('packages:build', { reviewId, forExpertId }));
  expect(progress).toMatchObject({ state: 'done', error: null });
  return { bytes: new Uint8Array(readFileSync(profile.services.findOutput(progress.output!.id)!.path)), digest: progress.output!.digest };
}

/** What the coordinator holds of the review: roster, assignments, conflicts, issued packages, and the scoring in the review itself. */
async function coordinatorState() {
  const roster = await profile.api.value('experts:list', { reviewId });
  const issued = await profile.api.value('packages:issued', { reviewId });
  const review = await profile.api.value('reviews:get', { reviewId });
  const scoring = await profile.api.value('scoring:get', { reviewId, submissionId: review.submissions[0]!.id });
  return { roster, issued, review, scoring };
}


describe('one computer as coordinator and expert', () => {
  let before: Awaited<ReturnType<typeof coordinatorState>>;
  let pkg: { bytes: Uint8Array; digest: string };
  let recused: string;

  it('the coordinator enrols their own key card, assigns, records a 回避 and builds a package', async () => {
    await profile.api.value('identity:create', { name: '王明', organisation: '安徽职业技术大学', passphrase });
    const card = await profile.api.value('identity:key-card', {});
    const info = await profile.api.value('keycards:inspect', { text: card.text });
    await profile.api.value('experts:enroll', { reviewId, expertId: null, text: card.text, fingerprint: info.fingerprint });
    await profile.api.value('experts:save', { reviewId, expertId: null, name: '李华', organisation: '合肥工业大学' });
    const review = await profile.api.value('reviews:get', { reviewId });
    recused = review.submissions[1]!.id;
    await profile.api.value('experts:conflict', { reviewId, expertId: 'expert-1', submissionId: recused, reason: '本人曾在该校任教' });
    // The demo's own scoring (the coordinator tried the expert's screen first) must survive too.
    await profile.api.value('scoring:edit', { reviewId, submissionId: review.submissions[0]!.id, edit: { kind: 'overall-comment', comment: '演示中的评语' } });
    pkg = await build(null);
    before = await coordinatorState();
    expect(before.roster).toHaveLength(2);
    expect(before.issued).toHaveLength(1);
  });

  it('opening the package says the expert copy is kept apart, and nothing is replaced', async () => {
    const uploadId = await uploadBytes(profile.api, 'full.pingshen-pkg', pkg.bytes);
    const preview = await profile.api.value('packages:open', { uploadId });
    expect(preview).toMatchObject({ digest: pkg.digest, keptApart: true, replacesDemo: false, demoWork: null, alreadyImported: false });
    expect(preview.experts.find((x) => x.id === 'expert-1')).toMatchObject({ isThisComputer: true });
    expect(await profile.api.value('packages:import', { uploadId, expertId: 'expert-1', replaceDemo: false })).toEqual({ reviewId: copyId, alreadyImported: false });
  });

  it('the roster, assignments, 回避 records, issued packages and the demo scoring are intact', async () => {
    expect(await coordinatorState()).toEqual(before);
    const reviews = await profile.api.value('reviews:list', {});
    expect(reviews.map((r) => r.id).sort()).toEqual([reviewId, copyId].sort());
    expect(reviews.find((r) => r.id === copyId)).toMatchObject({ isDemo: false, title: expect.stringContaining('专家评分副本') });
  });

  it("the expert's copy carries the coordinator-known 回避, and its sheet names the package's review and verifies", async () => {
    expect((await profile.api.value('scoring:get', { reviewId: copyId, submissionId: recused })).conflict?.reason).toBe('本人曾在该校任教');
    await scoreEverything(profile.api, copyId);
    const status = await profile.api.value('sheets:sign', { reviewId: copyId });
    expect(status).toMatchObject({ signer: { id: 'expert-1' }, packageDigest: pkg.digest, locked: true });
    const file = await profile.api.value('sheets:export', { reviewId: copyId, version: 1 });
    expect(file.fileName).toBe(`${reviewId}-expert-1-v1.pingshen-sheet.json`);
    const roster = await profile.api.value('experts:list', { reviewId });
    const result = verifySheet({
      bytes: new Uint8Array(Buffer.from(file.base64, 'base64')),
      crypto: nodeCrypto,
      context: { enrolledKeys: new Map(roster.flatMap((x) => (x.publicKey ? [[x.id, x.publicKey] as const] : []))), reviewId, packageDigest: pkg.digest },
    });
    expect(result).toMatchObject({ ok: true });
    if (result.ok) expect(result.sheet.reviewId).toBe(reviewId);
    // Signing the expert's copy locks that copy only: the coordinator's review is still editable.
    expect(await profile.api.api('scoring:edit', { reviewId, submissionId: before.review.submissions[0]!.id, edit: { kind: 'overall-comment', comment: '仍可修改' } })).toMatchObject({ ok: true });
  });

  it('the coordinator merges the sheet signed in the expert copy: stored once, on the board, in the ranking; a tampered copy refused and not kept', async () => {
    const file = await profile.api.value('sheets:export', { reviewId: copyId, version: 1 });
    const empty = await profile.api.value('merge:get', { reviewId });
    expect(empty.report.counted).toEqual([]);
    expect(empty.board.find((row) => row.expertId === 'expert-1')!.cells.map((c) => c.state)).toContain('missing');
    const received = await profile.api.value('merge:receive', { reviewId, files: [{ fileName: file.fileName, base64: file.base64 }] });
    expect(received.lastDrop).toEqual({ stored: 1, held: 0, unchanged: 0, refused: [] });
    // The first sheet taken in: the review moves from 专家评议 to 汇总 (audited).
    expect((await profile.api.value('reviews:get', { reviewId })).stage).toBe('summary');
    expect(received.report.counted).toEqual([expect.objectContaining({ expertId: 'expert-1', version: 1, firstSight: false })]);
    const row = received.board.find((r) => r.expertId === 'expert-1')!;
    expect(row.cells.every((c) => c.state === 'received' || c.state === 'recused' || c.state === 'none')).toBe(true);
    expect(row.cells.some((c) => c.state === 'received' && c.version === 1)).toBe(true);
    // Expert 2 (no key, no sheet) is still out.
    expect(received.board.find((r) => r.expertId === 'expert-2')!.cells.some((c) => c.state === 'missing')).toBe(true);
    const ranked = received.report.categories.flatMap((c) => c.ranking).filter((a) => a.experts.length > 0);
    expect(ranked.length).toBeGreaterThan(0);
    expect(received.report.categories.flatMap((c) => c.ranking).find((a) => a.submissionId === recused)!.recused).toEqual([{ expertId: 'expert-1', name: '王明', reason: '本人曾在该校任教' }]);

    const bytes = Buffer.from(file.base64, 'base64').toString('utf8');
    const tampered = Buffer.from(bytes.replace(/"score":(\d+)/, (_m, n: string) => `"score":${String(Number(n) + 1)}`)).toString('base64');
    const again = await profile.api.value('merge:receive', { reviewId, files: [{ fileName: file.fileName, base64: file.base64 }, { fileName: '改过的.pingshen-sheet.json', base64: tampered }] });
    expect(again.lastDrop).toEqual({ stored: 0, held: 0, unchanged: 1, refused: [{ file: '改过的.pingshen-sheet.json', reason: expect.stringContaining('签名无效'), why: { key: 'sheet-refusals.bad-signature', params: {} }, fingerprint: null }] });
    expect(again.report.counted).toHaveLength(1);
    expect(again.report).toEqual({ ...received.report });
    // A sheet of another review says so plainly, and the review must exist.
    expect(await profile.api.api('merge:get', { reviewId: 'no-such-review' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('the coordinator records decisions: the ranking\'s suggestion needs no reason, a departure does, and each is audited', async () => {
    const view = await profile.api.value('merge:get', { reviewId });
    const category = view.report.categories.find((c) => c.ranking.some((a) => a.standing === 'within-quota'))!;
    const first = category.ranking.find((a) => a.standing === 'within-quota')!;
    const decided = await profile.api.value('merge:decide', { reviewId, submissionId: first.submissionId, decision: 'recommend', reason: '' });
    expect(decided.decisions).toEqual([expect.objectContaining({ submissionId: first.submissionId, decision: 'recommend', reason: '' })]);
    const refused = await profile.api.api('merge:decide', { reviewId, submissionId: first.submissionId, decision: 'reject', reason: '  ' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('请填写理由') } });
    const changed = await profile.api.value('merge:decide', { reviewId, submissionId: first.submissionId, decision: 'reject', reason: '佐证材料与申报书不一致' });
    expect(changed.decisions[0]).toMatchObject({ decision: 'reject', reason: '佐证材料与申报书不一致' });
    const cleared = await profile.api.value('merge:decide', { reviewId, submissionId: first.submissionId, decision: null, reason: '' });
    expect(cleared.decisions).toEqual([]);
    const db = new Database(join(profile.root, 'profile', databaseFileName), { readonly: true });
    const audited = db.prepare("SELECT detail FROM audit_log WHERE action = 'merge.decided' ORDER BY seq").all() as { detail: string }[];
    db.close();
    expect(audited.map((a) => (JSON.parse(a.detail) as { decision: string | null }).decision)).toEqual(['recommend', 'reject', null]);
  });

  it('a category\'s list is final only when decided, within the quota; then its decisions are locked until reopened', async () => {
    const view = await profile.api.value('merge:get', { reviewId });
    // One expert, equal totals everywhere: every application of a category ties across the quota line.
    const category = view.report.categories.find((c) => c.ranking.length >= 2 && c.ranking.every((a) => a.standing === 'tie-at-quota-line'))!;
    const [a, b] = category.ranking;
    const finalize = (final: boolean) => profile.api.api('merge:finalize', { reviewId, categoryId: category.id, final });
    expect(await finalize(true)).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('在名额线上并列') } });
    for (const app of category.ranking) await profile.api.value('merge:decide', { reviewId, submissionId: app.submissionId, decision: 'recommend', reason: '并列' });
    // Every one recommended is more than the quota allows: refused, and nothing recorded by the attempt.
    expect(await finalize(true)).toMatchObject({ ok: false, error: { message: expect.stringContaining('超过推荐名额') } });
    await profile.api.value('merge:decide', { reviewId, submissionId: b!.submissionId, decision: 'reserve', reason: '并列，按佐证材料决定' });
    for (const other of category.ranking.slice(2)) await profile.api.value('merge:decide', { reviewId, submissionId: other.submissionId, decision: 'reserve', reason: '并列' });
    const final = await profile.api.value('merge:finalize', { reviewId, categoryId: category.id, final: true });
    expect(final.finals.map((f) => f.categoryId)).toEqual([category.id]);
    expect(await profile.api.api('merge:decide', { reviewId, submissionId: a!.submissionId, decision: 'reject', reason: '改' })).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('已确定') } });
    const reopened = await profile.api.value('merge:finalize', { reviewId, categoryId: category.id, final: false });
    expect(reopened.finals).toEqual([]);
    expect(await profile.api.api('merge:decide', { reviewId, submissionId: a!.submissionId, decision: 'reject', reason: '改' })).toMatchObject({ ok: true });
  });

  it('signs the result once every list is final; pingshen verify-result checks it and refuses a changed one', async () => {
    expect(await profile.api.api('merge:sign-result', { reviewId })).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('未确定') } });
    const view = await profile.api.value('merge:get', { reviewId });
    for (const category of view.report.categories) {
      for (const [i, app] of category.ranking.entries()) {
        if (app.standing === 'tie-at-quota-line') await profile.api.value('merge:decide', { reviewId, submissionId: app.submissionId, decision: i === 0 ? 'recommend' : 'reserve', reason: '并列，按佐证材料决定' });
      }
      await profile.api.value('merge:finalize', { reviewId, categoryId: category.id, final: true });
    }
    const file = await profile.api.value('merge:sign-result', { reviewId });
    expect(file.fileName).toBe(`${reviewId}.pingshen-result.json`);
    // Signed: 完成; a list reopened sends it back to 汇总 until it is signed again.
    expect((await profile.api.value('reviews:get', { reviewId })).stage).toBe('done');
    const first = view.report.categories[0]!;
    await profile.api.value('merge:finalize', { reviewId, categoryId: first.id, final: false });
    expect((await profile.api.value('reviews:get', { reviewId })).stage).toBe('summary');
    await profile.api.value('merge:finalize', { reviewId, categoryId: first.id, final: true });
    const path = join(profile.root, file.fileName);
    writeFileSync(path, Buffer.from(file.base64, 'base64'));
    const cli = (...args: string[]) => spawnSync(process.execPath, [join(rootDir, 'bin', 'pingshen.mjs'), 'verify-result', ...args], { encoding: 'utf8' });
    const ok = cli(path);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain(`结果摘要 ${file.digest}`);
    expect(ok.stdout).toContain((await profile.api.value('identity:get', {})).fingerprint!);
    const json = JSON.parse(cli('--json', path).stdout) as { ok: boolean; result: { sheets: { digest: string }[]; categories: { applications: { decision: string }[] }[] } };
    expect(json.result.sheets.map((s) => s.digest)).toEqual(view.report.counted.map((c) => c.digest));
    expect(json.result.categories.flatMap((c) => c.applications.map((a) => a.decision))).toContain('recommend');
    const changed = join(profile.root, 'changed.pingshen-result.json');
    writeFileSync(changed, readFileSync(path, 'utf8').replace('"decision":"reserve"', '"decision":"recommend"'));
    expect(cli(changed)).toMatchObject({ status: 1, stdout: expect.stringContaining('签名无效') });
  });

  it('exports the results workbook: the signed result\'s digest in 签名与校验, the decisions in 推荐名单; one file per category on request', async () => {
    const signed = await profile.api.value('merge:sign-result', { reviewId });
    const whole = await profile.api.value('merge:export-xlsx', { reviewId });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(whole.base64, 'base64') as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['专家评分汇总表', '推荐名单', '评分明细', '签名与校验']);
    const text = (name: string) => (workbook.getWorksheet(name)!.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.join(' ')).join('\n');
    expect(text('签名与校验')).toContain(signed.digest);
    expect(text('推荐名单')).not.toContain('（建议');
    const view = await profile.api.value('merge:get', { reviewId });
    const category = view.report.categories[0]!;
    const one = await profile.api.value('merge:export-xlsx', { reviewId, categoryId: category.id });
    expect(one.fileName).toContain(category.name);
    const single = new ExcelJS.Workbook();
    await single.xlsx.load(Buffer.from(one.base64, 'base64') as unknown as ArrayBuffer);
    const applicants = (single.getWorksheet('专家评分汇总表')!.getSheetValues() as unknown[][]).slice(4).filter(Boolean).map((r) => r[3]);
    expect(applicants).toEqual(category.ranking.map((a) => a.applicant));
    expect(await profile.api.api('merge:export-xlsx', { reviewId, categoryId: 'no-such-category' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    // The printed pages' data: the same export, through exports:get.
    const results = await profile.api.value('exports:get', { reviewId });
    expect(results.result?.digest).toBe(signed.digest);
    expect(results.sheets.map((s) => s.digest)).toEqual(view.report.counted.map((c) => c.digest));
    expect(results.sheets[0]!.submissions[0]!.scores[0]!.comment).not.toBe('');
    expect((await profile.api.value('exports:get', { reviewId, categoryId: category.id })).report.categories.map((c) => c.id)).toEqual([category.id]);
  });

  it('opening the same package again finds the copy and changes nothing', async () => {
    const uploadId = await uploadBytes(profile.api, 'again.pingshen-pkg', pkg.bytes);
    expect(await profile.api.value('packages:open', { uploadId })).toMatchObject({ alreadyImported: true, keptApart: true, replacesDemo: false });
    expect(await profile.api.value('packages:import', { uploadId, expertId: 'expert-1', replaceDemo: false })).toEqual({ reviewId: copyId, alreadyImported: true });
    expect(await profile.api.value('experts:list', { reviewId })).toEqual(before.roster);
  });

  it('a second, different package of the same review is refused with the reason and no change', async () => {
    const other = await build('expert-2');
    const uploadId = await uploadBytes(profile.api, 'other.pingshen-pkg', other.bytes);
    const refused = await profile.api.api('packages:open', { uploadId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('另一个评审包') } });
    expect((await profile.api.value('reviews:list', {})).map((r) => r.id).sort()).toEqual([reviewId, copyId].sort());
  });
});

describe('replacing a demo that holds only expert work', () => {
  it('lists exactly what will be deleted: scores, comments, evidence, 回避 and sheets', async () => {
    const coordinatorDir = join(profile.root, 'coordinator');
    const coordinator = await startAppServices({ dataDir: coordinatorDir, transport: 'http' });
    const expert = await startAppServices({ dataDir: join(profile.root, 'expert'), transport: 'http' });
    try {
      const c = apiOf(coordinator);
      const e = apiOf(expert);
      await c.value('identity:create', { name: '省职教评审秘书处', organisation: '', passphrase });
      await c.value('experts:save', { reviewId, expertId: null, name: '李华', organisation: '合肥工业大学' });
      const progress = await finishBuild(c, await c.value('packages:build', { reviewId, forExpertId: null }));
      const bytes = new Uint8Array(readFileSync(coordinator.findOutput(progress.output!.id)!.path));
      const review = await e.value('reviews:get', { reviewId });
      const [first, second] = review.submissions;
      const program = await e.value('scoring:program', { reviewId });
      const { rubricId } = await e.value('scoring:get', { reviewId, submissionId: first!.id });
      const rubric = program.rubrics.find((r) => r.id === rubricId)!;
      const criterion = rubric.sections[0]!.criteria[0]!;
      const edit = (edit: unknown) => e.value('scoring:edit', { reviewId, submissionId: first!.id, edit });
      await edit({ kind: 'score', criterionId: criterion.id, score: criterion.maxPoints });
      await edit({ kind: 'comment', criterionId: criterion.id, comment: '很好' });
      await edit({ kind: 'overall-comment', comment: '总体不错' });
      await e.value('scoring:conflict', { reviewId, submissionId: second!.id, reason: '同单位' });
      const uploadId = await uploadBytes(e, 'pkg.pingshen-pkg', bytes);
      const preview = await e.value('packages:open', { uploadId });
      expect(preview).toMatchObject({ keptApart: false, replacesDemo: true, demoWork: { scores: 1, comments: 2, evidence: 0, conflicts: 1, sheets: 0 } });
    } finally {
      coordinator.close();
      expert.close();
    }
  });
});
