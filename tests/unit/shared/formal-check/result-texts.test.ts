import { describe, expect, it } from 'vitest';
import type { FormalCheckView } from '../../../../shared/domain/formal-check-view.ts';
import { chinaDate } from '../../../../shared/formal-check/china-time.ts';
import { assembleCheckView } from '../../../../shared/formal-check/assemble-check-view.ts';
import { applicationNotes, formalCheckSubtitle, resultCellText } from '../../../../shared/formal-check/result-texts.ts';

// Run at 07:30 Beijing time on 27 May (23:30 UTC on the 26th), overridden the same morning.
const view: FormalCheckView = assembleCheckView({
  reviewId: 'r',
  stage: 'formal-check',
  ranAt: '2026-05-26T23:30:00.000Z',
  rules: ['deadline.late'],
  applications: [{ id: 's1', applicant: '青岚职业技术学院', fieldId: 'ai' }],
  results: [{ submissionId: 's1', rule: 'deadline.late', result: 'fail', reason: '晚于截止时间', evidence: [] }],
  overrides: [{ submissionId: 's1', rule: 'deadline.late', result: 'pass', overridden: 'fail', reason: '邮件 5 月 25 日已到', at: '2026-05-26T23:45:00.000Z' }],
  conclusions: [],
});

describe('the 结果表 words, on paper and in the workbook', () => {
  it('dates are Beijing dates, not UTC ones; the counts are of what counts (an override included)', () => {
    expect(chinaDate('2026-05-26T23:30:00.000Z')).toBe('2026-05-27');
    expect(chinaDate('2026-05-27T10:00:00+08:00')).toBe('2026-05-27');
    expect(chinaDate('not a time')).toBe('');
    expect(formalCheckSubtitle({ organisation: '安徽省教育厅', documentNumber: '皖教秘职成〔2026〕26号', deadline: '2026-05-25' }, view)).toBe(
      '组织单位：安徽省教育厅；文号：皖教秘职成〔2026〕26号；截止时间：2026-05-25（北京时间）；审查时间：2026-05-27；阶段：形式审查；通过 1 项，不通过 0 项，提示 0 项',
    );
    expect(formalCheckSubtitle({ organisation: '', documentNumber: '', deadline: '' }, view)).toMatch(/^文号：—；截止时间：未设/u);
  });

  it('an override stands beside what the check said, with its date and reason', () => {
    const [application] = view.applications;
    expect(resultCellText(application!.results[0])).toBe('通过（改判，原为不通过）');
    expect(applicationNotes(application!)).toEqual(['【按时报送】不通过：晚于截止时间', '【按时报送】改判为通过（2026-05-27）：邮件 5 月 25 日已到']);
  });
});
