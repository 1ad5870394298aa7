import type { FormalCheckRule } from '../domain/formal-check-rules.ts';
import type { IntakeApplicationFacts } from '../intake/intake-facts.ts';
import { normaliseOrganisation } from '../roster/organisation-overlap.ts';
import { passed, rowEvidence, type Finding, type RuleContext } from './rule-context.ts';

type EligibilityRule = Extract<FormalCheckRule, { id: 'eligibility.type' }>;

/**
 * eligibility.type (000 §一（三）, §三（二）): the lead applicant's type is one the program admits
 * to lead (the rule's `leadTypes`, or every type of the program where it lists none). The type is
 * the program's id; a label as the 汇总表 writes it is accepted too.
 */
export function checkEligibilityType(application: IntakeApplicationFacts, context: RuleContext<EligibilityRule>): Finding {
  const { applicantTypes } = context.program;
  const allowed = context.rule.leadTypes.length > 0 ? applicantTypes.filter((t) => context.rule.leadTypes.includes(t.id)) : applicantTypes;
  const evidence = application.summaryRows.slice(0, 1).map(rowEvidence);
  const given = application.applicantType.trim();
  if (given === '') return { result: 'warn', reason: '汇总表未填写申报主体类型，也未手工设定，请核实后设定', evidence };
  const wanted = normaliseOrganisation(given);
  const type = applicantTypes.find((t) => t.id === given || normaliseOrganisation(t.label) === wanted);
  const names = allowed.map((t) => t.label).join('、');
  if (!type) return { result: 'fail', reason: `申报主体类型「${given}」不在本方案的申报主体类型中（可牵头：${names}）`, evidence };
  if (!allowed.includes(type)) return { result: 'fail', reason: `申报主体类型「${type.label}」不可牵头申报（可牵头：${names}）`, evidence };
  return passed(`申报主体类型为「${type.label}」`, evidence);
}
