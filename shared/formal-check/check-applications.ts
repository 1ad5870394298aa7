import type { FormalCheckRule } from '../domain/formal-check-rules.ts';
import type { RuleResult } from '../domain/formal-check-view.ts';
import type { Program } from '../domain/program.ts';
import type { IntakeApplicationFacts } from '../intake/intake-facts.ts';
import { checkDuplicate, checkLeadInstitution, checkMultiJoint } from './applications-overlap.ts';
import { checkDeadlineLate } from './deadline-late.ts';
import { checkEligibilityType } from './eligibility-type.ts';
import { checkFloorsBelow } from './floors-below.ts';
import { checkMaterialsMissing } from './materials-missing.ts';
import { checkMaterialsUnreadable } from './materials-unreadable.ts';
import type { CheckReview, Finding, RuleContext } from './rule-context.ts';
import { checkStampUnverified } from './stamp-unverified.ts';
import { checkSummaryMismatch } from './summary-mismatch.ts';

/** One application's results, one per enabled rule, in the program's order. */
export interface ApplicationResults {
  readonly submissionId: string;
  readonly results: readonly RuleResult[];
}

function assertNever(value: never): never {
  throw new Error(`未知的形式审查规则：${JSON.stringify(value)}`);
}

function findingOf(application: IntakeApplicationFacts, context: RuleContext): Finding {
  const { rule } = context;
  switch (rule.id) {
    case 'materials.missing': return checkMaterialsMissing(application, context);
    case 'materials.unreadable': return checkMaterialsUnreadable(application);
    case 'deadline.late': return checkDeadlineLate(application, context);
    case 'eligibility.type': return checkEligibilityType(application, { ...context, rule });
    case 'applications.duplicate': return checkDuplicate(application, context);
    case 'applications.multi-joint': return checkMultiJoint(application, context);
    case 'applications.lead-institution': return checkLeadInstitution(application, { ...context, rule });
    case 'floors.below': return checkFloorsBelow(application, context);
    case 'summary.mismatch': return checkSummaryMismatch(application, context);
    case 'stamp.unverified': {
      // Never more than a warning, whatever the finding: a picture cannot prove a seal.
      const finding = checkStampUnverified(application);
      return finding.result === 'fail' ? { ...finding, result: 'warn' } : finding;
    }
    default: return assertNever(rule);
  }
}

/**
 * The formal check (形式审查) of a review's applications: each enabled rule of the program applied to
 * each application (the cross-application rules seeing all of them), giving pass, fail or warn with
 * a Chinese reason naming the file, page or cell, and the evidence. Pure: the facts come from the intake.
 */
export function checkApplications(facts: readonly IntakeApplicationFacts[], program: Program, review: CheckReview): ApplicationResults[] {
  const rules: readonly FormalCheckRule[] = program.formalCheck.filter((r) => r.enabled);
  return facts.map((application) => ({
    submissionId: application.submissionId,
    results: rules.map((rule) => ({ rule: rule.id, ...findingOf(application, { rule, program, review, all: facts }) })),
  }));
}
