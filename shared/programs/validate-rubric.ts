import type { Rubric } from '../domain/rubric.ts';
import { formatPoints, isMultipleOf, roundPoints, sumPoints } from '../scoring/decimal.ts';
import { validateBands } from './validate-bands.ts';
import type { ValidationIssue } from './validation-issue.ts';
import { quoted } from '../text/message-slots.ts';

/** Ids of sections, criteria, checks and vetoes share one namespace: score sheets key them all by id. */
function duplicateIds(rubric: Rubric): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const seen = new Map<string, string>();
  const note = (id: string, path: string): void => {
    const first = seen.get(id);
    if (first === undefined) seen.set(id, path);
    else issues.push({ path: `${path}.id`, message: `id「${id}」重复（已用于 ${first}）` });
  };
  rubric.sections.forEach((section, s) => {
    note(section.id, `sections.${s}`);
    section.criteria.forEach((criterion, c) => note(criterion.id, `sections.${s}.criteria.${c}`));
  });
  rubric.checks.forEach((check, i) => note(check.id, `checks.${i}`));
  rubric.vetoes.forEach((veto, i) => note(veto.id, `vetoes.${i}`));
  return issues;
}

/** Whether two point values are equal once rounded (float noise ignored). */
function samePoints(a: number, b: number): boolean {
  return roundPoints(a) === roundPoints(b);
}

/**
 * Problems in a rubric that its schema cannot see, in Chinese with dotted paths: duplicate ids,
 * section points that are not the sum of their criteria, a total that is not the sum of the
 * sections, maxima off their step, malformed or non-covering bands (an empty band list is allowed,
 * see validateBands), and an 'extremes' comment rule whose low threshold is not below its high one.
 */
export function validateRubric(rubric: Rubric): ValidationIssue[] {
  const issues = duplicateIds(rubric);
  rubric.sections.forEach((section, s) => {
    const criteriaSum = sumPoints(section.criteria.map((criterion) => criterion.maxPoints));
    if (!samePoints(section.points, criteriaSum)) {
      issues.push({
        path: `sections.${s}.points`,
        message: `一级指标${quoted(section.title, '未命名一级指标')}的分值为 ${formatPoints(section.points)}，但其二级指标满分之和为 ${formatPoints(criteriaSum)}`,
      });
    }
    section.criteria.forEach((criterion, c) => {
      const path = `sections.${s}.criteria.${c}`;
      if (!isMultipleOf(criterion.maxPoints, criterion.step)) {
        issues.push({
          path: `${path}.maxPoints`,
          message: `${quoted(criterion.title, '未命名指标')}的满分 ${formatPoints(criterion.maxPoints)} 不是步长 ${formatPoints(criterion.step)} 的整数倍`,
        });
      }
      issues.push(...validateBands(criterion, path));
      const rule = criterion.commentRule;
      if (rule.kind === 'extremes' && !(rule.lowPercent < rule.highPercent)) {
        issues.push({
          path: `${path}.commentRule`,
          message: `${quoted(criterion.title, '未命名指标')}的评语规则：低分阈值 ${rule.lowPercent}% 须小于高分阈值 ${rule.highPercent}%`,
        });
      }
    });
  });
  const sectionSum = sumPoints(rubric.sections.map((section) => section.points));
  if (!samePoints(rubric.totalPoints, sectionSum)) {
    issues.push({
      path: 'totalPoints',
      message: `评分细则${quoted(rubric.title, '未命名')}的总分为 ${formatPoints(rubric.totalPoints)}，但各一级指标分值之和为 ${formatPoints(sectionSum)}`,
    });
  }
  return issues;
}
