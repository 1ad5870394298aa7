// The results workbook must recompute in a committee's spreadsheet: exported without cached results,
// LibreOffice (headless, as Excel or WPS would) computes every formula of the 专家评分汇总表 and the
// 评分明细, and each must equal the app's own figure. Where LibreOffice is absent the recomputation
// is skipped with a notice.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resultsExportOfMerge } from '../../../../electron/services/exports/results-export-of-merge.ts';
import { resultsWorkbook } from '../../../../electron/services/exports/results-workbook.ts';
import { SCORE_DETAILS_SHEET } from '../../../../electron/services/exports/score-details-sheet.ts';
import { SCORE_SUMMARY_SHEET } from '../../../../electron/services/exports/score-summary-xlsx.ts';
import { CRITERION_SCORES_SHEET } from '../../../../electron/services/exports/criterion-scores-sheet.ts';
import { SIGNATURES_SHEET } from '../../../../electron/services/exports/signatures-sheet.ts';
import { mergeContextOfPackages } from '../../../../electron/services/merge/merge-context-of-packages.ts';
import { readSheetSources } from '../../../../electron/services/merge/read-sheet-sources.ts';
import { mergeVerified, verifyEach } from '../../../../electron/services/merge/merge-sheets.ts';
import type { ResultsExport } from '../../../../shared/exports/results-export.ts';
import { rootDir } from '../../../support/corpus.ts';

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0 ? 'soffice' : null;
if (!soffice) console.warn('[skip] LibreOffice (soffice) not found: the 专家评分汇总表 recomputation check is skipped. Install libreoffice-calc (.ci/run does).');

let root: string;
const inputs: Record<string, ResultsExport> = {};

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'pingshen-xlsx-'));
  const out = join(root, 'demo');
  execFileSync(process.execPath, [join(rootDir, 'bin', 'pingshen.mjs'), 'demo', '--out', out], { encoding: 'utf8', timeout: 120_000 });
  const sheets = readdirSync(out).filter((f) => f.endsWith('.pingshen-sheet.json')).sort().map((f) => join(out, f));
  for (const rule of ['trimmed-mean', 'mean', 'median'] as const) {
    const context = await mergeContextOfPackages([join(out, 'demo.pingshen-pkg')], { rule });
    // Every rule; the small-panel fallback (three experts only) too.
    for (const [name, files] of [[rule, sheets], [`${rule}-small`, sheets.slice(0, 3)]] as const) {
      const { verified, refused } = verifyEach(await readSheetSources(files), context);
      const facts = { title: context.title, programTitle: context.programTitle, documentNumber: context.program.documentNumber, decisions: [], projectTitles: context.projectTitles, documentTitles: context.documentTitles, result: null };
      inputs[name] = resultsExportOfMerge(mergeVerified(verified, context, refused), verified, context, facts);
    }
  }
  // Trimming each criterion's highest and lowest instead of the totals': 单项得分 and its formulas.
  const context = await mergeContextOfPackages([join(out, 'demo.pingshen-pkg')], { rule: 'trimmed-mean', trimOn: 'criteria' });
  for (const [name, files] of [['trimmed-mean-criteria', sheets], ['trimmed-mean-criteria-small', sheets.slice(0, 3)]] as const) {
    const { verified, refused } = verifyEach(await readSheetSources(files), context);
    const facts = { title: context.title, programTitle: context.programTitle, documentNumber: context.program.documentNumber, decisions: [], projectTitles: context.projectTitles, documentTitles: context.documentTitles, result: null };
    inputs[name] = resultsExportOfMerge(mergeVerified(verified, context, refused), verified, context, facts);
  }
}, 180_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every sheet of a workbook as LibreOffice computes it, as CSV rows (the filter's last token -1: one CSV per sheet). */
function computedSheets(xlsx: Uint8Array, name: string): Map<string, string[][]> {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'in.xlsx'), xlsx);
  // Its own user profile, so parallel runs and a user's LibreOffice settings do not interfere.
  const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';
  execFileSync(soffice!, [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--convert-to', filter, '--outdir', dir, join(dir, 'in.xlsx')], { timeout: 120_000, stdio: 'pipe' });
  const sheets = new Map<string, string[][]>();
  for (const file of readdirSync(dir).filter((f) => f.startsWith('in-') && f.endsWith('.csv'))) {
    sheets.set(file.slice(3, -4), readFileSync(join(dir, file), 'utf8').trim().split('\n').map(csvCells));
  }
  return sheets;
}

/** The cells of one CSV line (quoted cells may hold commas). */
function csvCells(line: string): string[] {
  return [...line.matchAll(/("([^"]|"")*"|[^,]*)(,|$)/g)].map((m) => m[1]!.replace(/^"|"$/g, '').replace(/""/g, '"')).slice(0, -1);
}

/** The figure columns of the 汇总表 as LibreOffice computes them, by applicant. */
function recomputed(sheets: Map<string, string[][]>): Map<string, string[]> {
  const rows = sheets.get(SCORE_SUMMARY_SHEET)!;
  const header = rows[2]!;
  const from = header.indexOf('有效评分');
  return new Map(rows.slice(3).map((r) => [r[2]!, r.slice(from, from + 8)]));
}

const shown = (x: number | null) => (x === null ? '' : x.toFixed(2));

describe('专家评分汇总表 (xlsx)', () => {
  it('writes each expert\'s total, 回避 where recused, and the figures as formulas over the expert cells with the app\'s results cached', async () => {
    const input = inputs['trimmed-mean']!;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await resultsWorkbook(input)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(SCORE_SUMMARY_SHEET)!;
    expect(sheet.getCell(3, 4).value).toBe('张建国');
    const recusedRow = input.report.categories.flatMap((c) => c.ranking).findIndex((a) => a.recused.length > 0) + 4;
    const cells = (sheet.getRow(recusedRow).values as unknown[]).slice(4, 11);
    expect(cells).toContain('回避');
    const trimmed = sheet.getCell(recusedRow, 4 + 7 + 4).value as { formula: string; result: number };
    expect(trimmed.formula).toMatch(/^IF\(COUNT\(D\d+:J\d+\)=0,"",IF\(AND\(COUNT\(D\d+:J\d+\)>=5,.*\(SUM\(D\d+:J\d+\)-LARGE\(D\d+:J\d+,1\)-SMALL\(D\d+:J\d+,1\)\)\/\(COUNT\(D\d+:J\d+\)-2\)/);
    expect(trimmed.result).toBe(input.report.categories.flatMap((c) => c.ranking)[recusedRow - 4]!.aggregates.trimmedMean);
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, printTitlesRow: '1:3' });
    expect(workbook.getWorksheet(CRITERION_SCORES_SHEET), 'only when trimming per criterion').toBeUndefined();
  });

  it('trimming per criterion: 单项得分 holds each criterion\'s scores and trimmed sum, and the 汇总表\'s trimmed mean divides their sum by the scores left', async () => {
    const input = inputs['trimmed-mean-criteria']!;
    const byTotals = inputs['trimmed-mean']!.report.categories.flatMap((c) => c.ranking);
    // The demo's panels give another figure per criterion than per total for some application: the check below can tell them apart.
    expect(input.report.categories.flatMap((c) => c.ranking).some((a) => a.aggregates.trimmedMean !== byTotals.find((b) => b.submissionId === a.submissionId)!.aggregates.trimmedMean)).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await resultsWorkbook(input)) as unknown as ArrayBuffer);
    const summary = workbook.getWorksheet(SCORE_SUMMARY_SHEET)!;
    expect(summary.getCell(3, 4 + 7 + 4).value).toBe('去最高最低平均（按单项）');
    const trimmed = summary.getCell(4, 4 + 7 + 4).value as { formula: string; result: number };
    expect(trimmed.formula).toMatch(/ROUND\(SUM\('单项得分'!N\d+:N\d+\)\/\(COUNT\(D4:J4\)-2\),2\)/u);
    expect(trimmed.result).toBe(input.report.categories[0]!.ranking[0]!.aggregates.trimmedMean);
    const items = workbook.getWorksheet(CRITERION_SCORES_SHEET)!;
    const rubric = input.criteria.find((c) => c.categoryId === input.report.categories[0]!.id)!.criteria;
    expect(items.getCell(4, 5).value).toBe(rubric[0]!.title);
    expect((items.getCell(4, 14).value as { formula: string }).formula).toBe('IF(COUNT(G4:M4)-2>=1,SUM(G4:M4)-LARGE(G4:M4,1)-SMALL(G4:M4,1),"")');
  });

  it.skipIf(!soffice)('recomputes in LibreOffice to the app\'s own numbers, for every rule, the small-panel fallback and a recused expert; each expert\'s 合计 in 评分明细 to the total they signed', async () => {
    for (const [name, input] of Object.entries(inputs)) {
      const sheets = computedSheets(await resultsWorkbook(input, { cachedResults: false }), name);
      const figures = recomputed(sheets);
      for (const app of input.report.categories.flatMap((c) => c.ranking)) {
        const got = figures.get(app.applicant);
        const a = app.aggregates;
        const totals = app.experts.map((e) => e.total);
        const expected = [String(totals.length), shown(Math.max(...totals)), shown(Math.min(...totals)), shown(a.mean), shown(a.trimmedMean), shown(a.median), shown(a.range), shown(a.stdDev)];
        expect(got, `${name}: ${app.applicant}`).toEqual(expected);
      }
      // 评分明细: each expert's 合计 (a SUM over their criterion scores) equals the total in their sheet.
      const totals = sheets.get(SCORE_DETAILS_SHEET)!.filter((r) => r[4] === '合计').map((r) => `${r[2]!} ${r[3]!} ${r[7]!}`);
      const signed = input.report.categories.flatMap((c) => c.ranking.flatMap((a) => [...a.experts].sort((x, y) => x.expertId.localeCompare(y.expertId, 'en', { numeric: true })).map((e) => `${a.applicant} ${e.name} ${String(e.total)}`)));
      expect(totals, name).toEqual(signed);
    }
  }, 300_000);

  it('adds 评分明细 (per application, expert and criterion: score, comment, cited pages; 合计 a SUM with the signed total cached) and 签名与校验 (every counted sheet, the packages\' digests)', async () => {
    const input = inputs['trimmed-mean']!;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await resultsWorkbook(input)) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([SCORE_SUMMARY_SHEET, '推荐名单', SCORE_DETAILS_SHEET, SIGNATURES_SHEET]);
    const details = workbook.getWorksheet(SCORE_DETAILS_SHEET)!;
    expect(details.getRow(3).values).toEqual([undefined, '序号', '领域', '申报单位', '专家', '一级指标', '评分项', '满分', '得分', '评语', '引用页码']);
    const rows = (details.getSheetValues() as unknown[][]).filter(Boolean).slice(3);
    const first = input.report.categories[0]!.ranking[0]!;
    const expert = [...input.sheets].sort((a, b) => a.expertId.localeCompare(b.expertId, 'en', { numeric: true })).find((s) => s.submissions.some((x) => x.submissionId === first.submissionId))!;
    const scored = expert.submissions.find((x) => x.submissionId === first.submissionId)!;
    const mine = rows.filter((r) => r[3] === first.applicant && r[4] === expert.name);
    expect(mine).toHaveLength(input.criteria.find((c) => c.categoryId === input.report.categories[0]!.id)!.criteria.length + 1);
    expect(mine[0]![9]).toBe(scored.scores[0]!.comment);
    expect(String(mine[0]![10])).toMatch(/第 \d+ 页/); // the demo's first expert cites a page of the 申报书
    const total = mine.at(-1)!;
    expect(total[5]).toBe('合计');
    expect(total[8]).toMatchObject({ formula: expect.stringMatching(/^SUM\(H\d+:H\d+\)$/), result: scored.total });
    expect(total[9]).toBe(scored.overallComment);
    const recused = first.recused[0] ?? input.report.categories.flatMap((c) => c.ranking).find((a) => a.recused.length > 0)!.recused[0]!;
    expect(rows.some((r) => r[4] === recused.name && r[5] === '回避' && r[9] === recused.reason)).toBe(true);
    expect(details.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, printTitlesRow: '1:3' });
    expect(details.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    const signatures = workbook.getWorksheet(SIGNATURES_SHEET)!;
    const text = (signatures.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.filter((c) => c !== undefined).join(' ')).join('\n');
    for (const s of input.sheets) expect(text).toContain(`${s.name} ${s.organisation} ${s.fingerprint} ${String(s.version)} ${s.signedAt} ${s.digest}`);
    const v2 = input.sheets.find((s) => s.version === 2)!;
    expect(text).toContain(`第 1 版 ${v2.superseded[0]!.digest}`);
    for (const d of input.packageDigests) expect(text).toContain(d);
    expect(text).toContain('评审结果尚未签名');
    expect(text).toContain('pingshen verify-result');
  });

  it.skipIf(!soffice)('opens in LibreOffice: each sheet printed to PDF and a PNG of its first page (tests/artifacts/xlsx-*.png, copied to docs/img/)', async () => {
    const bytes = await resultsWorkbook(inputs['trimmed-mean']!);
    const names = [SCORE_SUMMARY_SHEET, '推荐名单', SCORE_DETAILS_SHEET, SIGNATURES_SHEET];
    const artifacts = join(rootDir, 'tests', 'artifacts');
    mkdirSync(artifacts, { recursive: true });
    for (const [i, name] of names.entries()) {
      // One sheet visible at a time: LibreOffice prints only visible sheets, so each PDF is one sheet's pages.
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
      workbook.worksheets.forEach((w) => { w.state = w.name === name ? 'visible' : 'hidden'; });
      workbook.views = [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: i, activeTab: i, visibility: 'visible' }];
      const dir = join(root, `pdf-${String(i)}`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'in.xlsx'), Buffer.from(await workbook.xlsx.writeBuffer()));
      execFileSync(soffice!, [`-env:UserInstallation=file://${join(root, 'lo-profile-pdf')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'in.xlsx')], { timeout: 120_000, stdio: 'pipe' });
      const pdf = readFileSync(join(dir, 'in.pdf'));
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const png = join(artifacts, `xlsx-${String(i + 1)}`);
      execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', join(dir, 'in.pdf'), png], { timeout: 60_000 });
      expect(readFileSync(`${png}.png`).length).toBeGreaterThan(5000);
    }
  }, 300_000);
});
