import type { FormalCheckRule } from '../domain/formal-check-rules.ts';
import type { IntakeApplicationFacts } from '../intake/intake-facts.ts';
import { passed, sentences, type Finding, type RuleContext } from './rule-context.ts';
import { isSchoolName, sameNameKey } from './school-name.ts';

type LeadRule = Extract<FormalCheckRule, { id: 'applications.lead-institution' }>;

function sameCategory(application: IntakeApplicationFacts, all: readonly IntakeApplicationFacts[]): IntakeApplicationFacts[] {
  return application.categoryId === '' ? [] : all.filter((a) => a.submissionId !== application.submissionId && a.categoryId === application.categoryId);
}

function categoryName(application: IntakeApplicationFacts, context: RuleContext): string {
  return context.review.categories.find((c) => c.id === application.categoryId)?.name ?? application.categoryId;
}

/** applications.duplicate (000 §五（一）): one application per school per category. */
export function checkDuplicate(application: IntakeApplicationFacts, context: RuleContext): Finding {
  if (application.categoryId === '') return { result: 'warn', reason: '未能确定申报领域，未能核对是否重复申报', evidence: [] };
  const key = sameNameKey(application.applicant);
  const others = sameCategory(application, context.all).filter((a) => sameNameKey(a.applicant) === key);
  if (others.length === 0) return passed(`「${application.applicant}」在「${categoryName(application, context)}」领域仅申报一次`);
  return {
    result: 'fail',
    reason: `「${application.applicant}」在「${categoryName(application, context)}」领域牵头申报 ${String(others.length + 1)} 次（另见申报 ${others.map((a) => a.submissionId).join('、')}），每所学校每个领域只允许申报一次`,
    evidence: [],
  };
}

/**
 * applications.multi-joint (000 §五（一）): no school of this application, lead or partner, is in
 * another application of the same category. Two applications led by one school are
 * applications.duplicate's; a school leading one and partnering another, or partnering two, is this rule's.
 */
export function checkMultiJoint(application: IntakeApplicationFacts, context: RuleContext): Finding {
  if (application.categoryId === '') return { result: 'warn', reason: '未能确定申报领域，未能核对多头联合申报', evidence: [] };
  const schools = [application.applicant, ...application.partners].filter(isSchoolName);
  const found: string[] = [];
  for (const other of sameCategory(application, context.all)) {
    const theirs = new Map([other.applicant, ...other.partners].map((n) => [sameNameKey(n), n]));
    for (const school of schools) {
      const key = sameNameKey(school);
      if (!theirs.has(key)) continue;
      const leadsBoth = key === sameNameKey(application.applicant) && key === sameNameKey(other.applicant);
      if (!leadsBoth) found.push(`「${school}」同时出现在「${other.applicant}」牵头的申报 ${other.submissionId} 中`);
    }
  }
  if (found.length === 0) return passed(`本申报的学校未出现在「${categoryName(application, context)}」领域的其他申报中`);
  return { result: 'fail', reason: `${sentences(found)}，每所学校不得多头联合申报同一领域`, evidence: [] };
}

/**
 * applications.lead-institution (000 §三（一）): the category's commissioned lead institution
 * organises the selection; an application it leads is flagged (`warn`, or `fail` where the program says so).
 */
export function checkLeadInstitution(application: IntakeApplicationFacts, context: RuleContext<LeadRule>): Finding {
  const category = context.review.categories.find((c) => c.id === application.categoryId);
  if (!category) return { result: 'warn', reason: '未能确定申报领域，未能核对委托牵头单位', evidence: [] };
  const key = sameNameKey(application.applicant);
  const lead = category.leadInstitutions.find((n) => sameNameKey(n) === key);
  if (lead === undefined) return passed(`牵头单位不是「${category.name}」领域的委托牵头单位`);
  return {
    result: context.rule.result,
    reason: `「${lead}」是「${category.name}」领域的委托牵头单位，负责组织集群建设与成员遴选，其作为申报单位须由组织方确认`,
    evidence: [],
  };
}
