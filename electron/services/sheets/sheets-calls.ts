import { DomainError, domainError } from '../../../shared/errors/domain-error.ts';
import type { Database } from 'better-sqlite3';
import type { ApiHandlers } from '../../../shared/api/contract.ts';
import { ApiFailure } from '../../../shared/api/result.ts';
import type { SheetStatus } from '../../../shared/domain/trust-views.ts';
import { consistencyReport } from '../../../shared/scoring/consistency-report.ts';
import { composeUnsignedSheet } from '../../../shared/sheets/compose-sheet.ts';
import { pairKey } from '../../../shared/sheets/check-revisions.ts';
import type { ScoreSheet } from '../../../shared/sheets/sheet-schema.ts';
import { verifySheet } from '../../../shared/sheets/verify-sheet.ts';
import { appendAudit } from '../db/audit-log.ts';
import { listSubmissionDocuments } from '../documents/document-repository.ts';
import { programForReview, rubricForField } from '../scoring/review-program.ts';
import { readScoring } from '../scoring/scoring-repository.ts';
import { readIdentityProfile } from '../identity/identity-profile.ts';
import type { IdentityService } from '../identity/identity-service.ts';
import { nodeCrypto } from '../crypto/node-crypto.ts';
import { signSheet } from './sign-sheet.ts';
import { insertSheet, isScoringLocked, listSheetVersions, markAmended, readSheetBytes } from './sheet-repository.ts';
import { sheetSignerOf } from './sheet-signer.ts';
import { requireReview } from '../reviews/require-review.ts';

type SheetCalls = Pick<ApiHandlers, 'sheets:status' | 'sheets:sign' | 'sheets:changes' | 'sheets:amend' | 'sheets:get' | 'sheets:export'>;

/** The expert's finished work on every submission, with what the consistency review says of it. */
function collectScoring(db: Database, reviewId: string) {
  const review = requireReview(db, reviewId);
  const program = programForReview(db, reviewId);
  const items = review.submissions.map((s) => {
    const rubric = rubricForField(program, s.fieldId);
    return { rubric, scoring: readScoring(db, { reviewId, submissionId: s.id }, rubric.id), documents: listSubmissionDocuments(db, reviewId, s.id) };
  });
  const documents = Object.fromEntries(review.submissions.map((s, i) => [s.id, items[i]?.documents ?? []]));
  const report = consistencyReport(review, program, items.map((i) => i.scoring), documents);
  return { items, readyToSign: report.readyToSign, review };
}

/** The expert's score sheet calls: status, sign (then scoring is locked), amend, read and export a version. */
export function createSheetsCalls(deps: { db: Database; identity: IdentityService }): SheetCalls {
  const { db, identity } = deps;
  const signerOf = (reviewId: string) => {
    const info = identity.status();
    return sheetSignerOf(db, reviewId, { profile: readIdentityProfile(db), fingerprint: info.fingerprint });
  };
  const status = (reviewId: string): SheetStatus => {
    requireReview(db, reviewId);
    const signer = signerOf(reviewId);
    const publicKey = identity.status().publicKey;
    return {
      signer: signer.signer,
      signerProblem: signer.problem,
      packageDigest: signer.packageDigest,
      demoDigest: signer.demoDigest,
      keyMismatch: signer.rosterKey !== null && publicKey !== null && signer.rosterKey !== publicKey,
      locked: isScoringLocked(db, reviewId) !== null,
      versions: listSheetVersions(db, reviewId),
    };
  };
  const signedBytes = (reviewId: string, version: number) => {
    const found = readSheetBytes(db, reviewId, version);
    if (!found) throw domainError('sheets.no-version', { version });
    return found;
  };
  // The newest signed version as signed: what the next version supersedes and is compared with.
  const previousSheet = (reviewId: string): ScoreSheet | null => {
    const newest = listSheetVersions(db, reviewId).at(-1);
    if (!newest) return null;
    const { bytes } = signedBytes(reviewId, newest.version);
    const result = verifySheet({ bytes, crypto: nodeCrypto });
    if (!result.ok) throw domainError('sheets.stored-invalid', { version: newest.version, reason: result.message });
    return result.sheet;
  };
  return {
    'sheets:status': ({ reviewId }) => status(reviewId),
    'sheets:changes': ({ reviewId }) => {
      const previous = previousSheet(reviewId);
      if (!previous) return { previousVersion: null, scores: [] };
      const { items, review } = collectScoring(db, reviewId);
      // The next version's scores as signing would write them; an unfinished criterion is not offered yet.
      const before = new Map(previous.submissions.flatMap((s) => s.scores.map((c) => [pairKey(s.submissionId, c.criterionId), c.score] as const)));
      const applicants = new Map(review.submissions.map((s) => [s.id, s.applicant]));
      const scores = items.flatMap(({ rubric, scoring }) =>
        scoring.conflict
          ? []
          : rubric.sections.flatMap((section) =>
              section.criteria.flatMap((criterion) => {
                const to = scoring.entry.scores[criterion.id];
                if (to === null || to === undefined) return [];
                const from = before.get(pairKey(scoring.submissionId, criterion.id)) ?? null;
                return [{ submissionId: scoring.submissionId, applicant: applicants.get(scoring.submissionId) ?? scoring.submissionId, criterionId: criterion.id, criterionTitle: criterion.title, from, to, changed: from !== to }];
              }),
            ),
      );
      return { previousVersion: previous.version, scores };
    },
    'sheets:sign': ({ reviewId, reasons }) => {
      const { signer, problem, packageDigest, sheetReviewId } = signerOf(reviewId);
      if (!signer || packageDigest === null || sheetReviewId === null) throw new ApiFailure('conflict', problem ?? '无法签名');
      const locked = isScoringLocked(db, reviewId);
      if (locked) throw domainError('sheets.already-signed', { version: locked.version });
      const { items, readyToSign } = collectScoring(db, reviewId);
      if (!readyToSign) throw domainError('sheets.not-ready', {});
      const key = identity.requireUnlocked();
      const newest = listSheetVersions(db, reviewId).at(-1) ?? null;
      let signed: ReturnType<typeof signSheet>;
      try {
        const unsigned = composeUnsignedSheet({
          reviewId: sheetReviewId,
          packageDigest,
          expert: { ...signer, publicKey: key.publicKey },
          version: (newest?.version ?? 0) + 1,
          supersedes: newest?.digest ?? null,
          createdAt: new Date().toISOString(),
          submissions: items,
          previous: previousSheet(reviewId),
          reasons: reasons ?? [],
        });
        signed = signSheet(unsigned, key.privateKeyPkcs8, key.publicKeyRaw);
      } catch (error) {
        if (error instanceof DomainError) throw error;
        throw new ApiFailure('invalid_input', error instanceof Error ? error.message : String(error));
      }
      const { sheet } = signed;
      db.transaction(() => {
        insertSheet(db, { reviewId, expertId: signer.id, version: sheet.version, digest: signed.digest, supersedes: sheet.supersedes, packageDigest, fileName: signed.fileName, bytes: signed.bytes });
        appendAudit(db, 'sheet.signed', reviewId, { expertId: signer.id, version: sheet.version, digest: signed.digest, supersedes: sheet.supersedes, packageDigest, ...(sheet.revisions ? { reasons: sheet.revisions.length } : {}) });
      })();
      return status(reviewId);
    },
    'sheets:amend': ({ reviewId }) => {
      const locked = isScoringLocked(db, reviewId);
      if (!locked) throw domainError('sheets.nothing-to-amend', {});
      db.transaction(() => {
        markAmended(db, reviewId, locked.version);
        appendAudit(db, 'sheet.amend-opened', reviewId, { version: locked.version, digest: locked.digest });
      })();
      return status(reviewId);
    },
    'sheets:get': ({ reviewId, version }) => {
      const { bytes, fileName } = signedBytes(reviewId, version);
      const result = verifySheet({ bytes, crypto: nodeCrypto });
      // The stored bytes were verified when signed; a failure here means the profile was tampered with.
      if (!result.ok) throw domainError('sheets.stored-invalid', { version, reason: result.message });
      return { sheet: result.sheet, digest: result.digest, fingerprint: result.fingerprint, fileName };
    },
    'sheets:export': ({ reviewId, version }) => {
      const { bytes, fileName } = signedBytes(reviewId, version);
      return { fileName, base64: Buffer.from(bytes).toString('base64') };
    },
  };
}

/** Wraps the scoring calls that change the expert's work so they refuse while a signed version is the newest. */
export function lockWhileSigned<T extends Pick<ApiHandlers, 'scoring:edit' | 'scoring:cite' | 'scoring:uncite' | 'scoring:conflict'>>(db: Database, handlers: T): T {
  const guard = (reviewId: string): void => {
    const locked = isScoringLocked(db, reviewId);
    if (locked) throw domainError('sheets.locked', { version: locked.version });
  };
  return {
    ...handlers,
    'scoring:edit': (input) => (guard(input.reviewId), handlers['scoring:edit'](input)),
    'scoring:cite': (input) => (guard(input.reviewId), handlers['scoring:cite'](input)),
    'scoring:uncite': (input) => (guard(input.reviewId), handlers['scoring:uncite'](input)),
    'scoring:conflict': (input) => (guard(input.reviewId), handlers['scoring:conflict'](input)),
  };
}
