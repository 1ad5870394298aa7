import { describe, expect, it } from 'vitest';
import type { SubmissionDocument } from '../../../../shared/domain/document.ts';
import type { ReviewDetail } from '../../../../shared/domain/review.ts';
import type { SubmissionScoring } from '../../../../shared/domain/scoring.ts';
import { summarizeScoring } from '../../../../shared/scoring/scoring-status.ts';
import {
  applyEditFailed, applyEditSaved, applyLocalEdit, applyScoringReloaded, applySignedVersion, scoringLock, applyPageVisited, applyReviewLoaded, applySubmissionLoaded, focusedCriterion, initialWorkspaceState,
  mergeWindowMs, takeRedo, takeUndo, visibleSubmissions, type WorkspaceState,
} from '../../../../renderer/src/features/scoring/workspace-state.ts';
import { criterion, minimalProgram, sampleRubric } from '../../../support/rubric-fixture.ts';

const review: ReviewDetail = {
  id: 'rv', title: '评审', programTitle: '计划', documentNumber: '文号', isDemo: true,
  archivedAt: null, fieldCount: 1, submissionCount: 2,
  createdAt: '2026-01-01', stage: 'expert-review', deadline: '2026-05-25', organisation: '', fields: [{ id: 'ai', name: '人工智能', leadInstitutions: [], quota: 1 }],
  submissions: [
    { id: 's1', fieldId: 'ai', applicant: '青岚职业技术学院', partners: ['青岚智行汽车'], title: '现场工程师项目', applicantType: '' },
    { id: 's2', fieldId: 'ai', applicant: '云湖信息职业技术学院', partners: [], title: '人工智能集群', applicantType: '' },
  ],
};
const documents: SubmissionDocument[] = [
  { id: 'a'.repeat(64), size: 10, mediaType: 'application/pdf', pages: 7, role: 'application', title: '申报书', fileName: '申报书.pdf' },
  { id: 'b'.repeat(64), size: 10, mediaType: 'application/pdf', pages: 3, role: 'evidence', title: '佐证材料', fileName: '佐证材料.pdf' },
];

function scoring(submissionId: string): SubmissionScoring {
  return {
    reviewId: 'rv', submissionId, rubricId: 'r1', entry: { scores: {}, comments: {}, checks: {}, vetoes: {} }, evidence: [], conflict: null,
    overallComment: '', visitedPages: {}, figures: {},
  };
}

function opened(): WorkspaceState {
  const program = minimalProgram();
  const rubric = program.rubrics[0]!;
  const overview = review.submissions.map((s) => summarizeScoring(rubric, scoring(s.id), documents.map((d) => d.id)));
  const loaded = applyReviewLoaded(initialWorkspaceState, { review, program, overview, signedVersion: null });
  return applySubmissionLoaded(loaded, scoring('s1'), documents);
}

describe('expert workspace state', () => {
  it('opens a submission on its first document with nothing focused', () => {
    const state = opened();
    expect(state).toMatchObject({ phase: 'ready', submissionId: 's1', activeDocumentId: documents[0]!.id, focusedCriterionId: null });
    expect(state.overview.find((r) => r.submissionId === 's1')?.unreadDocuments).toBe(2);
  });

  it('counts a document as read, in the list too, once one of its pages is shown; a page seen again changes nothing', () => {
    const state = applyPageVisited(opened(), documents[0]!.id, 1);
    expect(state.scoring?.visitedPages[documents[0]!.id]).toEqual([1]);
    expect(state.overview.find((r) => r.submissionId === 's1')?.unreadDocuments).toBe(1);
    expect(state.overview.find((r) => r.submissionId === 's2')?.unreadDocuments).toBe(2);
    const again = applyPageVisited(state, documents[0]!.id, 1);
    expect(again).toBe(state);
    const both = applyPageVisited(applyPageVisited(state, documents[0]!.id, 4), documents[1]!.id, 2);
    expect(both.scoring?.visitedPages).toEqual({ [documents[0]!.id]: [1, 4], [documents[1]!.id]: [2] });
    expect(both.overview.find((r) => r.submissionId === 's1')?.unreadDocuments).toBe(0);
  });

  it('knows the focused criterion of the submission’s rubric, whose keywords the reader searches', () => {
    const program = minimalProgram();
    const withKeywords = { ...program, rubrics: [{ ...sampleRubric(), sections: [{ ...sampleRubric().sections[0]!, criteria: [criterion({ id: 'c1', keywords: ['课程思政'] }), sampleRubric().sections[0]!.criteria[1]!] }, sampleRubric().sections[1]!] }] };
    const state = { ...opened(), program: withKeywords };
    expect(focusedCriterion(state)).toBeNull();
    expect(focusedCriterion({ ...state, focusedCriterionId: 'c1' })?.keywords).toEqual(['课程思政']);
    expect(focusedCriterion({ ...state, focusedCriterionId: 'nope' })).toBeNull();
    expect(focusedCriterion({ ...state, submissionId: null, focusedCriterionId: 'c1' })).toBeNull();
  });

  it('shows an edit at once, counts it pending until saved, and puts it on the undo stack', () => {
    const state = applyLocalEdit(opened(), { kind: 'score', criterionId: 'c2', score: 8 }, 1000);
    expect(state.scoring?.entry.scores.c2).toBe(8);
    expect(state.pending).toBe(1);
    expect(state.overview.find((r) => r.submissionId === 's1')?.total).toBe(8);
    expect(applyEditSaved(state).pending).toBe(0);
    const undone = takeUndo(state);
    expect(undone?.edit).toEqual({ kind: 'score', criterionId: 'c2', score: null });
    const redone = undone ? takeRedo(undone.state) : null;
    expect(redone?.edit).toEqual({ kind: 'score', criterionId: 'c2', score: 8 });
  });

  it('typing a comment undoes as one step, a pause makes a new one', () => {
    let state = opened();
    state = applyLocalEdit(state, { kind: 'comment', criterionId: 'c2', comment: '师' }, 1000);
    state = applyLocalEdit(state, { kind: 'comment', criterionId: 'c2', comment: '师资' }, 1300);
    expect(state.undo).toHaveLength(1);
    expect(state.undo[0]?.inverse).toEqual({ kind: 'comment', criterionId: 'c2', comment: '' });
    state = applyLocalEdit(state, { kind: 'comment', criterionId: 'c2', comment: '师资强' }, 1300 + mergeWindowMs + 1);
    expect(state.undo).toHaveLength(2);
  });

  it('filters the list by text over applicant, title and partners', () => {
    const state = opened();
    expect(visibleSubmissions({ ...state, filter: { text: '青岚智行', status: 'all', sort: 'order' } }).map((s) => s.id)).toEqual(['s1']);
    expect(visibleSubmissions({ ...state, filter: { text: '', status: 'in-progress', sort: 'order' } })).toEqual([]);
  });

  it('sorts within each field, fields in the review’s order, ties in submission order', () => {
    const submissions = [
      { id: 'a1', fieldId: 'auto', applicant: '松川汽车工程学校', partners: [], title: 'x', applicantType: '' },
      { id: 'i1', fieldId: 'ai', applicant: '云湖信息职业技术学院', partners: [], title: 'x', applicantType: '' },
      { id: 'i2', fieldId: 'ai', applicant: '安庆职业技术学院', partners: [], title: 'x', applicantType: '' },
      { id: 'i3', fieldId: 'ai', applicant: '临湾科技职业学院', partners: [], title: 'x', applicantType: '' },
    ];
    const fields = [{ id: 'ai', name: '人工智能', leadInstitutions: [], quota: 1 }, { id: 'auto', name: '汽车', leadInstitutions: [], quota: 1 }];
    const row = (submissionId: string, total: number, status: 'not-started' | 'in-progress' | 'complete' | 'conflict') => ({
      submissionId, status, total, maxTotal: 35, scoredCriteria: 0, totalCriteria: 3, missingComments: 0, unreadDocuments: 0, vetoed: false,
    });
    const overview = [row('a1', 30, 'complete'), row('i1', 12, 'in-progress'), row('i2', 30, 'complete'), row('i3', 12, 'not-started')];
    const base = { review: { ...review, fields, submissions }, overview };
    const ids = (sort: 'order' | 'total-desc' | 'total-asc' | 'status' | 'applicant') => visibleSubmissions({ ...base, filter: { text: '', status: 'all', sort } }).map((s) => s.id);
    expect(ids('order')).toEqual(['i1', 'i2', 'i3', 'a1']);
    expect(ids('total-desc')).toEqual(['i2', 'i1', 'i3', 'a1']);
    expect(ids('total-asc')).toEqual(['i1', 'i3', 'i2', 'a1']);
    expect(ids('status')).toEqual(['i1', 'i3', 'i2', 'a1']);
    // Chinese names in pinyin order: 安 (an) < 临 (lin) < 云 (yun).
    expect(ids('applicant')).toEqual(['i2', 'i3', 'i1', 'a1']);
  });

  it('changes nothing, undo and redo included, while a signed version locks scoring', () => {
    const c = minimalProgram().rubrics[0]!.sections[0]!.criteria[0]!;
    const edited = applyLocalEdit(opened(), { kind: 'score', criterionId: c.id, score: 1 }, 0);
    const signed = applySignedVersion(edited, 2);
    expect(scoringLock(signed)).toEqual({ kind: 'signed', version: 2 });
    expect(applyLocalEdit(signed, { kind: 'score', criterionId: c.id, score: 2 }, 10)).toBe(signed);
    expect(takeUndo(signed)).toBeNull();
    const amended = applySignedVersion(signed, null);
    expect(scoringLock(amended)).toBeNull();
    expect(applyLocalEdit(amended, { kind: 'score', criterionId: c.id, score: 2 }, 10).scoring?.entry.scores[c.id]).toBe(2);
  });

  it('after a refused edit shows what is stored, in the rubric and in the list row', () => {
    const c = minimalProgram().rubrics[0]!.sections[0]!.criteria[0]!;
    const edited = applyLocalEdit(opened(), { kind: 'score', criterionId: c.id, score: 1 }, 0);
    expect(edited.overview.find((r) => r.submissionId === 's1')?.total).toBe(1);
    const failed = applyEditFailed(edited, '评分已锁定');
    const stored = opened();
    const reloaded = applyScoringReloaded(failed, stored.scoring!, stored.overview);
    expect(reloaded.scoring?.entry.scores[c.id]).toBeUndefined();
    expect(reloaded.overview.find((r) => r.submissionId === 's1')?.total).toBe(0);
    expect(reloaded.saveError).toBe('评分已锁定');
    expect(reloaded.pending).toBe(0);
  });
});
