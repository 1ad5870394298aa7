import type { Program } from '../../../shared/domain/program.ts';
import type { Rubric } from '../../../shared/domain/rubric.ts';
import type { MergeSettings } from '../../../shared/merge/aggregate-application.ts';
import { mergeReview, rubricOfCategory, type MergedCategory, type MergeReview } from '../../../shared/merge/merge-review.ts';
import { checkSheetSet, type SheetSetEntry } from '../../../shared/sheets/check-sheet-set.ts';
import type { ScoreSheet } from '../../../shared/sheets/sheet-schema.ts';
import { verifySheet } from '../../../shared/sheets/verify-sheet.ts';
import { nodeCrypto } from '../trust/node-crypto.ts';
import type { SheetSource } from './read-sheet-sources.ts';

/** What the sheets are merged against: the review as issued, who may sign for it, and how it aggregates. */
export interface MergeContext {
  readonly reviewId: string;
  /** Every package issued for the review: a sheet must name one of them. */
  readonly packageDigests: ReadonlySet<string>;
  /** The roster's enrolled keys: expert id → base64url public key. */
  readonly enrolledKeys: ReadonlyMap<string, string>;
  /** Keys of experts not enrolled, confirmed by the coordinator at first sight (fingerprint compared). */
  readonly confirmedKeys?: ReadonlySet<string>;
  readonly review: MergeReview;
  readonly program: Program;
  readonly settings: MergeSettings;
}

/** A sheet that counts: the newest valid version of its expert. */
export interface CountedSheet {
  readonly source: string;
  readonly expertId: string;
  readonly name: string;
  readonly version: number;
  readonly digest: string;
  readonly fingerprint: string;
  /** Its key was confirmed at first sight, not enrolled before. */
  readonly firstSight: boolean;
  readonly signedAt: string;
  /** The applications it scores, and those it recuses from. */
  readonly scored: readonly string[];
  readonly recused: readonly string[];
}

/** What a merge took, set aside and refused, and the per-category results. */
export interface MergeOutcome {
  readonly categories: readonly MergedCategory[];
  readonly counted: readonly CountedSheet[];
  readonly superseded: readonly { readonly source: string; readonly version: number; readonly by: string; readonly byVersion: number }[];
  readonly duplicates: readonly { readonly source: string; readonly of: string }[];
  /** Refused with the reason; nothing of them is used. `pending` when the coordinator may still confirm the key. */
  readonly refused: readonly { readonly source: string; readonly code: string; readonly reason: string; readonly fingerprint: string | null; readonly pending: boolean; readonly expertId: string | null }[];
}

// The id a file claims, read before verification only to look up a first-sight key: the signature
// check that follows is made with the key the file names, so a claim with another key still fails.
function claimedExpert(bytes: Uint8Array): { id: string; publicKey: string } | null {
  try {
    const raw = JSON.parse(new TextDecoder().decode(bytes)) as { expert?: { id?: unknown; publicKey?: unknown } };
    const { id, publicKey } = raw.expert ?? {};
    return typeof id === 'string' && typeof publicKey === 'string' ? { id, publicKey } : null;
  } catch {
    return null;
  }
}

/** A sheet that passed verification on its own (before the version chain across sheets). */
export type VerifiedSheet = SheetSetEntry & { readonly firstSight: boolean; readonly bytes: Uint8Array };

/** A file refused, with the reason; `pending` when the coordinator may still confirm its key. */
export type RefusedSheet = MergeOutcome['refused'][number];

/** The rubric of every application of the review, for the score checks. */
function rubricsOf(context: MergeContext): Map<string, Rubric> {
  return new Map<string, Rubric>(context.review.submissions.map((s) => [s.id, rubricOfCategory(context.program, s.fieldId)]));
}

/**
 * Verifies each sheet on its own against the review: format, canonical form, signature, enrolled or
 * confirmed key, review, package, submissions and rubric bounds. What passes may be stored; what
 * fails is refused with its reason.
 */
export function verifyEach(sources: readonly SheetSource[], context: MergeContext): { verified: VerifiedSheet[]; refused: RefusedSheet[] } {
  const rubrics = rubricsOf(context);
  const refused: RefusedSheet[] = [];
  const verified: VerifiedSheet[] = [];
  for (const item of sources) {
    if ('failure' in item) {
      refused.push({ source: item.source, code: item.failure.code, reason: item.failure.message, fingerprint: null, pending: false, expertId: null });
      continue;
    }
    // Only a first-sight key needs the claimed id, read before verification: skip the extra parse otherwise.
    const claim = context.confirmedKeys && context.confirmedKeys.size > 0 ? claimedExpert(item.bytes) : null;
    const firstSight = claim !== null && !context.enrolledKeys.has(claim.id) && (context.confirmedKeys?.has(claim.publicKey) ?? false);
    const enrolledKeys = firstSight && claim ? new Map([...context.enrolledKeys, [claim.id, claim.publicKey]]) : context.enrolledKeys;
    const result = verifySheet({ bytes: item.bytes, crypto: nodeCrypto, context: { enrolledKeys, reviewId: context.reviewId, packageDigests: context.packageDigests, rubrics } });
    if (!result.ok) {
      refused.push({ source: item.source, code: result.code, reason: result.message, fingerprint: result.fingerprint ?? null, pending: result.status === 'pending', expertId: null });
      continue;
    }
    verified.push({ source: item.source, sheet: result.sheet, digest: result.digest, fingerprint: result.fingerprint, firstSight, bytes: item.bytes });
  }
  return { verified, refused };
}

/**
 * The version chain across verified sheets (newest valid version per expert counts; older versions
 * and exact duplicates are set aside; two different sheets of one version are both refused, naming
 * each other), then the merge of the current sheets. Any order gives the same result.
 */
export function mergeVerified(verified: readonly VerifiedSheet[], context: MergeContext, refusedBefore: readonly RefusedSheet[] = []): MergeOutcome {
  const refused = [...refusedBefore];
  const verdicts = checkSheetSet(verified);
  const counted: CountedSheet[] = [];
  const current: ScoreSheet[] = [];
  const superseded: MergeOutcome['superseded'][number][] = [];
  const duplicates: MergeOutcome['duplicates'][number][] = [];
  verified.forEach((entry, i) => {
    const verdict = verdicts[i];
    if (!verdict) return;
    if (verdict.duplicateOf !== null && verdict.ok) duplicates.push({ source: entry.source, of: verdict.duplicateOf });
    else if (!verdict.ok) refused.push({ source: entry.source, code: verdict.failure.code, reason: verdict.failure.message, fingerprint: entry.fingerprint, pending: false, expertId: entry.sheet.expert.id });
    else if (verdict.supersededBy) superseded.push({ source: entry.source, version: entry.sheet.version, by: verdict.supersededBy.source, byVersion: verdict.supersededBy.version });
    else {
      const { expert, version } = entry.sheet;
      counted.push({
        source: entry.source, expertId: expert.id, name: expert.name, version, digest: entry.digest, fingerprint: entry.fingerprint, firstSight: entry.firstSight,
        signedAt: entry.sheet.createdAt, scored: entry.sheet.submissions.map((x) => x.submissionId), recused: entry.sheet.conflicts.map((c) => c.submissionId),
      });
      current.push(entry.sheet);
    }
  });
  return { categories: mergeReview(context.review, context.program, current, context.settings), counted, superseded, duplicates, refused };
}

/**
 * Verifies every sheet (verifyEach), then the version chain across them and the merge
 * (mergeVerified). Refused files are listed with their reason and nothing of them is used; the
 * rest is still taken. The same files in any order, or given twice, give the same result.
 */
export function mergeSheets(sources: readonly SheetSource[], context: MergeContext): MergeOutcome {
  const { verified, refused } = verifyEach(sources, context);
  return mergeVerified(verified, context, refused);
}
