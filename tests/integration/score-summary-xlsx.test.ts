// The 专家评分汇总表 must recompute in a committee's spreadsheet: exported without cached results,
// LibreOffice (headless, as Excel or WPS would) computes every formula, and each must equal the
// app's own figure. Where LibreOffice is absent the recomputation is skipped with a notice.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoreSummaryXlsx, SCORE_SUMMARY_SHEET, type ScoreSummaryInput } from '../../electron/services/exports/score-summary-xlsx.ts';
import { mergeContextOfPackages } from '../../electron/services/merge/merge-context-of-packages.ts';
import { mergeReportJson } from '../../electron/services/merge/merge-report.ts';
import { readSheetSources } from '../../electron/services/merge/read-sheet-sources.ts';
import { mergeSheets } from '../../electron/services/merge/merge-sheets.ts';
import { rootDir } from '../support/corpus.ts';

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0 ? 'soffice' : null;
if (!soffice) console.warn('[skip] LibreOffice (soffice) not found: the 专家评分汇总表 recomputation check is skipped. Install libreoffice-calc (.ci/run does).');

let root: string;
const inputs: Record<string, ScoreSummaryInput> = {};

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'pingshen-xlsx-'));
  const out = join(root, 'demo');
  execFileSync(process.execPath, [join(rootDir, 'bin', 'pingshen.mjs'), 'demo', '--out', out], { encoding: 'utf8', timeout: 120_000 });
  const sheets = readdirSync(out).filter((f) => f.endsWith('.pingshen-sheet.json')).sort().map((f) => join(out, f));
  for (const rule of ['trimmed-mean', 'mean', 'median'] as const) {
    const context = await mergeContextOfPackages([join(out, 'demo.pingshen-pkg')], { rule });
    // Every rule; the small-panel fallback (three experts only) too.
    for (const [name, files] of [[rule, sheets], [`${rule}-small`, sheets.slice(0, 3)]] as const) {
      const report = mergeReportJson(mergeSheets(await readSheetSources(files), context), context.reviewId, rule);
      const { trimCount, trimMinimumPanel } = context.settings.aggregation;
      inputs[name] = { title: context.title, documentNumber: context.program.documentNumber, rule, trimCount, trimMinimumPanel, report, decisions: [] };
    }
  }
}, 180_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The figure columns of the 汇总表 as LibreOffice computes them, by applicant, from a CSV of the sheet. */
function recomputed(xlsx: Uint8Array, name: string): Map<string, string[]> {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'in.xlsx'), xlsx);
  // Its own user profile, so parallel runs and a user's LibreOffice settings do not interfere.
  execFileSync(soffice!, [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1', '--outdir', dir, join(dir, 'in.xlsx')], { timeout: 120_000, stdio: 'pipe' });
  const rows = readFileSync(join(dir, 'in.csv'), 'utf8').trim().split('\n').map((line) => line.split(',').map((c) => c.replace(/^"|"$/g, '')));
  const header = rows[2]!;
  const from = header.indexOf('有效评分');
  return new Map(rows.slice(3).map((r) => [r[2]!, r.slice(from, from + 8)]));
}

const shown = (x: number | null) => (x === null ? '' : x.toFixed(2));

describe('专家评分汇总表 (xlsx)', () => {
  it('writes each expert\'s total, 回避 where recused, and the figures as formulas over the expert cells with the app\'s results cached', async () => {
    const input = inputs['trimmed-mean']!;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await scoreSummaryXlsx(input)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(SCORE_SUMMARY_SHEET)!;
    expect(sheet.getCell(3, 4).value).toBe('张建国');
    const recusedRow = input.report.categories.flatMap((c) => c.ranking).findIndex((a) => a.recused.length > 0) + 4;
    const cells = (sheet.getRow(recusedRow).values as unknown[]).slice(4, 11);
    expect(cells).toContain('回避');
    const trimmed = sheet.getCell(recusedRow, 4 + 7 + 4).value as { formula: string; result: number };
    expect(trimmed.formula).toMatch(/^IF\(COUNT\(D\d+:J\d+\)=0,"",IF\(AND\(COUNT\(D\d+:J\d+\)>=5,.*\(SUM\(D\d+:J\d+\)-LARGE\(D\d+:J\d+,1\)-SMALL\(D\d+:J\d+,1\)\)\/\(COUNT\(D\d+:J\d+\)-2\)/);
    expect(trimmed.result).toBe(input.report.categories.flatMap((c) => c.ranking)[recusedRow - 4]!.aggregates.trimmedMean);
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, printTitlesRow: '1:3' });
  });

  it.skipIf(!soffice)('recomputes in LibreOffice to the app\'s own numbers, for every rule, the small-panel fallback and a recused expert', async () => {
    for (const [name, input] of Object.entries(inputs)) {
      const figures = recomputed(await scoreSummaryXlsx({ ...input, cachedResults: false }), name);
      for (const app of input.report.categories.flatMap((c) => c.ranking)) {
        const got = figures.get(app.applicant);
        const a = app.aggregates;
        const totals = app.experts.map((e) => e.total);
        const expected = [String(totals.length), shown(Math.max(...totals)), shown(Math.min(...totals)), shown(a.mean), shown(a.trimmedMean), shown(a.median), shown(a.range), shown(a.stdDev)];
        expect(got, `${name}: ${app.applicant}`).toEqual(expected);
      }
    }
  }, 300_000);
});
