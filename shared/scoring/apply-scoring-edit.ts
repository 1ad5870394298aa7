import type { ScoringEdit, SubmissionScoring } from '../domain/scoring.ts';

/** The scoring after one edit (what the service stores), so the UI can show it at once. */
export function applyScoringEdit(scoring: SubmissionScoring, edit: ScoringEdit): SubmissionScoring {
  const entry = scoring.entry;
  switch (edit.kind) {
    case 'score':
      return { ...scoring, entry: { ...entry, scores: { ...entry.scores, [edit.criterionId]: edit.score } } };
    case 'comment': {
      const comments = { ...entry.comments };
      if (edit.comment === '') delete comments[edit.criterionId];
      else comments[edit.criterionId] = edit.comment;
      return { ...scoring, entry: { ...entry, comments } };
    }
    case 'check': {
      const checks = { ...entry.checks };
      if (edit.value === null) delete checks[edit.itemId];
      else checks[edit.itemId] = edit.value;
      return { ...scoring, entry: { ...entry, checks } };
    }
    case 'veto': {
      const vetoes = { ...entry.vetoes };
      if (edit.value) vetoes[edit.itemId] = true;
      else delete vetoes[edit.itemId];
      return { ...scoring, entry: { ...entry, vetoes } };
    }
    case 'overall-comment':
      return { ...scoring, overallComment: edit.comment };
  }
}

/** The edit that undoes `edit` on `scoring` (restores the value it replaces). */
export function inverseScoringEdit(scoring: SubmissionScoring, edit: ScoringEdit): ScoringEdit {
  const entry = scoring.entry;
  switch (edit.kind) {
    case 'score':
      return { kind: 'score', criterionId: edit.criterionId, score: entry.scores[edit.criterionId] ?? null };
    case 'comment':
      return { kind: 'comment', criterionId: edit.criterionId, comment: entry.comments[edit.criterionId] ?? '' };
    case 'check':
      return { kind: 'check', itemId: edit.itemId, value: entry.checks[edit.itemId] ?? null };
    case 'veto':
      return { kind: 'veto', itemId: edit.itemId, value: entry.vetoes[edit.itemId] ?? false };
    case 'overall-comment':
      return { kind: 'overall-comment', comment: scoring.overallComment };
  }
}

/** Which field an edit changes: edits of the same field in quick succession undo as one. */
export function scoringEditTarget(edit: ScoringEdit): string {
  switch (edit.kind) {
    case 'score':
    case 'comment':
      return `${edit.kind}:${edit.criterionId}`;
    case 'check':
    case 'veto':
      return `${edit.kind}:${edit.itemId}`;
    case 'overall-comment':
      return 'overall-comment';
  }
}
