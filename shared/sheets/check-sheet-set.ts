import { revisionProblem } from './check-revisions.ts';
import { checkVersionChain } from './check-version-chain.ts';
import { refuse } from './verify-result.ts';
import type { ScoreSheet } from './sheet-schema.ts';
import type { KnownSheet, VerifyFailure } from './verify-result.ts';

/** One sheet that passed verifySheet, with where it came from (a file name, named in messages). */
export interface SheetSetEntry {
  readonly source: string;
  readonly sheet: ScoreSheet;
  readonly digest: string;
  readonly fingerprint: string;
}

/** The current version that replaces an older one. */
export interface SheetSetSuccessor {
  readonly source: string;
  readonly version: number;
  readonly digest: string;
}

/**
 * An entry's standing in the set. ok: supersededBy is the newest valid version of the same
 * review and expert when that is newer, else null. duplicateOf names the first entry with the same
 * digest (the same file given again); a duplicate gets that entry's verdict.
 */
export type SheetSetVerdict =
  | { readonly ok: true; readonly supersededBy: SheetSetSuccessor | null; readonly duplicateOf: string | null }
  | { readonly ok: false; readonly failure: VerifyFailure; readonly duplicateOf: string | null };

function knownOf(entry: SheetSetEntry): KnownSheet {
  const { sheet, digest, source } = entry;
  return { expertId: sheet.expert.id, version: sheet.version, digest, supersedes: sheet.supersedes, source };
}

/**
 * The version chain across a set of verified sheets, whatever their order: sheets are grouped by
 * review and expert id (not by key: a same-version sheet signed with another key is a conflict too);
 * each distinct sheet is checked with checkVersionChain against the rest of its group, so two
 * different sheets of one version both fail (version_conflict) and a link that does not match a
 * neighbour present fails on both sides (broken_chain); a version N whose N−1 is present and
 * whose `revisions` do not account for every change from it fails (unexplained_change). Among the sheets that pass, the newest
 * version of a group is current and the older ones are superseded by it.
 * Returns one verdict per entry, in order.
 */
export function checkSheetSet(entries: readonly SheetSetEntry[]): SheetSetVerdict[] {
  const firstIndex = new Map<string, number>();
  entries.forEach((entry, index) => {
    if (!firstIndex.has(entry.digest)) firstIndex.set(entry.digest, index);
  });
  const groupOf = (entry: SheetSetEntry) => JSON.stringify([entry.sheet.reviewId, entry.sheet.expert.id]);
  const groups = new Map<string, SheetSetEntry[]>();
  entries.forEach((entry, index) => {
    if (firstIndex.get(entry.digest) !== index) return;
    const group = groups.get(groupOf(entry));
    if (group) group.push(entry);
    else groups.set(groupOf(entry), [entry]);
  });
  const failures = new Map<string, VerifyFailure>();
  const newest = new Map<string, SheetSetEntry>();
  for (const [key, group] of groups) {
    for (const entry of group) {
      const others = group.filter((other) => other !== entry).map(knownOf);
      const chain = checkVersionChain(entry.sheet, entry.digest, others, entry.fingerprint);
      if ('failure' in chain) failures.set(entry.digest, chain.failure);
    }
    // An amended version that records reasons must account for every change from the N−1 it supersedes.
    for (const entry of group) {
      const previous = group.find((other) => other.digest === entry.sheet.supersedes && other.sheet.version === entry.sheet.version - 1);
      const problem = previous && !failures.has(entry.digest) ? revisionProblem(previous.sheet, entry.sheet) : null;
      if (problem !== null) failures.set(entry.digest, refuse('unexplained_change', problem, entry.fingerprint));
    }
    for (const entry of group) {
      const current = newest.get(key);
      if (!failures.has(entry.digest) && (!current || entry.sheet.version > current.sheet.version)) newest.set(key, entry);
    }
  }
  return entries.map((entry, index): SheetSetVerdict => {
    const first = firstIndex.get(entry.digest) ?? index;
    const duplicateOf = first === index ? null : (entries[first]?.source ?? null);
    const failure = failures.get(entry.digest);
    if (failure) return { ok: false, failure, duplicateOf };
    const current = newest.get(groupOf(entry));
    const supersededBy =
      current && current.sheet.version > entry.sheet.version ? { source: current.source, version: current.sheet.version, digest: current.digest } : null;
    return { ok: true, supersededBy, duplicateOf };
  });
}
