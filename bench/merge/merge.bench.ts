// The merge at the scale of a large call: 50 experts × 200 applications × 20 criteria, signed sheets
// in memory. Measured against the floor the issue names: a raw loop of JSON.parse + Ed25519 verify
// over the same bytes in the same run (goal: the whole merge within 2× that floor). Figures, not
// assertions. Run alone: `node bench/merge/merge.bench.ts`; `npm run bench` runs it too.
import { performance } from 'node:perf_hooks';
import { decodeBase64url, PUBLIC_KEY_BYTES, SIGNATURE_BYTES } from '../../shared/crypto/base64url.ts';
import { signingInput } from '../../shared/crypto/signing-input.ts';
import type { Program } from '../../shared/domain/program.ts';
import { defaultDeviationShare } from '../../shared/merge/aggregate-application.ts';
import { rubricOfCategory } from '../../shared/merge/merge-review.ts';
import { categorySensitivity } from '../../shared/merge/sensitivity-report.ts';
import { demoKey } from '../../electron/services/demo/demo-experts.ts';
import { mergeSheets, mergeVerified, VerifiedSheetCache, verifyEach, type MergeContext } from '../../electron/services/merge/merge-sheets.ts';
import { nodeCrypto } from '../../electron/services/crypto/node-crypto.ts';
import { signSheet } from '../../electron/services/sheets/sign-sheet.ts';
import { median } from '../support/figures.ts';

const EXPERTS = 50;
const APPLICATIONS = 200;
const CRITERIA = 20;
const FIELDS = 4;

function fixture() {
  const criteria = Array.from({ length: CRITERIA }, (_, i) => ({ id: `c${String(i + 1)}`, title: `指标 ${String(i + 1)}`, maxPoints: 5, step: 0.5, bands: [], commentRule: { kind: 'never' }, keywords: [], guidance: '' }));
  const rubric = { id: 'r', title: '评分细则', totalPoints: CRITERIA * 5, sections: [{ id: 's', title: '全部', criteria }], checks: [], vetoes: [] };
  const fields = Array.from({ length: FIELDS }, (_, i) => ({ id: `f${String(i + 1)}`, name: `领域 ${String(i + 1)}`, leadInstitutions: [], quota: 10 }));
  const program = {
    categories: fields.map((f) => ({ id: f.id, name: f.name, group: '', leadInstitutions: [], quota: 10, rubricId: 'r' })),
    rubrics: [rubric],
    aggregation: { rule: 'trimmed-mean', trimCount: 1, trimMinimumPanel: 5, minimumPanel: 3, divergence: { maxRange: 20, maxStdDev: 8 }, tieBreak: [{ kind: 'median' }, { kind: 'coordinator' }] },
  } as unknown as Program;
  const submissions = Array.from({ length: APPLICATIONS }, (_, i) => ({ id: `a${String(i + 1)}`, fieldId: fields[i % FIELDS]!.id, applicant: `申报单位 ${String(i + 1)}`, partners: [`合作企业 ${String(i + 1)}`] }));
  const packageDigest = 'a'.repeat(64);
  const keys = Array.from({ length: EXPERTS }, (_, e) => ({ id: `expert-${String(e + 1)}`, key: demoKey(`bench-expert-${String(e + 1)}`) }));
  const files = keys.map(({ id, key }, e) => {
    const scored = submissions.map((s, a) => {
      const scores = criteria.map((c, k) => ({ criterionId: c.id, score: ((e * 7 + a * 3 + k) % 11) / 2, comment: '', evidence: [] }));
      return { submissionId: s.id, rubricId: 'r', scores, checks: [], vetoes: [], total: scores.reduce((sum, x) => sum + x.score, 0), overallComment: '材料完整。' };
    });
    const unsigned = {
      format: 'pingshen.sheet/1' as const, reviewId: 'bench-review', packageDigest, expert: { id, name: `专家 ${String(e + 1)}`, organisation: `单位 ${String(e + 1)}`, publicKey: key.publicKey },
      version: 1, supersedes: null, createdAt: '2026-06-02T10:00:00.000Z', conflicts: [], submissions: scored,
    };
    return { source: `${id}.pingshen-sheet.json`, bytes: signSheet(unsigned, key.privateKeyPkcs8, key.publicKeyRaw).bytes };
  });
  const context: MergeContext = {
    reviewId: 'bench-review',
    packageDigests: new Set([packageDigest]),
    enrolledKeys: new Map(keys.map(({ id, key }) => [id, key.publicKey])),
    rosterIds: new Set(keys.map(({ id }) => id)),
    assignments: new Map(keys.map(({ id }) => [id, new Set(submissions.map((s) => s.id))])),
    knownConflicts: new Map(),
    review: { fields, submissions },
    program,
    settings: { aggregation: program.aggregation, trimOn: 'totals', deviationShare: defaultDeviationShare },
  };
  return { files, context };
}

/** The floor: parse every file and verify its signature, nothing else. */
function floor(files: readonly { bytes: Uint8Array }[]): number {
  let ok = 0;
  for (const { bytes } of files) {
    const raw = JSON.parse(new TextDecoder().decode(bytes)) as { expert: { publicKey: string }; signature: { value: string } };
    if (nodeCrypto.verify(decodeBase64url(raw.expert.publicKey, PUBLIC_KEY_BYTES), signingInput(raw), decodeBase64url(raw.signature.value, SIGNATURE_BYTES))) ok += 1;
  }
  return ok;
}

/** Times the floor and the merge, alternating, `runs` times each; returns markdown rows. */
export async function mergeBench(runs = 5): Promise<string[]> {
  const { files, context } = fixture();
  const megabytes = files.reduce((n, f) => n + f.bytes.length, 0) / 2 ** 20;
  const floorMs: number[] = [];
  const mergeMs: number[] = [];
  let heapPeak = 0;
  for (let i = 0; i < runs + 1; i++) {
    let start = performance.now();
    if (floor(files) !== EXPERTS) throw new Error('a bench sheet did not verify');
    const f = performance.now() - start;
    const before = process.memoryUsage().heapUsed;
    start = performance.now();
    const outcome = mergeSheets(files, context);
    const m = performance.now() - start;
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed - before);
    if (outcome.counted.length !== EXPERTS || outcome.refused.length > 0) throw new Error('the bench merge refused a sheet');
    if (i > 0) {
      floorMs.push(f);
      mergeMs.push(m);
    }
  }
  // A view after the first (a decision, a reload): the app keeps each stored sheet's verdict by the SHA-256 of its bytes.
  const cache = new VerifiedSheetCache();
  verifyEach(files, context, cache);
  const viewMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const { verified, refused } = verifyEach(files, context, cache);
    const outcome = mergeVerified(verified, context, refused);
    viewMs.push(performance.now() - start);
    if (outcome.counted.length !== EXPERTS) throw new Error('the cached merge lost a sheet');
  }
  // The sensitivity report (asked for on its own): every other rule, and each expert left out of each category.
  const merged = mergeVerified(verifyEach(files, context, cache).verified, context);
  const start = performance.now();
  const reports = merged.categories.map((c) => categorySensitivity(c, rubricOfCategory(context.program, c.id), context.settings));
  const sensitivityMs = performance.now() - start;
  if (reports.length !== FIELDS) throw new Error('a category had no sensitivity report');
  const ratio = median(mergeMs) / median(floorMs);
  return [
    `| ${String(EXPERTS)} sheets (${megabytes.toFixed(1)} MiB): JSON.parse + Ed25519 verify (the floor) | ${String(runs)} | ${median(floorMs).toFixed(0)} | | |`,
    `| the same: full merge (verify, chain, aggregate, rank) | ${String(runs)} | ${median(mergeMs).toFixed(0)} | ${ratio.toFixed(2)}× the floor | heap +${(heapPeak / 2 ** 20).toFixed(0)} MiB |`,
    `| the same, a view after the first (verdicts cached by SHA-256; chain, aggregate, rank) | ${String(runs)} | ${median(viewMs).toFixed(0)} | ${(median(viewMs) / median(floorMs)).toFixed(2)}× the floor | |`,
    `| the sensitivity report of the ${String(FIELDS)} categories (3 other rules, each of ${String(EXPERTS)} experts left out) | 1 | ${sensitivityMs.toFixed(0)} | ${(sensitivityMs / median(floorMs)).toFixed(2)}× the floor | |`,
  ];
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  console.log(`| merge: ${String(EXPERTS)} experts × ${String(APPLICATIONS)} applications × ${String(CRITERIA)} criteria | runs | median ms | vs floor | memory |`);
  console.log('| --- | --- | --- | --- | --- |');
  for (const line of await mergeBench()) console.log(line);
}
