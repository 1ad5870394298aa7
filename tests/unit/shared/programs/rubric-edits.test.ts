import { describe, expect, it } from 'vitest';
import type { Rubric } from '../../../../shared/domain/rubric.ts';
import {
  addCriterion, addSection, moveCriterion, moveSection, newCriterion, recomputePoints, removeCriterion, removeSection, updateCriterion, updateSection,
} from '../../../../shared/programs/rubric-edits.ts';

const rubric: Rubric = Object.freeze({
  id: 'r', title: '评分细则', totalPoints: 30, checks: [], vetoes: [],
  sections: [
    { id: 's1', title: '专业设置', points: 20, criteria: [{ ...newCriterion('s1-c1'), title: '三张清单' }, { ...newCriterion('s1-c2'), title: '新增专业' }] },
    { id: 's2', title: '课程体系', points: 10, criteria: [{ ...newCriterion('s2-c1'), title: '能力图谱' }] },
  ],
});

const ids = (r: Rubric) => r.sections.map((s) => `${s.id}:${s.criteria.map((c) => c.id).join(',')}`);

describe('rubric edits', () => {
  it('adds sections and criteria with fresh ids, never reusing one', () => {
    const { rubric: withSection, sectionId } = addSection(rubric);
    expect(sectionId).toBe('s3');
    expect(withSection.sections.at(-1)?.criteria[0]?.id).toBe('s3-c1');
    const { rubric: withCriterion, criterionId } = addCriterion(withSection, 's1');
    expect(criterionId).toBe('s1-c3');
    expect(withCriterion.sections[0]?.criteria.map((c) => c.id)).toEqual(['s1-c1', 's1-c2', 's1-c3']);
    expect(ids(rubric)).toEqual(['s1:s1-c1,s1-c2', 's2:s2-c1']);
  });

  it('updates one section or criterion, leaving the rest', () => {
    const renamed = updateSection(rubric, 's2', { title: '课程' });
    expect(renamed.sections[1]?.title).toBe('课程');
    expect(renamed.sections[0]).toBe(rubric.sections[0]);
    const scored = updateCriterion(rubric, 's1-c2', { maxPoints: 5, keywords: ['专业'] });
    expect(scored.sections[0]?.criteria[1]).toMatchObject({ maxPoints: 5, keywords: ['专业'], title: '新增专业' });
  });

  it('moves sections and criteria, within and across sections', () => {
    expect(ids(moveSection(rubric, 's2', 0))).toEqual(['s2:s2-c1', 's1:s1-c1,s1-c2']);
    expect(ids(moveCriterion(rubric, 's1-c2', 's1', 0))).toEqual(['s1:s1-c2,s1-c1', 's2:s2-c1']);
    expect(ids(moveCriterion(rubric, 's1-c1', 's2', 1))).toEqual(['s1:s1-c2', 's2:s2-c1,s1-c1']);
  });

  it('never leaves a section empty', () => {
    expect(moveCriterion(rubric, 's2-c1', 's1', 0)).toBe(rubric);
    expect(ids(removeCriterion(rubric, 's2-c1'))).toEqual(ids(rubric));
    expect(ids(removeCriterion(rubric, 's1-c1'))).toEqual(['s1:s1-c2', 's2:s2-c1']);
    expect(ids(removeSection(rubric, 's1'))).toEqual(['s2:s2-c1']);
  });

  it('recomputes section points and the total from the criteria', () => {
    const edited = recomputePoints(updateCriterion(rubric, 's1-c1', { maxPoints: 7.5 }));
    expect(edited.sections.map((s) => s.points)).toEqual([17.5, 10]);
    expect(edited.totalPoints).toBe(27.5);
  });
});
