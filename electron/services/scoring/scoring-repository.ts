import type { Database } from 'better-sqlite3';
import type { Evidence, ScoringEdit, SubmissionScoring } from '../../../shared/domain/scoring.ts';
import { domainError } from '../../../shared/errors/domain-error.ts';

type Key = { readonly reviewId: string; readonly submissionId: string };

/** Reads everything the expert entered for one submission. */
export function readScoring(db: Database, key: Key, rubricId: string): SubmissionScoring {
  const args = [key.reviewId, key.submissionId];
  const scores: Record<string, number | null> = {};
  const comments: Record<string, string> = {};
  for (const row of db.prepare('SELECT criterion_id, score, comment FROM scores WHERE review_id = ? AND submission_id = ?').all(...args) as {
    criterion_id: string; score: number | null; comment: string;
  }[]) {
    scores[row.criterion_id] = row.score;
    if (row.comment !== '') comments[row.criterion_id] = row.comment;
  }
  const checks: Record<string, 'met' | 'not-met' | null> = {};
  const vetoes: Record<string, boolean> = {};
  for (const row of db.prepare('SELECT item_id, kind, value FROM score_marks WHERE review_id = ? AND submission_id = ?').all(...args) as {
    item_id: string; kind: 'check' | 'veto'; value: string;
  }[]) {
    if (row.kind === 'check') checks[row.item_id] = row.value as 'met' | 'not-met';
    else vetoes[row.item_id] = true;
  }
  const conflict = db.prepare('SELECT reason, declared_at FROM conflicts WHERE review_id = ? AND submission_id = ?').get(...args) as
    | { reason: string; declared_at: string }
    | undefined;
  const overall = db.prepare('SELECT comment FROM overall_comments WHERE review_id = ? AND submission_id = ?').get(...args) as { comment: string } | undefined;
  const visitedPages: Record<string, number[]> = {};
  for (const row of db.prepare('SELECT document_id, page FROM page_visits WHERE review_id = ? AND submission_id = ? ORDER BY page').all(...args) as {
    document_id: string; page: number;
  }[]) {
    (visitedPages[row.document_id] ??= []).push(row.page);
  }
  const figuresRow = db.prepare('SELECT figures FROM submissions WHERE review_id = ? AND id = ?').get(...args) as { figures: string } | undefined;
  return {
    reviewId: key.reviewId,
    submissionId: key.submissionId,
    rubricId,
    entry: { scores, comments, checks, vetoes },
    evidence: listEvidence(db, key),
    conflict: conflict ? { reason: conflict.reason, declaredAt: conflict.declared_at } : null,
    overallComment: overall?.comment ?? '',
    visitedPages,
    figures: figuresRow ? (JSON.parse(figuresRow.figures) as Record<string, number>) : {},
  };
}

/** The evidence cited for a submission, oldest first. */
export function listEvidence(db: Database, key: Key): Evidence[] {
  const rows = db
    .prepare('SELECT id, criterion_id, document_id, page, quote, created_at FROM evidence WHERE review_id = ? AND submission_id = ? ORDER BY id')
    .all(key.reviewId, key.submissionId) as { id: number; criterion_id: string; document_id: string; page: number; quote: string; created_at: string }[];
  return rows.map((r) => ({ id: r.id, criterionId: r.criterion_id, documentId: r.document_id, page: r.page, quote: r.quote, createdAt: r.created_at }));
}

function refuseIfRecused(db: Database, key: Key): void {
  if (db.prepare('SELECT 1 FROM conflicts WHERE review_id = ? AND submission_id = ?').get(key.reviewId, key.submissionId)) {
    throw domainError('scoring.recused-locked', {});
  }
}

/** Saves one edit in its own transaction (durable on return with synchronous=FULL). */
export function applyScoringEdit(db: Database, key: Key, edit: ScoringEdit, now = new Date().toISOString()): void {
  db.transaction(() => {
    refuseIfRecused(db, key);
    const k = [key.reviewId, key.submissionId] as const;
    switch (edit.kind) {
      case 'score':
        db.prepare(
          `INSERT INTO scores (review_id, submission_id, criterion_id, score, updated_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT DO UPDATE SET score = excluded.score, updated_at = excluded.updated_at`,
        ).run(...k, edit.criterionId, edit.score, now);
        return;
      case 'comment':
        db.prepare(
          `INSERT INTO scores (review_id, submission_id, criterion_id, comment, updated_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT DO UPDATE SET comment = excluded.comment, updated_at = excluded.updated_at`,
        ).run(...k, edit.criterionId, edit.comment, now);
        return;
      case 'check':
      case 'veto': {
        const value = edit.kind === 'check' ? edit.value : edit.value ? 'veto' : null;
        if (value === null) {
          db.prepare('DELETE FROM score_marks WHERE review_id = ? AND submission_id = ? AND item_id = ?').run(...k, edit.itemId);
          return;
        }
        db.prepare(
          `INSERT INTO score_marks (review_id, submission_id, item_id, kind, value, updated_at) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
        ).run(...k, edit.itemId, edit.kind, value, now);
        return;
      }
      case 'overall-comment':
        db.prepare(
          `INSERT INTO overall_comments (review_id, submission_id, comment, updated_at) VALUES (?, ?, ?, ?)
           ON CONFLICT DO UPDATE SET comment = excluded.comment, updated_at = excluded.updated_at`,
        ).run(...k, edit.comment, now);
        return;
    }
  })();
}

/** Adds a citation; returns it with its id. */
export function addEvidence(db: Database, key: Key, cite: Omit<Evidence, 'id' | 'createdAt'>, now = new Date().toISOString()): Evidence {
  return db.transaction(() => {
    refuseIfRecused(db, key);
    const info = db
      .prepare('INSERT INTO evidence (review_id, submission_id, criterion_id, document_id, page, quote, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(key.reviewId, key.submissionId, cite.criterionId, cite.documentId, cite.page, cite.quote, now);
    return { ...cite, id: Number(info.lastInsertRowid), createdAt: now };
  })();
}

/** Removes a citation of this submission (no effect on others). */
export function removeEvidence(db: Database, key: Key, id: number): void {
  db.transaction(() => {
    refuseIfRecused(db, key);
    db.prepare('DELETE FROM evidence WHERE id = ? AND review_id = ? AND submission_id = ?').run(id, key.reviewId, key.submissionId);
  })();
}

/** Declares (reason) or withdraws (null) a conflict of interest for a submission. */
export function setConflict(db: Database, key: Key, reason: string | null, now = new Date().toISOString()): void {
  if (reason === null) {
    db.prepare('DELETE FROM conflicts WHERE review_id = ? AND submission_id = ?').run(key.reviewId, key.submissionId);
    return;
  }
  db.prepare(
    `INSERT INTO conflicts (review_id, submission_id, reason, declared_at) VALUES (?, ?, ?, ?)
     ON CONFLICT DO UPDATE SET reason = excluded.reason, declared_at = excluded.declared_at`,
  ).run(key.reviewId, key.submissionId, reason, now);
}

/** Records that the expert saw a page (first time only). */
export function recordPageVisit(db: Database, key: Key, documentId: string, page: number, now = new Date().toISOString()): void {
  db.prepare('INSERT INTO page_visits (review_id, submission_id, document_id, page, first_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING').run(
    key.reviewId, key.submissionId, documentId, page, now,
  );
}
