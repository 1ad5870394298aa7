import type { Program } from '../../../shared/domain/program.ts';
import type { Rubric } from '../../../shared/domain/rubric.ts';
import type { MergeSettings } from '../../../shared/merge/aggregate-application.ts';
import type { SheetRefusal } from '../../../shared/merge/held-sheets.ts';
import type { BoardSheet } from '../../../shared/merge/merge-board.ts';
import { mergeReview, rubricOfCategory, type MergedCategory, type MergeReview } from '../../../shared/merge/merge-review.ts';
import { checkSheetSet, type SheetSetEntry } from '../../../shared/sheets/check-sheet-set.ts';
import type { ScoreSheet } from '../../../shared/sheets/sheet-schema.ts';
import { verifySheet } from '../../../shared/sheets/verify-sheet.ts';
import { toHex } from '../../../shared/crypto/hex.ts';
import { nodeCrypto } from '../crypto/node-crypto.ts';
import { reasonOf, reasonZh } from '../../../shared/errors/reason.ts';
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
  /** Keys the coordinator confirmed on screen for an expert (expert id → keys): a sheet of that expert signed by one of them is taken as enrolled. */
  readonly acceptedKeys?: ReadonlyMap<string, ReadonlySet<string>>;
  /** Of different sheets of one expert and version, the digest the coordinator chose (key: versionKey). */
  readonly chosenVersions?: ReadonlyMap<string, string>;
  /** Every expert id on the roster, enrolled or not: a first-sight key (--keys) never stands for one of them. */
  readonly rosterIds: ReadonlySet<string>;
  /** What each roster expert was given to score (回避 the coordinator recorded left out): scores elsewhere are not counted. */
  readonly assignments: ReadonlyMap<string, ReadonlySet<string>>;
  /** The 回避 the coordinator recorded and the package carried: a sheet that scores one of them is refused. */
  readonly knownConflicts: ReadonlyMap<string, ReadonlySet<string>>;
  readonly review: MergeReview;
  readonly program: Program;
  readonly settings: MergeSettings;
  /** Applications the review's formal check failed (not overridden) or 材料审核 did not pass, with the reasons: flagged and not ranked. */
  readonly formallyFailed?: ReadonlyMap<string, readonly string[]>;
}

/** A sheet that counts: the newest valid version of its expert (what the board shows of it, and where it came from). */
export interface CountedSheet extends BoardSheet {
  readonly source: string;
  readonly digest: string;
  readonly fingerprint: string;
  /** Its key was confirmed at first sight, not enrolled before. */
  readonly firstSight: boolean;
}

/** What a merge took, set aside and refused, and the per-category results. */
export interface MergeOutcome {
  readonly categories: readonly MergedCategory[];
  readonly counted: readonly CountedSheet[];
  readonly superseded: readonly { readonly source: string; readonly version: number; readonly by: string; readonly byVersion: number }[];
  readonly duplicates: readonly { readonly source: string; readonly of: string }[];
  /** Sheets of a version the coordinator chose another sheet for: kept as history, not counted. */
  readonly notChosen: readonly { readonly source: string; readonly expertId: string; readonly version: number; readonly digest: string; readonly chosen: string }[];
  /** Refused with the reason; nothing of them is used. `pending` when the coordinator may still confirm the key. */
  readonly refused: readonly SheetRefusal[];
}

/** The key of an expert's version in `chosenVersions`. */
export function versionKey(expertId: string, version: number): string {
  return `${expertId}/${String(version)}`;
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

type OneResult = { readonly verified: VerifiedSheet } | { readonly refused: RefusedSheet };

/** What verifyEach said of one sheet: verified, or refused (and, refused for its key only, held). */
type CachedVerdict = { readonly verified: VerifiedSheet | null; readonly refused: RefusedSheet | null; readonly held: VerifiedSheet | null };

/**
 * Verified sheets kept between merges of one review, so a view after a decision does not verify
 * every stored sheet again. A sheet's verdict depends on its bytes and on the context only: the
 * cache is keyed by the context's fingerprint (keys, packages, program, recorded 回避) and each
 * entry by the SHA-256 of the bytes; a changed context starts afresh. Never used for a key card
 * confirmed with --keys, whose verdict depends on the other files of the drop.
 */
export class VerifiedSheetCache {
  private contextKey = '';
  private readonly entries = new Map<string, CachedVerdict>();
  /** Most sheets kept: a large call has hundreds. */
  private static readonly limit = 5000;

  /** The entries valid for this context (emptied when the context differs from the last one). */
  entriesFor(context: MergeContext): Map<string, CachedVerdict> {
    const key = contextFingerprint(context);
    if (key !== this.contextKey || this.entries.size > VerifiedSheetCache.limit) {
      this.contextKey = key;
      this.entries.clear();
    }
    return this.entries;
  }
}

const sortedPairs = (map: ReadonlyMap<string, ReadonlySet<string> | string> | undefined) =>
  [...(map ?? new Map<string, string>())].map(([k, v]) => [k, typeof v === 'string' ? v : [...v].sort()] as const).sort(([a], [b]) => (a < b ? -1 : 1));

// Everything of the context that a single sheet's verdict depends on.
function contextFingerprint(context: MergeContext): string {
  const { reviewId, packageDigests, enrolledKeys, acceptedKeys, knownConflicts, rosterIds, program } = context;
  return JSON.stringify([reviewId, [...packageDigests].sort(), sortedPairs(enrolledKeys), sortedPairs(acceptedKeys), sortedPairs(knownConflicts), [...rosterIds].sort(), program.id, program.version, program.rubrics, program.categories]);
}

// One sheet against the review with the given keys; then the 回避 the package carried.
function verifyOne(item: { source: string; bytes: Uint8Array }, enrolledKeys: ReadonlyMap<string, string>, context: MergeContext, rubrics: ReadonlyMap<string, Rubric>, firstSight: boolean): OneResult {
  const result = verifySheet({ bytes: item.bytes, crypto: nodeCrypto, context: { enrolledKeys, reviewId: context.reviewId, packageDigests: context.packageDigests, rubrics } });
  if (!result.ok) {
    return { refused: { source: item.source, code: result.code, reason: result.message, why: result.reason, fingerprint: result.fingerprint ?? null, pending: result.status === 'pending', expertId: null, version: null, digest: null } };
  }
  // The package made these the expert's own 回避: a sheet that scores one was changed by hand.
  const recorded = context.knownConflicts.get(result.sheet.expert.id);
  const scoredRecused = recorded ? result.sheet.submissions.find((x) => recorded.has(x.submissionId)) : undefined;
  if (scoredRecused) {
    const why = reasonOf('sheet-refusals.scored-recused', { submissionId: scoredRecused.submissionId });
    return { refused: { source: item.source, code: 'scored_recused', reason: reasonZh(why), why, fingerprint: result.fingerprint, pending: false, expertId: result.sheet.expert.id, version: result.sheet.version, digest: result.digest } };
  }
  return { verified: { source: item.source, sheet: result.sheet, digest: result.digest, fingerprint: result.fingerprint, firstSight, bytes: item.bytes } };
}

/**
 * Verifies each sheet on its own against the review: format, canonical form, signature, enrolled or
 * confirmed key, review, package, submissions and rubric bounds. What passes may be stored; what
 * fails is refused with its reason. `held`: the sheets refused only because their key is not
 * enrolled for their expert (everything else verified), which the app keeps until the coordinator
 * confirms the key's fingerprint; they are among `refused` too, `pending`, with their digest.
 */
export function verifyEach(sources: readonly SheetSource[], context: MergeContext, cache?: VerifiedSheetCache): { verified: VerifiedSheet[]; refused: RefusedSheet[]; held: VerifiedSheet[] } {
  // A verdict that depends on the rest of the drop (a --keys key card) is never cached.
  const entries = cache && (context.confirmedKeys?.size ?? 0) === 0 ? cache.entriesFor(context) : null;
  if (entries) {
    const out = { verified: [] as VerifiedSheet[], refused: [] as RefusedSheet[], held: [] as VerifiedSheet[] };
    for (const item of sources) {
      const hash = 'bytes' in item ? toHex(nodeCrypto.sha256(item.bytes)) : null;
      let known = hash === null ? undefined : entries.get(hash);
      if (!known) {
        // Without --keys, each sheet's verdict is its own: verified alone, in the drop's order.
        const one = verifyEach([item], context);
        known = { verified: one.verified[0] ?? null, refused: one.refused[0] ?? null, held: one.held[0] ?? null };
        if (hash !== null) entries.set(hash, known);
      }
      // The same bytes under the name this drop gives them.
      if (known.verified) out.verified.push({ ...known.verified, source: item.source });
      if (known.refused) out.refused.push({ ...known.refused, source: item.source });
      if (known.held) out.held.push({ ...known.held, source: item.source });
    }
    return out;
  }
  const rubrics = rubricsOf(context);
  const refused: RefusedSheet[] = [];
  const verified: VerifiedSheet[] = [];
  const held: VerifiedSheet[] = [];
  // A confirmed key stands for one expert not on the roster. The ids claimed with each key are
  // collected over the whole drop first, so that one key card never counts as several experts,
  // whatever order the files come in. (Only then is the claimed id read before verification.)
  const confirming = (context.confirmedKeys?.size ?? 0) > 0 || (context.acceptedKeys?.size ?? 0) > 0;
  const claims = sources.map((item) => (confirming && 'bytes' in item ? claimedExpert(item.bytes) : null));
  const idsOfKey = new Map<string, Set<string>>();
  for (const claim of claims) {
    if (!claim || context.rosterIds.has(claim.id) || !context.confirmedKeys?.has(claim.publicKey)) continue;
    idsOfKey.set(claim.publicKey, (idsOfKey.get(claim.publicKey) ?? new Set<string>()).add(claim.id));
  }
  sources.forEach((item, index) => {
    if ('failure' in item) {
      refused.push({ source: item.source, code: item.failure.code, reason: item.failure.message, why: item.failure.reason, fingerprint: null, pending: false, expertId: null, version: null, digest: null });
      return;
    }
    const claim = claims[index] ?? null;
    const ids = claim && !context.rosterIds.has(claim.id) ? idsOfKey.get(claim.publicKey) : undefined;
    if (ids && ids.size > 1) {
      const why = reasonOf('sheet-refusals.key-reused', { experts: [...ids].sort().join('、') });
      refused.push({ source: item.source, code: 'key_reused', reason: reasonZh(why), why, fingerprint: null, pending: false, expertId: null, version: null, digest: null });
      return;
    }
    // Confirmed on screen for this very expert, or a key card given for an expert not on the roster.
    const accepted = claim !== null && context.acceptedKeys?.get(claim.id)?.has(claim.publicKey) === true;
    const firstSight = claim !== null && (accepted || ids !== undefined);
    const enrolledKeys = firstSight && claim ? new Map([...context.enrolledKeys, [claim.id, claim.publicKey]]) : context.enrolledKeys;
    const one = verifyOne(item, enrolledKeys, context, rubrics, firstSight);
    if ('verified' in one) {
      verified.push(one.verified);
      return;
    }
    // Refused only for its key? Then it is held for the coordinator, if all the rest verifies (else the key is the reason given).
    const own = one.refused.pending ? claimedExpert(item.bytes) : null;
    const rest = own ? verifyOne(item, new Map([...context.enrolledKeys, [own.id, own.publicKey]]), context, rubrics, true) : null;
    if (rest && 'verified' in rest) {
      held.push(rest.verified);
      const { sheet, digest } = rest.verified;
      refused.push({ ...one.refused, expertId: sheet.expert.id, version: sheet.version, digest });
    } else refused.push(one.refused);
  });
  return { verified, refused, held };
}

/**
 * The version chain across verified sheets (newest valid version per expert counts; older versions
 * and exact duplicates are set aside; two different sheets of one version are both refused, naming
 * each other, until the coordinator chooses one: the others are then kept as history, not counted),
 * then the merge of the current sheets. Any order gives the same result.
 */
export function mergeVerified(all: readonly VerifiedSheet[], context: MergeContext, refusedBefore: readonly RefusedSheet[] = []): MergeOutcome {
  const refused = [...refusedBefore];
  const chosenDigest = (entry: VerifiedSheet) => context.chosenVersions?.get(versionKey(entry.sheet.expert.id, entry.sheet.version));
  // A choice sets the other sheets of that version aside (kept, shown as not chosen), once the chosen one is here.
  const here = new Map(all.map((v) => [v.digest, v]));
  const setAside = (entry: VerifiedSheet) => {
    const chosen = chosenDigest(entry);
    return chosen !== undefined && chosen !== entry.digest && here.has(chosen);
  };
  const notChosen = all.filter(setAside).map((v) => ({ source: v.source, expertId: v.sheet.expert.id, version: v.sheet.version, digest: v.digest, chosen: here.get(chosenDigest(v) ?? '')?.source ?? '' }));
  const verified = all.filter((v) => !setAside(v));
  const verdicts = checkSheetSet(verified);
  const counted: CountedSheet[] = [];
  const current: ScoreSheet[] = [];
  const superseded: MergeOutcome['superseded'][number][] = [];
  const duplicates: MergeOutcome['duplicates'][number][] = [];
  verified.forEach((entry, i) => {
    const verdict = verdicts[i];
    if (!verdict) return;
    if (verdict.duplicateOf !== null && verdict.ok) duplicates.push({ source: entry.source, of: verdict.duplicateOf });
    else if (!verdict.ok) {
      const { expert, version } = entry.sheet;
      refused.push({ source: entry.source, code: verdict.failure.code, reason: verdict.failure.message, why: verdict.failure.reason, fingerprint: entry.fingerprint, pending: false, expertId: expert.id, version, digest: entry.digest });
    } else if (verdict.supersededBy) superseded.push({ source: entry.source, version: entry.sheet.version, by: verdict.supersededBy.source, byVersion: verdict.supersededBy.version });
    else {
      const { expert, version } = entry.sheet;
      counted.push({
        source: entry.source, expertId: expert.id, name: expert.name, version, digest: entry.digest, fingerprint: entry.fingerprint, firstSight: entry.firstSight,
        signedAt: entry.sheet.createdAt, scored: entry.sheet.submissions.map((x) => x.submissionId), recused: entry.sheet.conflicts.map((c) => c.submissionId),
      });
      current.push(entry.sheet);
    }
  });
  return { categories: mergeReview(context.review, context.program, current, context.settings, context.assignments, context.formallyFailed), counted, superseded, duplicates, notChosen, refused };
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
