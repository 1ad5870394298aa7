import type { ScoreSheet } from './sheet-schema.ts';
import { reasonOf } from '../errors/reason.ts';
import { refuse } from './verify-result.ts';
import type { KnownSheet, VerifyFailure } from './verify-result.ts';

/** Step 10 of verifySheet: where the sheet stands among the expert's known versions. */
export type ChainResult = { readonly failure: VerifyFailure } | { readonly superseded: boolean };

const short = (digest: string) => `${digest.slice(0, 12)}…`;

/** Known sheets as the `twins` parameter carries them: a line each, its digest and its file where known. */
function twinLines(twins: readonly KnownSheet[]): string {
  return twins.map((k) => `${short(k.digest)}\t${k.source ?? ''}`).join('\n');
}

/**
 * Two different sheets with the same version conflict; a link to a known neighbour must match in
 * both directions (this sheet's `supersedes` names a known N−1, a known N+1 names this sheet);
 * an exact duplicate of a known sheet is fine. Superseded when a higher version is known.
 * The outcome does not depend on the order of `known`.
 */
export function checkVersionChain(sheet: ScoreSheet, digest: string, known: readonly KnownSheet[], fingerprint: string): ChainResult {
  const mine = known.filter((k) => k.expertId === sheet.expert.id);
  const name = sheet.expert.name;
  const version = sheet.version;
  const twins = mine.filter((k) => k.version === version && k.digest !== digest);
  if (twins.length > 0) {
    const reason = twins.length === 1
      ? reasonOf('sheet-refusals.version-conflict', { name, version, twins: twinLines(twins) })
      : reasonOf('sheet-refusals.version-conflicts', { name, version, count: twins.length, twins: twinLines(twins) });
    return { failure: refuse('version_conflict', reason, fingerprint) };
  }
  const previous = mine.filter((k) => k.version === version - 1);
  const [first] = previous;
  if (first && !previous.some((k) => k.digest === sheet.supersedes)) {
    const params = { name, version, claimed: short(sheet.supersedes ?? ''), previousVersion: first.version, digest: short(first.digest) };
    const reason = first.source === undefined ? reasonOf('sheet-refusals.chain-previous', params) : reasonOf('sheet-refusals.chain-previous-file', { ...params, source: first.source });
    return { failure: refuse('broken_chain', reason, fingerprint) };
  }
  const next = mine.filter((k) => k.version === version + 1);
  const [after] = next;
  if (after && !next.some((k) => k.supersedes === digest)) {
    const params = { name, version, nextVersion: after.version, digest: short(digest) };
    const reason = after.source === undefined ? reasonOf('sheet-refusals.chain-next', params) : reasonOf('sheet-refusals.chain-next-file', { ...params, source: after.source });
    return { failure: refuse('broken_chain', reason, fingerprint) };
  }
  return { superseded: mine.some((k) => k.version > version) };
}
