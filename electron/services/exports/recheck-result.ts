import { readFileSync } from 'node:fs';
import { decodeBase64url, PUBLIC_KEY_BYTES } from '../../../shared/crypto/base64url.ts';
import { fingerprintOf } from '../../../shared/crypto/fingerprint.ts';
import type { SignedResult } from '../../../shared/merge/result-schema.ts';
import { mergeContextOfPackages } from '../merge/merge-context-of-packages.ts';
import { mergeReportJson } from '../merge/merge-report.ts';
import { mergeSheets } from '../merge/merge-sheets.ts';
import { readSheetSources } from '../merge/read-sheet-sources.ts';
import { nodeCrypto } from '../crypto/node-crypto.ts';

/** One way a signed result does not follow from the sheets: which application (where it is one) and what differs. */
export interface RecheckProblem {
  readonly submissionId: string | null;
  readonly applicant: string | null;
  readonly message: string;
}

const figureNames = { mean: '平均分', trimmedMean: '去最高最低平均', median: '中位数' } as const;
const shown = (x: number | null) => (x === null ? '—' : String(x));

// A key the result names (by fingerprint) stands confirmed, as the coordinator did at first sight: the
// result is signed by the coordinator, and the sheet must still verify with that key.
function keysNamedByResult(files: readonly string[], fingerprints: ReadonlySet<string>): Set<string> {
  const keys = new Set<string>();
  for (const file of files) {
    try {
      const key = (JSON.parse(readFileSync(file, 'utf8')) as { expert?: { publicKey?: unknown } }).expert?.publicKey;
      if (typeof key === 'string' && fingerprints.has(fingerprintOf(nodeCrypto, decodeBase64url(key, PUBLIC_KEY_BYTES)))) keys.add(key);
    } catch {
      // Not a readable sheet: the merge below refuses it with its reason.
    }
  }
  return keys;
}

/**
 * Recomputes a signed result from the sheets and the packages issued for its review (`pingshen
 * verify-result FILE --package PKG SHEETS…`): the same merge as the app's, by the result's rule and trim. The
 * sheets counted must be exactly the result's, and each application's mean, trimmed mean, median,
 * rank and 并列 must be what the result says. Every difference is listed, naming the application.
 */
export async function recheckResult(result: SignedResult, packages: readonly string[], sheets: readonly string[]): Promise<RecheckProblem[]> {
  const context = await mergeContextOfPackages(packages, { rule: result.rule, trimOn: result.trimOn ?? 'totals', confirmedKeys: keysNamedByResult(sheets, new Set(result.sheets.map((s) => s.fingerprint))) });
  if (context.reviewId !== result.reviewId) return [{ submissionId: null, applicant: null, message: `评审包属于评审活动 ${context.reviewId}，结果属于 ${result.reviewId}` }];
  const report = mergeReportJson(mergeSheets(await readSheetSources(sheets), context), context.reviewId, result.rule);
  const problems: RecheckProblem[] = [];
  const general = (message: string) => problems.push({ submissionId: null, applicant: null, message });
  for (const d of [...context.packageDigests].filter((x) => !result.packageDigests.includes(x))) general(`评审包 ${d} 不是结果所列的评审包`);
  const counted = new Set(report.counted.map((c) => c.digest));
  for (const s of result.sheets.filter((x) => !counted.has(x.digest))) general(`结果所依据的评分表（${s.name} 第 ${String(s.version)} 版，${s.digest}）未给出，或未通过验证、未被计入`);
  const inResult = new Set(result.sheets.map((s) => s.digest));
  for (const c of report.counted.filter((x) => !inResult.has(x.digest))) general(`给出的评分表 ${c.file}（${c.expertId} 第 ${String(c.version)} 版）被计入，但不在结果所依据的评分表中`);
  for (const r of report.refused) general(`评分表 ${r.file} 未采用：${r.reason}`);
  const recomputed = new Map(report.categories.flatMap((c) => c.ranking.map((a) => [a.submissionId, a])));
  for (const app of result.categories.flatMap((c) => c.applications)) {
    const named = (message: string) => problems.push({ submissionId: app.submissionId, applicant: app.applicant, message: `「${app.applicant}」${message}` });
    const again = recomputed.get(app.submissionId);
    if (!again) {
      named('不在由评分表重新计算的结果中');
      continue;
    }
    for (const key of ['mean', 'trimmedMean', 'median'] as const) {
      if (app.aggregates[key] !== again.aggregates[key]) named(`的${figureNames[key]}：结果中为 ${shown(app.aggregates[key])}，由评分表重新计算为 ${shown(again.aggregates[key])}`);
    }
    if (app.rank !== again.rank || app.tied !== again.tied) {
      const place = (rank: number | null, tied: boolean) => (rank === null ? '不排名' : `第 ${String(rank)} 名${tied ? '（并列）' : ''}`);
      named(`的名次：结果中为${place(app.rank, app.tied)}，由评分表重新计算为${place(again.rank, again.tied)}`);
    }
  }
  const listed = new Set(result.categories.flatMap((c) => c.applications.map((a) => a.submissionId)));
  for (const a of recomputed.values()) if (!listed.has(a.submissionId)) problems.push({ submissionId: a.submissionId, applicant: a.applicant, message: `「${a.applicant}」由评分表算出，但结果中没有` });
  return problems;
}
