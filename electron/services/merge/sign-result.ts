import type { Database } from 'better-sqlite3';
import { domainError } from '../../../shared/errors/domain-error.ts';
import { encodeBase64url } from '../../../shared/crypto/base64url.ts';
import { suggestedDecision } from '../../../shared/merge/decisions.ts';
import { RESULT_FORMAT, type UnsignedResult } from '../../../shared/merge/result-schema.ts';
import { verifyResultFile } from '../../../shared/merge/verify-result-file.ts';
import { appendAudit } from '../db/audit-log.ts';
import { moveStage } from '../reviews/move-stage.ts';
import { requireReview } from '../reviews/require-review.ts';
import { programForReview } from '../scoring/review-program.ts';
import type { Identity } from '../identity/key-store.ts';
import { nodeCrypto } from '../crypto/node-crypto.ts';
import { signJsonFile } from '../crypto/sign-json.ts';
import { mergeContextOf, mergeViewOf } from './merge-service.ts';

/** A signed result ready to save: its bytes (JCS + newline), digest and file name. */
export interface SignedResultFile {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly digest: string;
}

/**
 * The committee's result, signed by this profile's (the coordinator's) key as `pingshen.result/1`:
 * every category final, each application's figures, rank, decision and reason, and the digest of
 * every counted sheet and issued package, so the department can check what was decided from what.
 * Refused while any category is not final. Verified by the same code as `pingshen verify-result`
 * before it is returned; audited.
 */
export function signResult(db: Database, reviewId: string, key: Identity & { readonly name: string }, now = new Date().toISOString()): SignedResultFile {
  const review = requireReview(db, reviewId);
  const view = mergeViewOf(db, reviewId);
  const open = view.report.categories.filter((c) => !view.finals.some((f) => f.categoryId === c.id));
  if (open.length > 0) throw domainError('merge.result-open', { names: open.map((c) => c.name).join('、') });
  if (view.report.counted.length === 0) throw domainError('merge.no-sheets-to-sign', {});
  const program = programForReview(db, reviewId);
  const context = mergeContextOf(db, reviewId);
  const decisions = new Map(view.decisions.map((d) => [d.submissionId, d]));
  const counted = new Map(view.report.counted.map((c) => [c.expertId, c]));
  const names = new Map(view.board.map((row) => [row.expertId, row.name]));
  const unsigned: UnsignedResult = {
    format: RESULT_FORMAT,
    reviewId,
    title: review.title,
    documentNumber: review.documentNumber,
    program: { id: program.id, version: program.version },
    // The rule that ranked: the review's own where it chose one.
    rule: context.settings.aggregation.rule,
    // Absent for the default (trim on the totals), so such a result reads as before this field existed.
    ...(context.settings.trimOn === 'criteria' ? { trimOn: 'criteria' as const } : {}),
    createdAt: now,
    coordinator: { name: key.name, publicKey: encodeBase64url(key.publicKeyRaw) },
    packageDigests: [...context.packageDigests].sort(),
    sheets: [...counted.values()].map((c) => ({ expertId: c.expertId, name: names.get(c.expertId) ?? c.expertId, version: c.version, digest: c.digest, fingerprint: c.fingerprint })),
    categories: view.report.categories.map((c) => ({
      id: c.id,
      name: c.name,
      quota: c.quota,
      applications: c.ranking.map((a) => {
        const recorded = decisions.get(a.submissionId);
        return {
          submissionId: a.submissionId,
          applicant: a.applicant,
          rank: a.rank,
          tied: a.tied,
          aggregates: { mean: a.aggregates.mean, trimmedMean: a.aggregates.trimmedMean, median: a.aggregates.median },
          decision: recorded?.decision ?? suggestedDecision(a.standing) ?? 'reject',
          reason: recorded?.reason ?? '',
        };
      }),
    })),
  };
  const { bytes } = signJsonFile(unsigned, key.privateKeyPkcs8, key.publicKeyRaw);
  const check = verifyResultFile(bytes, nodeCrypto);
  if (!check.ok) throw domainError('merge.result-self-check', { reason: check.message });
  db.transaction(() => {
    appendAudit(db, 'merge.result-signed', reviewId, { digest: check.digest, sheets: unsigned.sheets.map((s) => s.digest) }, now);
    // The committee's result is signed: the review is 完成.
    moveStage(db, reviewId, ['expert-review', 'summary'], 'done', now);
  })();
  return { fileName: `${reviewId}.pingshen-result.json`, bytes, digest: check.digest };
}

