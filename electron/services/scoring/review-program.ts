import type { Database } from 'better-sqlite3';
import { ApiFailure } from '../../../shared/api/result.ts';
import type { Program } from '../../../shared/domain/program.ts';
import type { Rubric } from '../../../shared/domain/rubric.ts';
import { getProgram } from '../programs/program-repository.ts';

/** The program version a review pins (its rubrics, floors, aggregation). */
export function programForReview(db: Database, reviewId: string): Program {
  const row = db.prepare('SELECT program_id, program_version FROM reviews WHERE id = ?').get(reviewId) as
    | { program_id: string | null; program_version: number | null }
    | undefined;
  if (!row) throw new ApiFailure('not_found', `未找到评审活动 ${reviewId}`);
  if (!row.program_id || !row.program_version) throw new ApiFailure('not_found', `评审活动 ${reviewId} 没有关联评审方案`);
  const found = getProgram(db, row.program_id, row.program_version);
  if (!found) throw new ApiFailure('not_found', `评审活动 ${reviewId} 的评审方案 ${row.program_id} 第 ${row.program_version} 版不存在`);
  return found.program;
}

/** The rubric a submission is scored with: its field is a category of the program, which names the rubric. */
export function rubricForField(program: Program, fieldId: string): Rubric {
  const category = program.categories.find((c) => c.id === fieldId);
  const rubric = category ? program.rubrics.find((r) => r.id === category.rubricId) : undefined;
  if (!rubric) throw new ApiFailure('not_found', `评审方案中没有与领域 ${fieldId} 对应的评分细则`);
  return rubric;
}

/** The field of a submission, or a not_found failure. */
export function fieldOfSubmission(db: Database, reviewId: string, submissionId: string): string {
  const row = db.prepare('SELECT field_id FROM submissions WHERE review_id = ? AND id = ?').get(reviewId, submissionId) as { field_id: string } | undefined;
  if (!row) throw new ApiFailure('not_found', `评审活动 ${reviewId} 中没有申报 ${submissionId}`);
  return row.field_id;
}
