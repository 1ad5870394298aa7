import type { Database } from 'better-sqlite3';
import { domainError } from '../../../shared/errors/domain-error.ts';
import type { NewReviewInput } from '../../../shared/domain/new-review.ts';
import { freeId } from '../../../shared/domain/id.ts';
import type { ReviewDetail } from '../../../shared/domain/review.ts';
import { appendAudit } from '../db/audit-log.ts';
import { getProgram } from '../programs/program-repository.ts';
import { requireReview } from './require-review.ts';
import { getReview, insertReview, setArchived } from './review-repository.ts';

/** A free review id for a day: `review-20261202`, then `-2`, `-3`, …. */
function freeReviewId(db: Database, now: string): string {
  return freeId(`review-${now.slice(0, 10).replaceAll('-', '')}`, (id) => getReview(db, id) !== null);
}

/**
 * Starts a review of the coordinator's own from a program of the library: the program's current
 * version is pinned (editing the program later makes a new version, never changes this review),
 * the categories taken become the review's fields with their quotas, in the program's order. No
 * applications yet: they come with the intake. Audited.
 */
export function createReview(db: Database, input: NewReviewInput, now = new Date().toISOString()): ReviewDetail {
  const found = getProgram(db, input.programId);
  if (!found) throw domainError('reviews.no-program', { programId: input.programId });
  const { program } = found;
  const unknown = input.categories.find((c) => !program.categories.some((k) => k.id === c.id));
  if (unknown) throw domainError('reviews.no-category', { program: program.title, categoryId: unknown.id });
  const quotas = new Map(input.categories.map((c) => [c.id, c.quota]));
  const id = freeReviewId(db, now);
  db.transaction(() => {
    insertReview(db, {
      id,
      title: input.title.trim(),
      programTitle: program.title,
      documentNumber: program.documentNumber,
      deadline: input.deadline,
      organisation: input.organisation ?? '',
      isDemo: false,
      createdAt: now,
      program: { id: program.id, version: program.version },
      fields: program.categories.filter((k) => quotas.has(k.id)).map((k) => ({ id: k.id, name: k.name, leadInstitutions: k.leadInstitutions, quota: quotas.get(k.id) ?? k.quota })),
      submissions: [],
    });
    appendAudit(db, 'review.created', id, { title: input.title.trim(), program: { id: program.id, version: program.version }, categories: input.categories, deadline: input.deadline, organisation: input.organisation ?? '' }, now);
  })();
  return requireReview(db, id);
}

/** Archives a review (listed apart, otherwise unchanged) or takes it back into use; audited either way. */
export function archiveReview(db: Database, reviewId: string, archived: boolean, now = new Date().toISOString()): ReviewDetail {
  const review = requireReview(db, reviewId);
  if ((review.archivedAt !== null) === archived) return review;
  db.transaction(() => {
    setArchived(db, reviewId, archived ? now : null);
    appendAudit(db, archived ? 'review.archived' : 'review.unarchived', reviewId, {}, now);
  })();
  return requireReview(db, reviewId);
}
