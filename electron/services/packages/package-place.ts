import type { Database } from 'better-sqlite3';
import type { DemoWork } from '../../../shared/domain/trust-views.ts';
import { getReview } from '../reviews/review-repository.ts';
import type { OpenedPackage } from './open-package.ts';
import { findImportOfPackageReview } from './package-repository.ts';
import { domainError } from '../../../shared/errors/domain-error.ts';

/** Where an opened package goes in this profile, decided before anything is stored. */
export interface PackagePlace {
  /** The local review the expert scores in: the package's review id, or the expert's copy beside a coordinator's review. */
  readonly localReviewId: string;
  readonly alreadyImported: boolean;
  /** The package's review is held here as coordinator (roster, issued packages, received sheets, decisions): the expert's copy is kept apart from it. */
  readonly keptApart: boolean;
  /** Importing replaces this computer's built-in demo review, losing what `demoWork` counts. */
  readonly replacesDemo: boolean;
  readonly demoWork: DemoWork | null;
}

const idLimit = 80;
const copySuffix = '-expert';

/** The local id of the expert's copy of package review `reviewId` (ids are at most 80 characters). */
export function expertCopyId(reviewId: string): string {
  return `${reviewId.slice(0, idLimit - copySuffix.length)}${copySuffix}`;
}

/** Whether this profile holds coordinator work for a review: experts, issued packages, received sheets or decisions. */
function holdsCoordinatorWork(db: Database, reviewId: string): boolean {
  const row = db
    .prepare(
      `SELECT EXISTS (SELECT 1 FROM roster_experts WHERE review_id = ?) OR EXISTS (SELECT 1 FROM review_packages WHERE review_id = ? AND direction = 'issued')
         OR EXISTS (SELECT 1 FROM received_sheets WHERE review_id = ?) OR EXISTS (SELECT 1 FROM merge_decisions WHERE review_id = ?) AS held`,
    )
    .get(reviewId, reviewId, reviewId, reviewId) as { held: number };
  return row.held === 1;
}

/** What replacing the demo review would delete: the expert's work in it, counted so the dialog can name it. */
export function demoWorkOf(db: Database, reviewId: string): DemoWork {
  const count = (sql: string): number => (db.prepare(sql).get(reviewId) as { n: number }).n;
  return {
    scores: count('SELECT COUNT(*) AS n FROM scores WHERE review_id = ? AND score IS NOT NULL'),
    comments:
      count("SELECT COUNT(*) AS n FROM scores WHERE review_id = ? AND comment <> ''") + count("SELECT COUNT(*) AS n FROM overall_comments WHERE review_id = ? AND comment <> ''"),
    evidence: count('SELECT COUNT(*) AS n FROM evidence WHERE review_id = ?'),
    conflicts: count('SELECT COUNT(*) AS n FROM conflicts WHERE review_id = ?'),
    sheets: count('SELECT COUNT(*) AS n FROM score_sheets WHERE review_id = ?'),
  };
}

/**
 * Decides where a package goes. One computer may hold both roles, so nothing a coordinator made is
 * ever replaced: where the package's review is held here as coordinator, the expert scores in a copy
 * of their own (`expertCopyId`), signed with the package's review id. Only a demo review with no
 * coordinator work is replaced, and only on confirmation. Anything else is refused with no change.
 */
export function placeOf(db: Database, opened: OpenedPackage): PackagePlace {
  const { id: reviewId, title } = opened.manifest.review;
  const plain = { localReviewId: reviewId, alreadyImported: false, keptApart: false, replacesDemo: false, demoWork: null };
  const imported = findImportOfPackageReview(db, reviewId);
  if (imported?.digest === opened.digest) return { ...plain, localReviewId: imported.reviewId, alreadyImported: true, keptApart: imported.reviewId !== reviewId };
  if (imported) {
    throw domainError('packages.other-package', { title });
  }
  const local = getReview(db, reviewId);
  if (!local) return plain;
  if (holdsCoordinatorWork(db, reviewId)) {
    const copyId = expertCopyId(reviewId);
    if (getReview(db, copyId)) throw domainError('packages.copy-taken', { copyId });
    return { ...plain, localReviewId: copyId, keptApart: true };
  }
  if (local.isDemo) return { ...plain, replacesDemo: true, demoWork: demoWorkOf(db, reviewId) };
  throw domainError('packages.review-held', { title: local.title });
}
