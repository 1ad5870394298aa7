// The printed results: the coordinator's profile holds the demo panel's sheets, every list final and
// the result signed; each printable page (汇总表 for signatures, 推荐名单, 公示名单, 评审意见) is
// opened from the merge screen and printed by Chromium's page.pdf() as the app's print:pdf does, then
// read back (Chinese text, signature lines, page numbers, repeated table headers) and rendered to PNG.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MergeView } from '../../../shared/domain/merge-view.ts';
import { artifactsDir, startAppUnderTest, type AppUnderTest } from '../../support/app-under-test.ts';
import { rootDir } from '../../support/corpus.ts';
import { receiveDemoPanel } from '../../support/demo-panel.ts';
import { plain, readPdf } from '../../support/read-pdf.ts';
import { apiOf } from '../../support/trust-api.ts';

const reviewId = 'demo-2026-anhui';
let root: string;
let app: AppUnderTest;
let page: Page;
let view: MergeView;
let resultDigest: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'pingshen-e2e-results-'));
  app = await startAppUnderTest(join(root, 'coordinator'));
  const api = apiOf(app.services);
  view = await receiveDemoPanel(api, reviewId);
  for (const category of view.report.categories) {
    for (const [i, a] of category.ranking.entries()) {
      if (a.standing === 'tie-at-quota-line') await api.value('merge:decide', { reviewId, submissionId: a.submissionId, decision: i === 0 ? 'recommend' : 'reserve', reason: '并列，按佐证材料决定' });
    }
    view = await api.value('merge:finalize', { reviewId, categoryId: category.id, final: true });
  }
  resultDigest = (await api.value('merge:sign-result', { reviewId })).digest;
  page = await app.open();
  await page.getByTestId('role-coordinator').click();
  await page.getByTestId(`open-${reviewId}`).click();
  await page.getByTestId('nav-merge').click();
  await page.getByTestId('results-exports').waitFor();
}, 180_000);

afterAll(async () => {
  await app?.close();
  rmSync(root, { recursive: true, force: true });
});

/** Opens a printable page from the merge screen, prints it to PDF and PNGs; returns the pages' text. */
async function printed(document: string): Promise<string[]> {
  await page.getByTestId(`print-${document}`).click();
  await page.getByTestId('results-document').waitFor();
  expect(await page.evaluate(() => window.location.hash)).toBe(`#/results/${reviewId}/${document}`);
  const pdfPath = join(artifactsDir, `results-${document}.pdf`);
  await page.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '3', pdfPath, join(artifactsDir, `results-${document}`)]);
  const pdf = await readPdf(new Uint8Array(readFileSync(pdfPath)));
  await page.getByRole('button', { name: /返\s*回/ }).click();
  await page.getByTestId('results-exports').waitFor();
  const raw = pdf.pages.map(plain);
  // Every page carries its number (the @page footer, which pdf.js reads first); the rest is the page's own text.
  raw.forEach((text, i) => expect(text, `page ${String(i + 1)}`).toMatch(new RegExp(`^第${String(i + 1)}页/共${String(raw.length)}页`)));
  const pages = raw.map((text) => text.replace(/^第\d+页\/共\d+页/, ''));
  for (const absent of ['打印', '汇总评分表']) expect(pages.join('')).not.toContain(absent);
  return pages;
}

const expectIn = (text: string, part: string) => expect(text).toContain(plain(part));
const expectNotIn = (text: string, part: string) => expect(text).not.toContain(plain(part));

const applicants = () => view.report.categories.flatMap((c) => c.ranking);

describe('the printed results', () => {
  it('专家评分汇总表: every application and expert, the figures, signature lines for the leader, each expert and the supervisor, the digests and how to verify', async () => {
    const pages = await printed('summary');
    const text = pages.join('');
    for (const a of applicants()) expectIn(text, a.applicant);
    for (const s of view.report.counted) expectIn(text, s.digest);
    expectIn(text, resultDigest);
    for (const label of ['专家组组长（签名）', '张建国（签名）', '周涛（签名）', '监督人员（签名）', '日期', 'pingshenverify-result']) expectIn(text, label);
    expectIn(text, '回避');
    expectIn(text, applicants()[0]!.aggregates.mean!.toFixed(2));
  });

  it('推荐名单: per category, 序号 学校 合作单位 得分 备注, the recommended applications only, the committee\'s signature lines', async () => {
    const pages = await printed('recommendation');
    const text = pages.join('');
    for (const c of view.report.categories) expectIn(text, `${c.name}（推荐名额`);
    expectIn(text, '序号学校合作单位得分备注');
    const decided = new Map(view.decisions.map((d) => [d.submissionId, d.decision]));
    for (const a of applicants()) {
      if (decided.get(a.submissionId) === 'recommend') expectIn(text, a.applicant);
    }
    const notRecommended = applicants().filter((a) => decided.get(a.submissionId) !== 'recommend');
    expect(notRecommended.length).toBeGreaterThan(0);
    for (const a of notRecommended) expectNotIn(text, a.applicant);
    for (const label of ['专家组组长（签名）', '专家组成员（签名）', '监督人员（签名）']) expectIn(text, label);
  });

  it('公示名单: 序号 名称 牵头单位 合作单位 and no scores; the notice period and how to object left to fill', async () => {
    const text = (await printed('notice')).join('');
    expectIn(text, '序号名称牵头单位合作单位');
    for (const phrase of ['公示期', '年', '月', '日至', '如对名单有异议', '联系人', '电话']) expectIn(text, phrase);
    for (const a of applicants()) expectNotIn(text, a.aggregates.mean!.toFixed(2));
    expectNotIn(text, '得分');
  });

  it('评审意见: one letter per applicant, from a page of its own, with the figure, the rank and the comments without any expert\'s name; the table header repeated on a page it runs onto', async () => {
    const pages = await printed('feedback');
    const starts = pages.filter((p) => p.startsWith('评审意见'));
    expect(starts).toHaveLength(applicants().length);
    for (const a of applicants()) expect(pages.some((p) => p.startsWith('评审意见') && p.includes(plain(a.applicant)))).toBe(true);
    const text = pages.join('');
    for (const s of view.board) expectNotIn(text, s.name);
    expectIn(text, '（演示）总体符合申报条件。');
    // A letter's table longer than a page: its continuation page begins with the repeated header.
    const continued = pages.filter((p) => !p.startsWith('评审意见'));
    expect(continued.length).toBeGreaterThan(0);
    for (const p of continued) expect(p.startsWith('评分项满分专家意见')).toBe(true);
    expect(app.pageErrors).toEqual([]);
  });

  it('the audit log downloads as JSON lines from the merge screen, and pingshen audit verify finds its chain whole', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-audit-jsonl').click()]);
    const path = join(root, download.suggestedFilename());
    await download.saveAs(path);
    const text = readFileSync(path, 'utf8');
    for (const action of ['expert.enrolled', 'sheet.received', 'merge.category-final', 'merge.result-signed']) expect(text).toContain(`"action":"${action}"`);
    const run = execFileSync(process.execPath, [join(rootDir, 'bin', 'pingshen.mjs'), 'audit', 'verify', path], { encoding: 'utf8' });
    expect(run).toMatch(/^OK .*哈希链完整/);
  });
});
