// `pingshen verify-result FILE --package PKG SHEETS…`: a signed result recomputed from the sheets it
// rests on. The demo panel merged, its result signed by the (demo) coordinator; the same result with
// one application's figure changed (and signed again, so the signature alone passes) fails, naming it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCoordinatorName, demoKey } from '../../../../electron/services/demo/demo-experts.ts';
import { mergeContextOfPackages } from '../../../../electron/services/merge/merge-context-of-packages.ts';
import { mergeReportJson } from '../../../../electron/services/merge/merge-report.ts';
import { mergeSheets } from '../../../../electron/services/merge/merge-sheets.ts';
import { readSheetSources } from '../../../../electron/services/merge/read-sheet-sources.ts';
import { signJsonFile } from '../../../../electron/services/crypto/sign-json.ts';
import { encodeBase64url } from '../../../../shared/crypto/base64url.ts';
import { suggestedDecision } from '../../../../shared/merge/decisions.ts';
import { RESULT_FORMAT, type UnsignedResult } from '../../../../shared/merge/result-schema.ts';
import { rootDir } from '../../../support/corpus.ts';

let root: string;
let pkg: string;
let sheets: string[];
let unsigned: UnsignedResult;
const coordinator = demoKey('coordinator');

const pingshen = (...args: string[]) => spawnSync(process.execPath, [join(rootDir, 'bin', 'pingshen.mjs'), ...args], { encoding: 'utf8', timeout: 120_000 });

function signed(name: string, result: UnsignedResult): string {
  const path = join(root, name);
  writeFileSync(path, signJsonFile(result, coordinator.privateKeyPkcs8, coordinator.publicKeyRaw).bytes);
  return path;
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'pingshen-recheck-'));
  const out = join(root, 'demo');
  expect(pingshen('demo', '--out', out).status).toBe(0);
  pkg = join(out, 'demo.pingshen-pkg');
  sheets = readdirSync(out).filter((f) => f.endsWith('.pingshen-sheet.json')).sort().map((f) => join(out, f));
  const context = await mergeContextOfPackages([pkg]);
  const outcome = mergeSheets(await readSheetSources(sheets), context);
  const report = mergeReportJson(outcome, context.reviewId, context.settings.aggregation.rule);
  // The result as the app signs it (sign-result.ts), every decision the ranking's suggestion.
  unsigned = {
    format: RESULT_FORMAT, reviewId: context.reviewId, title: context.title, documentNumber: context.program.documentNumber,
    program: { id: context.program.id, version: context.program.version }, rule: context.settings.aggregation.rule, createdAt: '2026-06-03T09:00:00.000Z',
    coordinator: { name: demoCoordinatorName, publicKey: encodeBase64url(coordinator.publicKeyRaw) },
    packageDigests: [...context.packageDigests].sort(),
    sheets: outcome.counted.map((c) => ({ expertId: c.expertId, name: c.name, version: c.version, digest: c.digest, fingerprint: c.fingerprint })),
    categories: report.categories.map((c) => ({
      id: c.id, name: c.name, quota: c.quota,
      applications: c.ranking.map((a) => ({
        submissionId: a.submissionId, applicant: a.applicant, rank: a.rank, tied: a.tied,
        aggregates: { mean: a.aggregates.mean, trimmedMean: a.aggregates.trimmedMean, median: a.aggregates.median },
        decision: suggestedDecision(a.standing) ?? 'reserve', reason: suggestedDecision(a.standing) ? '' : '并列，按佐证材料决定',
      })),
    })),
  };
}, 180_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('pingshen verify-result with the sheets', () => {
  it('recomputes the result from the sheets and the package: the same sheets, figures and ranks; exit 0', () => {
    const run = pingshen('verify-result', signed('result.pingshen-result.json', unsigned), '--package', pkg, ...sheets);
    expect(run.stdout).toContain('均与结果一致');
    expect(run.status).toBe(0);
  });

  it('a result with one application\'s score changed (and signed again) fails, naming the application and both figures', () => {
    const changed = structuredClone(unsigned);
    const app = changed.categories[1]!.applications[0]!;
    const was = app.aggregates.trimmedMean!;
    app.aggregates.trimmedMean = was + 0.5;
    const run = pingshen('verify-result', signed('changed.pingshen-result.json', changed), '--package', pkg, ...sheets);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`FAIL  「${app.applicant}」的去最高最低平均：结果中为 ${String(was + 0.5)}，由评分表重新计算为 ${String(was)}`);
    // The signature itself is good: it is the recomputation that fails.
    expect(pingshen('verify-result', join(root, 'changed.pingshen-result.json')).status).toBe(0);
    const json = JSON.parse(pingshen('verify-result', '--json', join(root, 'changed.pingshen-result.json'), '--package', pkg, ...sheets).stdout) as { ok: boolean; recheck: { problems: { submissionId: string }[] } };
    expect(json.ok).toBe(false);
    expect(json.recheck.problems.map((p) => p.submissionId)).toEqual([app.submissionId]);
  });

  it('a rank changed is named too; a sheet the result rests on left out is named by expert and version', () => {
    const changed = structuredClone(unsigned);
    const [first, second] = changed.categories[0]!.applications;
    [first!.rank, second!.rank] = [second!.rank, first!.rank];
    const run = pingshen('verify-result', signed('swapped.pingshen-result.json', changed), '--package', pkg, ...sheets);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`「${first!.applicant}」的名次：结果中为第 2 名`);
    const missing = unsigned.sheets[0]!;
    const without = sheets.filter((f) => !f.includes(`${missing.expertId}-v`));
    const short = pingshen('verify-result', join(root, 'result.pingshen-result.json'), '--package', pkg, ...without);
    expect(short.status).toBe(1);
    expect(short.stdout).toContain(`结果所依据的评分表（${missing.name} 第 ${String(missing.version)} 版`);
  });

  it('a result of a review that trims per criterion says so (trimOn) and recomputes with that trim; without it, the same figures fail', async () => {
    const context = await mergeContextOfPackages([pkg], { trimOn: 'criteria' });
    const report = mergeReportJson(mergeSheets(await readSheetSources(sheets), context), context.reviewId, context.settings.aggregation.rule);
    const perCriterion: UnsignedResult = {
      ...unsigned,
      trimOn: 'criteria',
      categories: unsigned.categories.map((c) => ({
        ...c,
        applications: report.categories.find((r) => r.id === c.id)!.ranking.map((a) => ({
          ...c.applications.find((x) => x.submissionId === a.submissionId)!, rank: a.rank, tied: a.tied,
          aggregates: { mean: a.aggregates.mean, trimmedMean: a.aggregates.trimmedMean, median: a.aggregates.median },
        })),
      })),
    };
    // The demo's figures differ between the two trims somewhere, or this test would prove nothing.
    const figures = (r: UnsignedResult) => r.categories.flatMap((c) => c.applications.map((a) => a.aggregates.trimmedMean));
    expect(figures(perCriterion)).not.toEqual(figures(unsigned));
    const run = pingshen('verify-result', signed('per-criterion.pingshen-result.json', perCriterion), '--package', pkg, ...sheets);
    expect(run.stdout).toContain('均与结果一致');
    expect(run.status).toBe(0);
    const { trimOn: _trimOn, ...silent } = perCriterion;
    const wrong = pingshen('verify-result', signed('per-criterion-silent.pingshen-result.json', silent), '--package', pkg, ...sheets);
    expect(wrong.status).toBe(1);
    expect(wrong.stdout).toContain('的去最高最低平均：结果中为');
  });

  it('sheets without the package is a usage error', () => {
    expect(pingshen('verify-result', join(root, 'result.pingshen-result.json'), ...sheets).status).toBe(2);
  });
});
