import type { Database } from 'better-sqlite3';
import type { Program } from '../../../shared/domain/program.ts';
import type { Rubric } from '../../../shared/domain/rubric.ts';
import { domainError } from '../../../shared/errors/domain-error.ts';
import { getProgram } from '../programs/program-repository.ts';

/** The program version a review pins (its rubrics, floors, aggregation). */
export function programForReview(db: Database, reviewId: string): Program {
  const row = db.prepare('SELECT program_id, program_version FROM reviews WHERE id = ?').get(reviewId) as
    | { program_id: string | null; program_version: number | null }
    | undefined;
  if (!row) throw domainError('reviews.not-found', { reviewId });
  if (!row.program_id || !row.program_version) throw domainError('scoring.no-program', { reviewId });
  const found = getProgram(db, row.program_id, row.program_version);
  if (!found) throw domainError('scoring.program-missing', { reviewId, programId: row.program_id, version: row.program_version });
  return found.program;
}

/** The rubric a submission is scored with: its field is a category of the program, which names the rubric. */
export function rubricForField(program: Program, fieldId: string): Rubric {
  const category = program.categories.find((c) => c.id === fieldId);
  const rubric = category ? program.rubrics.find((r) => r.id === category.rubricId) : undefined;
  if (!rubric) throw domainError('scoring.no-rubric', { fieldId });
  return rubric;
}

/** The field of a submission, or a not_found failure. */
export function fieldOfSubmission(db: Database, reviewId: string, submissionId: string): string {
  const row = db.prepare('SELECT field_id FROM submissions WHERE review_id = ? AND id = ?').get(reviewId, submissionId) as { field_id: string } | undefined;
  if (!row) throw domainError('reviews.submission-not-found', { reviewId, submissionId });
  return row.field_id;
}
