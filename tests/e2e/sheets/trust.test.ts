// Two computers in Chromium: a coordinator enrols an expert from the key card, builds a signed package
// of the demo review; the expert opens it, scores in the workspace, signs; the exported sheet verifies
// with the CLI, and the printed sheet (A4 PDF) shows its Chinese text.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Program } from '../../../shared/domain/program.ts';
import { artifactsDir, useAppUnderTest } from '../../support/app-under-test.ts';
import { rootDir } from '../../support/corpus.ts';
import { readPdf } from '../../support/read-pdf.ts';
import { apiOf } from '../../support/trust-api.ts';
import { signSheet } from '../../../electron/services/sheets/sign-sheet.ts';
import type { ScoreSheet } from '../../../shared/sheets/sheet-schema.ts';
import { testKeys } from '../../support/sheet-fixture.ts';

const reviewId = 'demo-2026-anhui';
const passphrase = '评审口令 2026 安全';
const coordinator = useAppUnderTest({ prefix: 'e2e-trust-coordinator' });
// The expert's computer is a fresh install: it has the built-in demo, which the package replaces.
const expert = useAppUnderTest({ prefix: 'e2e-trust-expert' });
/** Where the two computers' downloads and the files handed between them go. */
let root: string;
let coordinatorPage: Page;
let expertPage: Page;
let expertFingerprint: string;
let sheetFile: string;
let secondFile: string;

/** Saves the download a click starts. */
async function download(page: Page, click: () => Promise<void>, to: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = join(root, to === '' ? file.suggestedFilename() : to);
  await file.saveAs(path);
  return path;
}

/** Answers the file chooser a click opens. */
async function choose(page: Page, click: () => Promise<void>, path: string | string[]): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click()]);
  await chooser.setFiles(path);
}

async function createIdentity(page: Page, name: string, organisation: string): Promise<string> {
  await page.getByTestId('nav-identity').click();
  await page.getByTestId('identity-name').fill(name);
  await page.getByTestId('identity-organisation').fill(organisation);
  await page.getByTestId('identity-passphrase').fill(passphrase);
  await page.getByTestId('identity-confirm').fill(passphrase);
  await page.getByTestId('identity-create').click();
  return (await page.getByTestId('my-fingerprint').textContent()) ?? '';
}

/** Scores one application in the rubric pane: 80 % on every criterion (no comment rule fires), comments where always required, every check met. */
async function scoreInWorkspace(pane: Locator, program: Program): Promise<void> {
  const rubric = program.rubrics[0]!;
  const criteria = rubric.sections.flatMap((s) => s.criteria);
  await pane.getByRole('spinbutton', { name: `「${criteria[0]!.title}」得分` }).click();
  for (const c of criteria) {
    await pane.page().keyboard.type(String(c.maxPoints * 0.8));
    await pane.page().keyboard.press('Enter');
  }
  for (const c of criteria.filter((x) => x.commentRule.kind === 'always')) {
    const comment = pane.getByTestId(`comment-${c.id}`);
    await comment.fill(`「${c.title}」佐证充分，符合要求。`);
    await comment.blur();
  }
  for (const radio of await pane.getByText('达标', { exact: true }).all()) await radio.click();
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'pingshen-e2e-trust-files-'));
  coordinatorPage = await coordinator.open();
  expertPage = await expert.open();
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('trust: package out, signed score sheet back', () => {
  it('the expert creates an identity and hands over a key card; the coordinator enrols it after comparing the fingerprint', async () => {
    await expertPage.getByTestId('role-expert').click();
    expertFingerprint = await createIdentity(expertPage, '王明', '安徽职业技术大学');
    expect(expertFingerprint).toMatch(/^([0-9a-f]{4} ){7}[0-9a-f]{4}$/);
    const card = await download(expertPage, () => expertPage.getByTestId('download-key-card').click(), '');
    expect(card).toMatch(/keycard-[0-9a-f]{8}\.pingshen-keycard\.json$/);

    await coordinatorPage.getByTestId('role-coordinator').click();
    await createIdentity(coordinatorPage, '省职教评审秘书处', '');
    await coordinatorPage.locator('.ps-brand').click();
    await coordinatorPage.getByTestId(`open-${reviewId}`).click();
    await coordinatorPage.getByTestId('nav-experts').click();
    await choose(coordinatorPage, () => coordinatorPage.getByTestId('enroll-from-card').click(), card);
    expect(await coordinatorPage.getByTestId('card-fingerprint').textContent()).toBe(expertFingerprint);
    await coordinatorPage.getByTestId('confirm-key').click();
    await coordinatorPage.getByTestId('expert-expert-1').waitFor();
    expect(await coordinatorPage.getByTestId('experts-screen').textContent()).toContain(expertFingerprint);
    expect(await coordinatorPage.getByTestId('build-package').isEnabled()).toBe(true);
    await coordinatorPage.waitForTimeout(400); // let antd's colour transitions settle for the screenshot
    await coordinatorPage.screenshot({ path: join(artifactsDir, 'experts.png') });
  });

  it('the coordinator builds a signed package for the expert, with progress, and saves it', async () => {
    await coordinatorPage.getByTestId('build-for-expert-1').click();
    await coordinatorPage.getByTestId('package-built').waitFor({ timeout: 60_000 });
    await coordinatorPage.screenshot({ path: join(artifactsDir, 'package-built.png') });
    const file = await download(coordinatorPage, () => coordinatorPage.getByTestId('save-package').click(), 'received.pingshen-pkg');
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
    expect(coordinator.pageErrors).toEqual([]);
  });

  it('the coordinator sees each expert\'s fields, is warned of the expert\'s own organisation, and of a package for an expert with no key', async () => {
    await coordinatorPage.locator('.ant-modal-footer').getByRole('button', { name: /^关\s?闭$/ }).click();
    await expect.poll(() => coordinatorPage.getByTestId('package-built').count()).toBe(0);
    await coordinatorPage.getByTestId('add-expert').click();
    await coordinatorPage.getByTestId('expert-form-name').fill('李华');
    await coordinatorPage.getByTestId('expert-form-organisation').fill('临湾科技职业学院');
    await coordinatorPage.getByTestId('expert-form-ok').click();
    await coordinatorPage.getByTestId('expert-expert-2').waitFor();
    expect(await coordinatorPage.getByTestId('fields-expert-2').textContent()).toContain('人工智能 2');
    expect(await coordinatorPage.getByTestId('overlaps-expert-2').textContent()).toBe('1 项同单位');
    expect(await coordinatorPage.getByTestId('overlaps-expert-1').count()).toBe(0);
    const row = coordinatorPage.locator('tr').filter({ has: coordinatorPage.getByTestId('expert-expert-2') });
    await row.getByRole('button', { name: '分配' }).click();
    await coordinatorPage.getByTestId('same-organisation-ai-02').waitFor();
    expect(await coordinatorPage.getByTestId('same-organisation-ai-01').count()).toBe(0);
    await coordinatorPage.waitForTimeout(400); // the modal's opening animation, for the screenshot
    await coordinatorPage.screenshot({ path: join(artifactsDir, 'experts-assignment.png') });
    await coordinatorPage.locator('.ant-modal-footer').getByRole('button', { name: /^关\s?闭$/ }).click();
    await coordinatorPage.getByTestId('build-for-expert-2').click();
    expect(await coordinatorPage.getByTestId('unenrolled-warning').textContent()).toContain('李华');
    await coordinatorPage.getByRole('button', { name: /取\s?消/ }).click();
    await expect.poll(() => coordinatorPage.getByTestId('unenrolled-warning').count()).toBe(0);
    expect(await coordinatorPage.getByTestId('package-progress').count()).toBe(0);
    expect(coordinator.pageErrors).toEqual([]);
  });

  it('the expert opens the package (every check passes), picks the name, and the review replaces the demo', async () => {
    await expertPage.locator('.ps-brand').click();
    await choose(expertPage, () => expertPage.getByTestId('open-package').click(), join(root, 'received.pingshen-pkg'));
    await expertPage.getByTestId('package-preview').waitFor();
    expect(await expertPage.getByTestId('roster-expert-1').textContent()).toContain('本机公钥');
    // The dialog says what replacing deletes: a fresh install's demo holds none of the expert's work.
    expect(await expertPage.getByTestId('demo-work').textContent()).toContain('替换不会删除您的工作');
    await expertPage.getByTestId('replace-demo').click();
    await expertPage.screenshot({ path: join(artifactsDir, 'package-open.png') });
    await expertPage.getByTestId('import-package').click();
    await expertPage.getByText('已导入').waitFor();
    // The demo tag is gone: the review now comes from the package.
    await expect.poll(() => expertPage.getByTestId(`review-demo-tag-${reviewId}`).count()).toBe(0);
  });

  it('scores every application in the workspace, signs after the consistency review, and scoring locks', async () => {
    // Every application by keyboard in the workspace, as an expert does (about 8 s each headless).
    const { value } = apiOf(expert.services);
    const program = await value('scoring:program', { reviewId });
    const review = await value('reviews:get', { reviewId });
    await expertPage.getByTestId(`open-${reviewId}`).click();
    const pane = expertPage.getByTestId('rubric-pane');
    for (const submission of review.submissions) {
      await expertPage.getByTestId(`submission-${submission.id}`).click();
      await expect.poll(() => pane.getByTestId('live-total').textContent()).toContain('/');
      await scoreInWorkspace(pane, program);
      await expect.poll(async () => (await value('scoring:overview', { reviewId })).find((r) => r.submissionId === submission.id)?.status).toBe('complete');
    }
    await expertPage.getByTestId('consistency-button').click();
    await expertPage.getByTestId('ready-to-sign').waitFor();
    await expertPage.getByTestId('sign-sheet').click();
    // Signing asks once, saying what is signed: every application with its total.
    const confirm = expertPage.getByTestId('sign-confirm-content');
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain(`将签名 ${String(review.submissions.length)} 份申报的评分`);
    for (const submission of review.submissions) expect(await confirm.textContent()).toContain(submission.applicant);
    await expertPage.getByTestId('sign-confirm').click();
    // The passphrase was entered when the identity was created; this session's key is still open.
    await expertPage.getByTestId('sheet-locked').waitFor();
    // The "can sign" banner gives way to the signed state.
    await expertPage.getByTestId('signed-state').waitFor();
    expect(await expertPage.getByTestId('ready-to-sign').count()).toBe(0);
    await expertPage.screenshot({ path: join(artifactsDir, 'signed.png'), fullPage: true });
    sheetFile = await download(expertPage, () => expertPage.getByTestId('export-v1').click(), '');
    expect(sheetFile).toMatch(/demo-2026-anhui-expert-1-v1\.pingshen-sheet\.json$/);
    const edit = await apiOf(expert.services).api('scoring:edit', { reviewId, submissionId: review.submissions[0]!.id, edit: { kind: 'overall-comment', comment: '再改' } });
    expect(edit).toMatchObject({ ok: false, error: { message: expect.stringContaining('已签名，评分已锁定') } });

    // Back in the workspace every input is disabled, and the reason is shown once.
    await expertPage.getByRole('button', { name: /返\s*回/ }).click();
    await expertPage.getByTestId('workspace-locked').getByText('已签名第 1 版，评分已锁定').waitFor();
    expect(await pane.getByTestId('workspace-locked').count()).toBe(1);
    const criteria = program.rubrics[0]!.sections.flatMap((s) => s.criteria);
    expect(await pane.getByRole('spinbutton', { name: `「${criteria[0]!.title}」得分` }).isDisabled()).toBe(true);
    expect(await pane.getByTestId(`comment-${criteria[0]!.id}`).isDisabled()).toBe(true);
    expect(await pane.getByTestId('conflict-button').isDisabled()).toBe(true);
    expect(await pane.getByTestId(`cite-${criteria[0]!.id}`).count()).toBe(0);
    const before = await expertPage.getByTestId(`submission-${review.submissions[0]!.id}`).textContent();
    await pane.getByTestId('live-total').click();
    await expertPage.keyboard.press('Control+z');
    expect(await expertPage.getByTestId(`submission-${review.submissions[0]!.id}`).textContent()).toBe(before);
    await expertPage.screenshot({ path: join(artifactsDir, 'workspace-signed.png') });
    await expertPage.getByTestId('consistency-button').click();
    await expertPage.getByTestId('sheet-locked').waitFor();
  }, 300_000);

  it('the exported file verifies with the command-line tool', () => {
    const out = execFileSync(process.execPath, [join(rootDir, 'bin', 'pingshen.mjs'), 'verify', sheetFile], { encoding: 'utf8' });
    expect(out).toContain('OK');
    expect(out).toContain('专家 王明, 第 1 版');
    expect(out).toContain(expertFingerprint);
  });

  it('prints the score sheet on A4 with the Chinese text, digests and a line to sign', async () => {
    await expertPage.getByTestId('print-v1').click();
    await expertPage.getByTestId('sheet-document').waitFor();
    const pdfPath = join(artifactsDir, 'score-sheet.pdf');
    await expertPage.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });
    const pdf = await readPdf(new Uint8Array(readFileSync(pdfPath)));
    expect(pdf.numPages).toBeGreaterThan(1);
    const all = pdf.pages.join('');
    // pdf.js reads some CJK glyphs of Noto back as radicals (⽇ for 日, ⻚ for 页, ⻘ for 青): NFKC folds only the Kangxi ones.
    const text = all.normalize('NFKC');
    for (const expected of ['专家评分表', '王明', '评分汇总', '专家签名', '日期', '云湖信息职业技术学院']) expect(text).toContain(expected);
    expect(text).toMatch(new RegExp(`第 1 \\S / 共 ${String(pdf.numPages)} \\S`));
    expect(all).toContain(expertFingerprint);
    // The sheet digest (SHA-256 of the exported file without its final newline) and the package digest, for checking by hand.
    const sheetDigest = createHash('sha256').update(readFileSync(sheetFile).subarray(0, -1)).digest('hex');
    const { packageDigest } = await apiOf(expert.services).value('sheets:status', { reviewId });
    expect(all).toContain(sheetDigest);
    expect(all).toContain(packageDigest ?? 'a package digest');
    // Page 1 as an image, to look at: the fonts must render the Chinese, not boxes.
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', pdfPath, join(artifactsDir, 'score-sheet-p1')]);
    expect(expert.pageErrors).toEqual([]);
  });

  it('amends and re-signs with a reason per changed score (分差复议): version 2 names the digest of version 1 and carries the reasons', async () => {
    const { value } = apiOf(expert.services);
    const program = await value('scoring:program', { reviewId });
    const review = await value('reviews:get', { reviewId });
    const [c0, c1] = program.rubrics[0]!.sections.flatMap((s) => s.criteria);
    await expertPage.getByRole('button', { name: /返\s*回/ }).click();
    await expertPage.getByTestId('amend-sheet').click();
    await expertPage.getByTestId('amend-confirm').click();
    // After the discussion: one score down a point, another up one (the total stays, so the category's tie below stands).
    await expertPage.getByTestId('sign-sheet').waitFor();
    await expertPage.getByRole('button', { name: /返\s*回/ }).click();
    const pane = expertPage.getByTestId('rubric-pane');
    await pane.waitFor();
    expect(await pane.getByTestId('workspace-locked').count()).toBe(0);
    await expertPage.getByTestId(`submission-${review.submissions[0]!.id}`).click();
    for (const [c, score] of [[c0!, c0!.maxPoints * 0.8 - 1], [c1!, c1!.maxPoints * 0.8 + 1]] as const) {
      const field = pane.getByRole('spinbutton', { name: `「${c.title}」得分` });
      await field.fill(String(score));
      await field.press('Enter');
      await expect.poll(async () => (await value('scoring:get', { reviewId, submissionId: review.submissions[0]!.id })).entry.scores[c.id]).toBe(score);
      // A score at an extreme needs its comment (the rubric's rule): the discussion's finding.
      const comment = pane.getByTestId(`comment-${c.id}`);
      await comment.fill(`「${c.title}」经复议调整。`);
      await comment.blur();
    }
    await expertPage.getByTestId('consistency-button').click();
    await expertPage.getByTestId('sign-sheet').click();
    // Each changed score needs its reason before signing.
    const reasons = expertPage.getByTestId('sign-reasons');
    await reasons.waitFor();
    expect(await reasons.textContent()).toContain('有 2 项得分改动');
    await expertPage.getByTestId('reasons-ok').click();
    await expertPage.getByTestId('reasons-missing').getByText('还有 2 项改动没有写理由').waitFor();
    await expertPage.screenshot({ path: join(artifactsDir, 'sign-reasons.png') });
    await expertPage.getByTestId(`reason-${review.submissions[0]!.id}-${c0!.id}`).fill('复议：佐证材料中合作协议未盖章，下调');
    await expertPage.getByTestId(`reason-${review.submissions[0]!.id}-${c1!.id}`).fill('复议：补充了实训基地照片，上调');
    await expertPage.getByTestId('reasons-ok').click();
    await expertPage.getByTestId('sign-confirm').click();
    await expertPage.getByTestId('sheet-locked').getByText('已签名第 2 版').waitFor();
    const second = await download(expertPage, () => expertPage.getByTestId('export-v2').click(), '');
    secondFile = second;
    const run = execFileSync(process.execPath, [join(rootDir, 'bin', 'pingshen.mjs'), 'verify', '--json', sheetFile, second], { encoding: 'utf8' });
    const [v1, v2] = JSON.parse(run) as { ok: boolean; version: number; digest: string }[];
    expect([v1?.ok, v2?.ok, v2?.version]).toEqual([true, true, 2]);
    const signed = JSON.parse(readFileSync(second, 'utf8')) as { supersedes: string; revisions: { criterionId: string; from: number; reason: string }[] };
    expect(signed.supersedes).toBe(v1?.digest);
    expect(signed.revisions).toEqual([
      { submissionId: review.submissions[0]!.id, criterionId: c0!.id, from: c0!.maxPoints * 0.8, reason: '复议：佐证材料中合作协议未盖章，下调' },
      { submissionId: review.submissions[0]!.id, criterionId: c1!.id, from: c1!.maxPoints * 0.8, reason: '复议：补充了实训基地照片，上调' },
    ]);
    // The printed version 2 lists the changes with their reasons.
    await expertPage.getByTestId('print-v2').click();
    await expertPage.getByTestId('sheet-revisions').getByText('复议：补充了实训基地照片，上调').waitFor();
    await expertPage.getByRole('button', { name: /返\s*回/ }).click();
    await expertPage.getByTestId('sheet-locked').waitFor();
  });

  it('the coordinator receives both versions and a tampered copy: version 2 counts, the copy is refused with its reason, the board and the ranking show it', async () => {
    const tampered = join(root, '改过的.pingshen-sheet.json');
    writeFileSync(tampered, readFileSync(secondFile, 'utf8').replace(/"score":(\d+)/, (_m, n: string) => `"score":${String(Number(n) + 1)}`));
    await coordinatorPage.locator('.ps-brand').click();
    await coordinatorPage.getByTestId(`open-${reviewId}`).click();
    await coordinatorPage.getByTestId('nav-merge').click();
    await coordinatorPage.getByTestId('merge-screen').waitFor();
    expect(await coordinatorPage.getByTestId('merge-board').textContent()).toContain('未收到');
    await choose(coordinatorPage, () => coordinatorPage.getByTestId('merge-receive').click(), [sheetFile, secondFile, tampered]);
    await coordinatorPage.getByTestId('merge-last-drop').waitFor();
    expect(await coordinatorPage.getByTestId('merge-last-drop').textContent()).toContain('新保存 2 份，已收过 0 份，未采用 1 份');
    expect(await coordinatorPage.getByTestId('merge-refused').textContent()).toContain('改过的.pingshen-sheet.json：签名无效');
    const review = await apiOf(coordinator.services).value('reviews:get', { reviewId });
    const field = review.fields[0]!.id;
    expect(await coordinatorPage.getByTestId(`board-expert-1-${field}`).textContent()).toBe('已收第 2 版');
    // 李华 (expert-2) has sent nothing: still out.
    expect(await coordinatorPage.getByTestId(`board-expert-2-${field}`).textContent()).toBe('未收到');
    await coordinatorPage.getByTestId(`ranking-${field}`).waitFor();
    expect(await coordinatorPage.getByTestId(`ranking-${field}`).textContent()).toContain('王明');
    // The same files again change nothing.
    await choose(coordinatorPage, () => coordinatorPage.getByTestId('merge-receive').click(), [sheetFile, secondFile]);
    await expect.poll(() => coordinatorPage.getByTestId('merge-last-drop').textContent()).toContain('新保存 0 份，已收过 2 份，未采用 0 份');
    // Every application of a category is tied (one expert, equal totals): the coordinator decides at the quota line, with a reason.
    const tiedApp = review.submissions.find((s) => s.fieldId === field)!.id;
    await coordinatorPage.getByTestId(`decision-${tiedApp}`).click();
    await coordinatorPage.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: /^推荐$/ }).click();
    await coordinatorPage.getByTestId('decision-reason-input').fill('并列，按佐证材料的完整程度决定');
    await coordinatorPage.getByTestId('decision-reason-ok').click();
    await coordinatorPage.getByTestId(`decision-reason-${tiedApp}`).waitFor();
    expect(await coordinatorPage.getByTestId(`decision-reason-${tiedApp}`).textContent()).toBe('并列，按佐证材料的完整程度决定');
    const { decisions } = await apiOf(coordinator.services).value('merge:get', { reviewId });
    expect(decisions).toEqual([expect.objectContaining({ submissionId: tiedApp, decision: 'recommend' })]);
    // The other tied application to 候补, then the list is final and its decisions locked.
    const otherApp = review.submissions.filter((s) => s.fieldId === field)[1]!.id;
    await coordinatorPage.getByTestId(`decision-${otherApp}`).click();
    await coordinatorPage.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: /^候补$/ }).click();
    await coordinatorPage.getByTestId('decision-reason-input').fill('并列，按佐证材料决定为候补');
    await coordinatorPage.getByTestId('decision-reason-ok').click();
    await coordinatorPage.getByTestId(`decision-reason-${otherApp}`).waitFor();
    await coordinatorPage.getByTestId(`finalize-${field}`).click();
    await coordinatorPage.getByTestId(`final-${field}`).waitFor();
    expect(await coordinatorPage.getByTestId(`decision-${tiedApp}`).getAttribute('class')).toContain('ant-select-disabled');
    // The result can be signed only when every category's list is final: two are still open.
    expect(await coordinatorPage.getByTestId('merge-sign-result').isDisabled()).toBe(true);
    // The Excel export: the 汇总表 with 王明's total and the formulas beside it.
    const xlsx = await download(coordinatorPage, () => coordinatorPage.getByTestId('merge-export-xlsx').click(), 'summary.xlsx');
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
    await coordinatorPage.waitForTimeout(300);
    await coordinatorPage.screenshot({ path: join(artifactsDir, 'merge.png'), fullPage: true });
    // A reload keeps the merge screen.
    await coordinatorPage.reload();
    await coordinatorPage.getByTestId('merge-board').waitFor();
    // The sensitivity report: a table and an ECharts chart per category, drawn under the app's CSP.
    await coordinatorPage.getByTestId('merge-analyse').click();
    await coordinatorPage.getByTestId(`sensitivity-table-${field}`).waitFor();
    expect(await coordinatorPage.getByTestId(`sensitivity-table-${field}`).textContent()).toContain('改按中位数');
    expect(await coordinatorPage.getByTestId(`sensitivity-robust-${field}`).textContent()).toMatch(/名单稳健|敏感/);
    await coordinatorPage.getByTestId(`sensitivity-chart-${field}`).locator('canvas').first().waitFor();
    await coordinatorPage.waitForTimeout(300);
    await coordinatorPage.getByTestId('merge-sensitivity').screenshot({ path: join(artifactsDir, 'merge-sensitivity.png') });
    expect(coordinator.pageErrors).toEqual([]);
  });

  it('first sight on screen: 李华 signs with a key never enrolled; refused while a list is final, then held, set aside, held again, the fingerprint compared and confirmed, and counted', async () => {
    // 李华's sheet, signed with a key of their own that the coordinator has never seen.
    const keys = testKeys();
    // (A version 1 of its own: no reasons, as there is nothing it revises.)
    const { signature: _signature, revisions: _revisions, ...unsigned } = JSON.parse(readFileSync(secondFile, 'utf8')) as ScoreSheet;
    const signed = signSheet({ ...unsigned, version: 1, supersedes: null, expert: { ...unsigned.expert, id: 'expert-2', name: '李华', publicKey: keys.publicKey } }, keys.privateKeyPkcs8, keys.publicKeyRaw);
    const lihua = join(root, '李华.pingshen-sheet.json');
    writeFileSync(lihua, signed.bytes);
    const review = await apiOf(coordinator.services).value('reviews:get', { reviewId });
    const field = review.fields[0]!.id;
    await choose(coordinatorPage, () => coordinatorPage.getByTestId('merge-receive').click(), [lihua]);
    await expect.poll(() => coordinatorPage.getByTestId('merge-refused').textContent()).toContain('推荐名单已确定');
    await coordinatorPage.getByTestId(`reopen-${field}`).click();
    await coordinatorPage.getByTestId(`finalize-${field}`).waitFor();
    await choose(coordinatorPage, () => coordinatorPage.getByTestId('merge-receive').click(), [lihua]);
    await coordinatorPage.getByTestId('held-key-expert-2').waitFor();
    expect(await coordinatorPage.getByTestId(`board-expert-2-${field}`).textContent()).toBe('待确认公钥');
    // Not taken at first (the card was not to hand): set aside with a reason, it is gone; received again, it is held again.
    await coordinatorPage.getByTestId('set-aside-expert-2').click();
    expect(await coordinatorPage.getByTestId('set-aside-ok').isDisabled()).toBe(true);
    await coordinatorPage.getByTestId('set-aside-reason').fill('专家未带公钥卡，指纹无法核对');
    await coordinatorPage.getByTestId('set-aside-ok').click();
    await expect.poll(() => coordinatorPage.getByTestId('merge-held').count()).toBe(0);
    expect(await coordinatorPage.getByTestId(`board-expert-2-${field}`).textContent()).not.toBe('待确认公钥');
    await choose(coordinatorPage, () => coordinatorPage.getByTestId('merge-receive').click(), [lihua]);
    await coordinatorPage.getByTestId('held-key-expert-2').waitFor();
    await coordinatorPage.getByTestId('confirm-key-expert-2').click();
    const shown = await coordinatorPage.getByTestId('confirm-key-fingerprint').textContent();
    expect(shown).toBe((await apiOf(coordinator.services).value('merge:get', { reviewId })).held[0]!.fingerprint);
    // Not confirmable before the coordinator says the fingerprint matches.
    expect(await coordinatorPage.getByTestId('confirm-key-ok').isDisabled()).toBe(true);
    await coordinatorPage.getByTestId('confirm-key-compared').click();
    await coordinatorPage.getByTestId('confirm-key-ok').click();
    await expect.poll(() => coordinatorPage.getByTestId(`board-expert-2-${field}`).textContent()).toBe('已收第 1 版');
    expect(await coordinatorPage.getByTestId('merge-held').count()).toBe(0);
    expect(coordinator.pageErrors).toEqual([]);
  });
});
