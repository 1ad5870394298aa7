import { describe, expect, it } from 'vitest';
import type { Program } from '../../../../shared/domain/program.ts';
import type { ReviewDetail } from '../../../../shared/domain/review.ts';
import type { SubmissionScoring } from '../../../../shared/domain/scoring.ts';
import { consistencyReport } from '../../../../shared/scoring/consistency-report.ts';
import { loadProgramTemplates } from '../../../../electron/services/programs/install-templates.ts';

const program: Program = loadProgramTemplates().find((p) => p.id === 'anhui-2026-high-skill-clusters')!;
const criteria = program.rubrics[0]!.sections.flatMap((s) => s.criteria);
const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
const review: ReviewDetail = {
  id: 'r', title: '评审', programTitle: '', documentNumber: '', isDemo: false,
  archivedAt: null, fieldCount: 2, submissionCount: 6, createdAt: '', stage: 'expert-review', deadline: '', organisation: '',
  fields: [{ id: 'ai', name: '人工智能', leadInstitutions: [], quota: 1 }, { id: 'smart-ev', name: '智能网联新能源汽车', leadInstitutions: [], quota: 1 }],
  submissions: ids.map((id, i) => ({ id, fieldId: i < 3 ? 'ai' : 'smart-ev', applicant: `学校${id}`, partners: [], title: id, applicantType: '' })),
};

/** A scoring where every criterion gets `fraction` of its maximum, with comments. */
function scored(submissionId: string, fraction: number, extra: Partial<SubmissionScoring> = {}): SubmissionScoring {
  const scores = Object.fromEntries(criteria.map((c) => [c.id, Math.round((c.maxPoints * fraction) / c.step) * c.step]));
  const comments = Object.fromEntries(criteria.map((c) => [c.id, '有据可查']));
  const checks = Object.fromEntries(program.rubrics[0]!.checks.map((c) => [c.id, 'met' as const]));
  return {
    reviewId: 'r', submissionId, rubricId: program.rubrics[0]!.id, entry: { scores, comments, checks, vetoes: {} },
    evidence: [], conflict: null, overallComment: '', visitedPages: { doc: [1, 2] }, figures: {}, ...extra,
  };
}

describe('consistency review', () => {
  const documents = Object.fromEntries(ids.map((id) => [id, [{ id: 'doc', size: 1, mediaType: 'application/pdf', pages: 3, role: 'application' as const, title: '申报书', fileName: 'a.pdf' }]]));

  it('ranks per field, puts recused last, and is ready only when all are complete or recused', () => {
    const scorings = [scored('a', 0.6), scored('b', 0.9), scored('c', 0.7), scored('d', 0.8), scored('e', 0.8), scored('f', 0.5, { conflict: { reason: '回避', declaredAt: '' } })];
    const report = consistencyReport(review, program, scorings, documents);
    expect(report.fields[0]!.ranked.map((l) => l.submissionId)).toEqual(['b', 'c', 'a']);
    expect(report.fields[1]!.ranked.at(-1)).toMatchObject({ submissionId: 'f', status: 'conflict', z: null });
    expect(report.readyToSign).toBe(true);
    expect(report.fields.flatMap((f) => f.ranked).find((l) => l.submissionId === 'a')?.unseenPages).toEqual([{ documentId: 'doc', pages: [3] }]);
  });

  it('flags an outlier against the expert own mean, and what blocks signing', () => {
    const scorings = ids.map((id) => scored(id, 0.8));
    scorings[0] = scored('a', 0.1);
    const missing = scored('b', 0.8);
    scorings[1] = { ...missing, entry: { ...missing.entry, comments: {} }, visitedPages: {} };
    const report = consistencyReport(review, program, scorings, documents);
    const a = report.fields[0]!.ranked.find((l) => l.submissionId === 'a')!;
    expect(a.outlier).toBe(true);
    expect(a.z!).toBeLessThan(-2);
    const b = report.fields[0]!.ranked.find((l) => l.submissionId === 'b')!;
    expect(b.missingComments.length).toBeGreaterThan(0);
    expect(b.unopenedDocuments).toEqual(['doc']);
    expect(report.readyToSign).toBe(false);
    expect(report.min).toBeLessThan(report.max!);
  });

  it('gives equal totals one place (并列), and no place to recused or unscored applications', () => {
    const blank = scored('c', 0);
    const scorings = [scored('a', 0.8), scored('b', 0.8), { ...blank, entry: { scores: {}, comments: {}, checks: {}, vetoes: {} } }, scored('d', 0.9), scored('e', 0.5), scored('f', 0.7, { conflict: { reason: '回避', declaredAt: '' } })];
    const report = consistencyReport(review, program, scorings, documents);
    expect(report.fields[0]!.ranked.map((l) => [l.submissionId, l.rank, l.tied])).toEqual([['a', 1, true], ['b', 1, true], ['c', null, false]]);
    expect(report.fields[1]!.ranked.map((l) => [l.submissionId, l.rank, l.tied])).toEqual([['d', 1, false], ['e', 2, false], ['f', null, false]]);
  });

  it('rounds the mean, standard deviation and z once, half up to 2 decimals', () => {
    const one = (id: string, score: number) => ({ ...scored(id, 0), entry: { ...scored(id, 0).entry, scores: Object.fromEntries(criteria.map((c, i) => [c.id, i === 0 ? score : 0])) } });
    // Totals 1, 2, 4 (and 0.5 steps never drift): mean 7/3 = 2.333…, SD √(14/9) = 1.2472…
    const report = consistencyReport(review, program, [one('a', 1), one('b', 2), one('c', 4), one('d', 0), one('e', 0), one('f', 0)].map((s, i) => (i > 2 ? { ...s, conflict: { reason: '回避', declaredAt: '' } } : s)), documents);
    expect(report.mean).toBe(2.33);
    expect(report.stdDev).toBe(1.25);
    expect(report.fields[0]!.ranked.map((l) => l.z)).toEqual([1.34, -0.27, -1.07]);
  });
});
