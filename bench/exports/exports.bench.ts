// The results workbook at the scale issue 13 names: 500 applications × 30 experts × 20 criteria, every
// expert scoring every application with a comment and a cited page (评分明细: 315,000 rows). Times
// resultsWorkbook (all four sheets) and the 专家评分汇总表 + 推荐名单 alone, with memory and file size.
// Figures, not assertions. Run alone: `node bench/exports/exports.bench.ts`; `npm run bench` runs it too.
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { addScoreSummarySheets } from '../../electron/services/exports/score-summary-xlsx.ts';
import { resultsWorkbook } from '../../electron/services/exports/results-workbook.ts';
import type { ResultsExport } from '../../shared/exports/results-export.ts';
import { median } from '../support/figures.ts';

// PINGSHEN_BENCH_APPLICATIONS scales it down for a quick look (the recorded figures are at 500).
const APPLICATIONS = Number(process.env.PINGSHEN_BENCH_APPLICATIONS ?? 500);
const EXPERTS = 30;
const CRITERIA = 20;
const FIELDS = 5;

function fixture(): ResultsExport {
  const criteria = Array.from({ length: CRITERIA }, (_, i) => ({ id: `c${String(i + 1)}`, title: `评分指标 ${String(i + 1)}`, section: `一级指标 ${String(Math.floor(i / 4) + 1)}`, maxPoints: 5 }));
  const experts = Array.from({ length: EXPERTS }, (_, e) => ({ expertId: `expert-${String(e + 1)}`, name: `专家${String(e + 1)}` }));
  const apps = Array.from({ length: APPLICATIONS }, (_, a) => ({ id: `a${String(a + 1)}`, field: `f${String((a % FIELDS) + 1)}` }));
  const score = (e: number, a: number, k: number) => ((e * 7 + a * 3 + k) % 11) / 2;
  const total = (e: number, a: number) => criteria.reduce((sum, _, k) => sum + score(e, a, k), 0);
  const categories = Array.from({ length: FIELDS }, (_, f) => ({
    id: `f${String(f + 1)}`, name: `领域 ${String(f + 1)}`, quota: 20,
    ranking: apps.filter((x) => x.field === `f${String(f + 1)}`).map((x, i) => ({
      submissionId: x.id, applicant: `第 ${x.id} 号申报职业技术学院`, partners: ['某某智能装备有限公司', '某某市行业协会'], rank: i + 1, tied: false,
      standing: i < 20 ? ('within-quota' as const) : ('reserve' as const),
      aggregates: { mean: 50, trimmedMean: 50, trimmedMeanApplied: true, median: 50, range: 10, stdDev: 3 },
      experts: experts.map((e, n) => ({ ...e, total: total(n, Number(x.id.slice(1))) })), recused: [], flags: [],
    })),
  }));
  return {
    reviewId: 'bench', title: '基准评审', programTitle: '基准方案', documentNumber: '基准〔2026〕1号', rule: 'trimmed-mean', trimCount: 1, trimMinimumPanel: 5, trimOn: 'totals',
    report: {
      reviewId: 'bench', rule: 'trimmed-mean', categories, refused: [], superseded: [], duplicates: [],
      counted: experts.map((e) => ({ file: `${e.expertId}.pingshen-sheet.json`, expertId: e.expertId, version: 1, digest: 'd'.repeat(64), fingerprint: 'f'.repeat(39), firstSight: false })),
    },
    decisions: [],
    projects: apps.map((x) => ({ submissionId: x.id, title: `项目 ${x.id}` })),
    criteria: categories.map((c) => ({ categoryId: c.id, criteria })),
    sheets: experts.map((e, n) => ({
      ...e, organisation: `单位 ${String(n + 1)}`, fingerprint: 'f'.repeat(39), firstSight: false, version: 1, signedAt: '2026-06-02T10:00:00.000Z', digest: 'd'.repeat(64),
      file: `${e.expertId}.pingshen-sheet.json`, superseded: [], conflicts: [],
      submissions: apps.map((x, a) => ({
        submissionId: x.id, total: total(n, a + 1), overallComment: '总体符合申报条件，建设目标明确。',
        scores: criteria.map((c, k) => ({ criterionId: c.id, score: score(n, a + 1, k), comment: `「${c.title}」材料较完整，佐证充分，得分依据见申报书。`, pages: '申报书 第 12 页' })),
      })),
    })),
    packageDigests: ['p'.repeat(64)],
    result: null,
  };
}

/** Times the workbook, `runs` times each (after `warmup` unmeasured runs: one full run takes minutes and gigabytes); returns markdown rows. */
export async function exportsBench(runs = 1, warmup = 0): Promise<string[]> {
  const results = fixture();
  const full: number[] = [];
  const summary: number[] = [];
  let size = 0;
  let summarySize = 0;
  let heapPeak = 0;
  let rssPeak = 0;
  for (let i = 0; i < runs + warmup; i++) {
    const heap = process.memoryUsage().heapUsed;
    const rss = process.memoryUsage().rss;
    let start = performance.now();
    const bytes = await resultsWorkbook(results);
    const t = performance.now() - start;
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed - heap);
    rssPeak = Math.max(rssPeak, process.memoryUsage().rss - rss);
    size = bytes.length;
    start = performance.now();
    const workbook = new ExcelJS.Workbook();
    addScoreSummarySheets(workbook, results);
    summarySize = (await workbook.xlsx.writeBuffer()).byteLength;
    const s = performance.now() - start;
    if (i >= warmup) {
      full.push(t);
      summary.push(s);
    }
  }
  const mib = (n: number) => `${(n / 2 ** 20).toFixed(1)} MiB`;
  return [
    `| whole workbook (4 sheets; 评分明细 ${String(APPLICATIONS * EXPERTS * (CRITERIA + 1))} rows) | ${String(runs)} | ${median(full).toFixed(0)} | ${mib(size)} | heap +${mib(heapPeak)}, rss +${mib(rssPeak)} |`,
    `| 专家评分汇总表 + 推荐名单 only (${String(APPLICATIONS)} rows × ${String(EXPERTS)} experts) | ${String(runs)} | ${median(summary).toFixed(0)} | ${mib(summarySize)} | |`,
  ];
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  console.log(`| exports: ${String(APPLICATIONS)} applications × ${String(EXPERTS)} experts × ${String(CRITERIA)} criteria | runs | median ms | file | memory |`);
  console.log('| --- | --- | --- | --- | --- |');
  for (const line of await exportsBench()) console.log(line);
}
