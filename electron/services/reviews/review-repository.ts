import type { Database } from 'better-sqlite3';
import type { ReviewStage } from '../../../shared/domain/formal-check-view.ts';
import type { ReviewDetail, ReviewSummary } from '../../../shared/domain/review.ts';

/** What is stored to create a review: a review detail without the derived counts. */
export type NewReview = Omit<ReviewDetail, 'fieldCount' | 'submissionCount' | 'createdAt' | 'isDemo' | 'archivedAt' | 'stage' | 'organisation'> & {
  /** The organisation that runs it; '' (the default) where not named. */
  readonly organisation?: string;
  /** Where it starts: the formal check for the coordinator's own, expert review for the demo and an opened package. */
  readonly stage?: ReviewStage;
  readonly isDemo: boolean;
  readonly createdAt: string;
  /** The program version the review is scored with; that version is then frozen. */
  readonly program?: { readonly id: string; readonly version: number };
};

interface ReviewRow {
  id: string;
  title: string;
  program_title: string;
  document_number: string;
  deadline: string;
  organisation: string;
  is_demo: number;
  created_at: string;
  archived_at: string | null;
  stage: ReviewStage;
  field_count: number;
  submission_count: number;
}

const summarySql = `
  SELECT r.*,
    (SELECT count(*) FROM review_fields f WHERE f.review_id = r.id) AS field_count,
    (SELECT count(*) FROM submissions s WHERE s.review_id = r.id) AS submission_count
  FROM reviews r`;

function toSummary(row: ReviewRow): ReviewSummary {
  return {
    id: row.id,
    title: row.title,
    programTitle: row.program_title,
    documentNumber: row.document_number,
    isDemo: row.is_demo === 1,
    archivedAt: row.archived_at,
    fieldCount: row.field_count,
    submissionCount: row.submission_count,
    createdAt: row.created_at,
    stage: row.stage,
  };
}

/** Lists the profile's reviews, newest first, the demo after them, archived ones last. */
export function listReviews(db: Database): ReviewSummary[] {
  const rows = db.prepare(`${summarySql} ORDER BY r.archived_at IS NOT NULL, r.is_demo, r.created_at DESC, r.id`).all() as ReviewRow[];
  return rows.map(toSummary);
}

/** Reads one review with its fields and submissions, or null if the profile has no such review. */
export function getReview(db: Database, reviewId: string): ReviewDetail | null {
  const row = db.prepare(`${summarySql} WHERE r.id = ?`).get(reviewId) as ReviewRow | undefined;
  if (!row) return null;
  const fields = db
    .prepare('SELECT id, name, lead_institutions, quota FROM review_fields WHERE review_id = ? ORDER BY position')
    .all(reviewId) as { id: string; name: string; lead_institutions: string; quota: number }[];
  const submissions = db
    .prepare('SELECT id, field_id, applicant, partners, title, applicant_type FROM submissions WHERE review_id = ? ORDER BY position')
    .all(reviewId) as { id: string; field_id: string; applicant: string; partners: string; title: string; applicant_type: string }[];
  return {
    ...toSummary(row),
    deadline: row.deadline,
    organisation: row.organisation,
    fields: fields.map((f) => ({ id: f.id, name: f.name, leadInstitutions: JSON.parse(f.lead_institutions) as string[], quota: f.quota })),
    submissions: submissions.map((s) => ({
      id: s.id,
      fieldId: s.field_id,
      applicant: s.applicant,
      partners: JSON.parse(s.partners) as string[],
      title: s.title,
      applicantType: s.applicant_type,
    })),
  };
}

/** Stores a new review with its fields and submissions in one transaction: all or nothing. */
export function insertReview(db: Database, review: NewReview): void {
  db.transaction(() => {
    db.prepare(
      'INSERT INTO reviews (id, title, program_title, document_number, deadline, is_demo, created_at, program_id, program_version, stage, organisation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(
      review.id, review.title, review.programTitle, review.documentNumber, review.deadline, review.isDemo ? 1 : 0, review.createdAt,
      review.program?.id ?? null, review.program?.version ?? null, review.stage ?? 'formal-check', review.organisation ?? '',
    );
    const insertField = db.prepare(
      'INSERT INTO review_fields (review_id, id, position, name, lead_institutions, quota) VALUES (?, ?, ?, ?, ?, ?)',
    );
    review.fields.forEach((field, position) =>
      insertField.run(review.id, field.id, position, field.name, JSON.stringify(field.leadInstitutions), field.quota),
    );
    const insertSubmission = db.prepare(
      'INSERT INTO submissions (review_id, id, position, field_id, applicant, partners, title, applicant_type) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    review.submissions.forEach((s, position) =>
      insertSubmission.run(review.id, s.id, position, s.fieldId, s.applicant, JSON.stringify(s.partners), s.title, s.applicantType),
    );
  })();
}

/** Sets (a time) or clears (null) when the review was archived. */
export function setArchived(db: Database, reviewId: string, at: string | null): void {
  db.prepare('UPDATE reviews SET archived_at = ? WHERE id = ?').run(at, reviewId);
}

/** A review's stage, or undefined for no such review. */
export function stageOf(db: Database, reviewId: string): ReviewStage | undefined {
  return (db.prepare('SELECT stage FROM reviews WHERE id = ?').get(reviewId) as { stage: ReviewStage } | undefined)?.stage;
}

/** Moves a review to a stage (move-stage.ts decides when, and audits it). */
export function setStage(db: Database, reviewId: string, stage: ReviewStage): void {
  db.prepare('UPDATE reviews SET stage = ? WHERE id = ?').run(stage, reviewId);
}

/** Sets the organisation that runs a review. */
export function setOrganisation(db: Database, reviewId: string, organisation: string): void {
  db.prepare('UPDATE reviews SET organisation = ? WHERE id = ?').run(organisation, reviewId);
}

/** Records the digest a review's score sheets name when no package was imported (the demo's stand-in). */
export function recordStandInDigest(db: Database, reviewId: string, digest: string): void {
  db.prepare('UPDATE reviews SET stand_in_digest = ? WHERE id = ?').run(digest, reviewId);
}

/** The review's stand-in digest: null where its sheets need an imported package, undefined for no such review. */
export function standInDigestOf(db: Database, reviewId: string): string | null | undefined {
  const row = db.prepare('SELECT stand_in_digest AS digest FROM reviews WHERE id = ?').get(reviewId) as { digest: string | null } | undefined;
  return row?.digest;
}
