import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoEntries, demoReviewSchema } from '../../../../shared/domain/demo-review.ts';
import type { DemoReview } from '../../../../shared/domain/demo-review.ts';
import { checkOutcomeFloors, outcomeFloorsSchema } from '../../../../shared/domain/outcome-floor.ts';
import { rootDir } from '../../../support/corpus.ts';

const demoFile = join(rootDir, 'resources', 'demo', 'demo-review.json');
const floorsFile = join(rootDir, 'resources', 'demo', 'outcome-floors.json');

/** A fresh, mutable copy of the shipped demo for each broken variant. */
function shipped(): DemoReview {
  return JSON.parse(readFileSync(demoFile, 'utf8')) as DemoReview;
}

function messages(data: unknown): string[] {
  const result = demoReviewSchema.safeParse(data);
  expect(result.success).toBe(false);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('the shipped demo review', () => {
  it('validates against demoReviewSchema', () => {
    const result = demoReviewSchema.safeParse(shipped());
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('follows the 2026 Anhui call: document number, deadline, three fields and their lead institutions', () => {
    const { review } = demoReviewSchema.parse(shipped());
    expect(review.id).toBe('demo-2026-anhui');
    expect(review.documentNumber).toBe('皖教秘职成〔2026〕26号');
    expect(review.deadline).toBe('2026-05-25');
    expect(review.fields.map((f) => [f.name, f.leadInstitutions])).toEqual([
      ['智能网联新能源汽车', ['芜湖职业技术大学']],
      ['人工智能', ['安徽职业技术大学']],
      ['高端装备制造', ['安徽机电职业技术学院', '安徽商贸职业技术学院']],
    ]);
    for (const field of review.fields) expect(review.submissions.filter((s) => s.fieldId === field.id)).toHaveLength(2);
  });

  it('submits every application on or before the deadline, with body text of several hundred characters', () => {
    const demo = demoReviewSchema.parse(shipped());
    for (const { application } of demoEntries(demo)) {
      expect(application.submittedOn <= demo.review.deadline).toBe(true);
      const chars = application.sections.flatMap((s) => s.paragraphs).join('').length;
      expect(chars).toBeGreaterThan(500);
      expect(application.sections.filter((s) => s.level === 2)).toHaveLength(6);
    }
  });

  it('has the eleven floors of 001 §四 and some applications deliberately below one', () => {
    const floors = outcomeFloorsSchema.parse(JSON.parse(readFileSync(floorsFile, 'utf8')));
    expect(floors).toHaveLength(11);
    const demo = demoReviewSchema.parse(shipped());
    const below = demo.applications.map((a) => [
      a.submissionId,
      checkOutcomeFloors(floors, a.figures)
        .filter((c) => !c.met)
        .map((c) => c.floor.id),
    ]);
    expect(below).toEqual([
      ['smart-ev-01', []],
      ['smart-ev-02', ['textbook_sets']],
      ['ai-01', []],
      ['ai-02', ['employment_match_pct', 'apprenticeship_coverage_pct']],
      ['high-end-equipment-01', []],
      // Exactly on every floor: ">=" must count the boundary as met.
      ['high-end-equipment-02', []],
    ]);
  });
});

describe('broken demo files are refused with a useful message', () => {
  it('refuses a submission whose field does not exist', () => {
    const demo = shipped();
    demo.review.submissions[0]!.fieldId = 'no-such-field';
    expect(messages(demo)).toContainEqual(expect.stringContaining('领域 no-such-field 不存在'));
  });

  it('refuses duplicate submission ids and duplicate field ids', () => {
    const demo = shipped();
    demo.review.submissions[1]!.id = demo.review.submissions[0]!.id;
    demo.review.fields.push({ ...demo.review.fields[0]! });
    const found = messages(demo);
    expect(found).toContainEqual(expect.stringContaining('申报 id 重复：smart-ev-01'));
    expect(found).toContainEqual(expect.stringContaining('领域 id 重复：smart-ev'));
  });

  it('refuses a file without applications', () => {
    const { applications: _dropped, ...demo } = shipped();
    expect(messages(demo)).toContainEqual(expect.stringMatching(/^applications: /));
  });

  it('refuses a submission without application text, and text for an unknown submission', () => {
    const demo = shipped();
    demo.applications[0]!.submissionId = 'ghost';
    const found = messages(demo);
    expect(found).toContainEqual(expect.stringContaining('申报材料对应的申报 ghost 不存在'));
    expect(found).toContainEqual(expect.stringContaining('申报 smart-ev-01 缺少申报材料'));
  });

  it('refuses another format and an impossible deadline', () => {
    const demo = shipped() as unknown as { format: string; review: { deadline: string } };
    demo.format = 'pingshen.demo/2';
    demo.review.deadline = '2026-02-30';
    const found = messages(demo);
    expect(found).toContainEqual(expect.stringContaining('pingshen.demo/1'));
    expect(found).toContainEqual(expect.stringContaining('review.deadline: 不是有效的日期'));
  });

  it('refuses duplicate floor ids', () => {
    const floors = JSON.parse(readFileSync(floorsFile, 'utf8')) as unknown[];
    const result = outcomeFloorsSchema.safeParse([...floors, floors[0]]);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('指标 id 重复：majors_new_or_upgraded');
  });
});
