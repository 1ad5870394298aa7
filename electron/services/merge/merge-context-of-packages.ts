import type { Aggregation } from '../../../shared/domain/program.ts';
import { defaultDeviationShare, type TrimOn } from '../../../shared/merge/aggregate-application.ts';
import type { PackageManifest } from '../../../shared/packages/package-manifest.ts';
import { openReviewPackage } from '../packages/open-package.ts';
import { PackageRefused } from '../packages/package-refused.ts';
import { nodeCrypto } from '../crypto/node-crypto.ts';
import type { MergeContext } from './merge-sheets.ts';

/** Choices a merge may make over the program's settings. */
export interface MergeChoices {
  readonly rule?: Aggregation['rule'];
  readonly trimOn?: TrimOn;
  readonly confirmedKeys?: ReadonlySet<string>;
}

/** expert id → the set of submission ids paired with it. */
function groupBy(pairs: readonly (readonly [string, string])[]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const [expertId, submissionId] of pairs) map.set(expertId, (map.get(expertId) ?? new Set<string>()).add(submissionId));
  return map;
}

/**
 * The merge context of one review from the packages issued for it (a full package, or the
 * per-expert ones, or both): each is verified completely; all must be of one review. The roster
 * and the applications are the union of theirs; the program is the one they carry (the same in each).
 */
export async function mergeContextOfPackages(files: readonly string[], choices: MergeChoices = {}): Promise<MergeContext & { readonly title: string }> {
  const opened = [];
  for (const file of files) opened.push(await openReviewPackage({ file, crypto: nodeCrypto }));
  const first = opened[0];
  if (!first) throw new PackageRefused('not_a_package', '缺少评审包');
  const manifests: PackageManifest[] = opened.map((o) => o.manifest);
  const other = manifests.find((m) => m.review.id !== first.manifest.review.id);
  if (other) throw new PackageRefused('conflict', `评审包不属于同一评审活动：「${first.manifest.review.title}」与「${other.review.title}」`);
  const experts = new Map(manifests.flatMap((m) => m.experts).map((e) => [e.id, e]));
  const submissions = new Map(manifests.flatMap((m) => m.submissions).map((s) => [s.id, s]));
  const { program } = first.manifest;
  const aggregation = { ...program.aggregation, ...(choices.rule ? { rule: choices.rule } : {}) };
  return {
    title: first.manifest.review.title,
    reviewId: first.manifest.review.id,
    packageDigests: new Set(opened.map((o) => o.digest)),
    enrolledKeys: new Map([...experts.values()].flatMap((e) => (e.publicKey ? [[e.id, e.publicKey] as const] : []))),
    rosterIds: new Set(experts.keys()),
    assignments: groupBy(manifests.flatMap((m) => m.assignments.flatMap((a) => a.submissionIds.map((id) => [a.expertId, id] as const)))),
    knownConflicts: groupBy(manifests.flatMap((m) => m.conflicts.map((c) => [c.expertId, c.submissionId] as const))),
    ...(choices.confirmedKeys ? { confirmedKeys: choices.confirmedKeys } : {}),
    // Applications in the review's own order: the full package's, then any only a per-expert package has.
    review: { fields: first.manifest.fields, submissions: [...submissions.values()] },
    program,
    settings: { aggregation, trimOn: choices.trimOn ?? 'totals', deviationShare: defaultDeviationShare },
  };
}
