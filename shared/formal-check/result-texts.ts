import type { CheckedApplication, CheckedRule, CheckVerdict, FormalCheckView } from '../domain/formal-check-view.ts';
import { chinaDate } from './china-time.ts';
import { conclusionLabels, outcomeLabels, ruleLabels, stageLabels } from './rule-labels.ts';

// The words of the 形式审查结果表 on paper, the same in its .xlsx and its printed page.

/** The Chinese words for where an application stands after the check. */
export const verdictLabels: Readonly<Record<CheckVerdict, string>> = { pass: '通过', fail: '不通过', pending: '待定', unchecked: '未审查' };

/** A rule's cell: the effective result, and where overridden what the check had said. */
export function resultCellText(rule: CheckedRule | undefined): string {
  if (!rule) return '—';
  if (!rule.override) return outcomeLabels[rule.result];
  return `${outcomeLabels[rule.effective]}（改判，原为${outcomeLabels[rule.override.overridden]}）`;
}

/** The 说明 of an application, one line each: every result that did not simply pass, every override with its reason, and every override a re-run made lapse. */
export function applicationNotes(application: CheckedApplication): string[] {
  const lines: string[] = [];
  for (const rule of application.results) {
    if (rule.result !== 'pass') lines.push(`【${ruleLabels[rule.rule]}】${outcomeLabels[rule.result]}：${rule.reason}`);
    if (rule.override) lines.push(`【${ruleLabels[rule.rule]}】改判为${outcomeLabels[rule.override.result]}（${chinaDate(rule.override.at)}）：${rule.override.reason}`);
    const lapsed = rule.lapsedOverride;
    if (lapsed) lines.push(`【${ruleLabels[rule.rule]}】曾改判为${outcomeLabels[lapsed.result]}（${chinaDate(lapsed.at)}，当时审查结果为${outcomeLabels[lapsed.overridden]}），重新审查后已失效`);
  }
  return lines;
}

/** The line under the title: the organisation (where named), 文号, the deadline (Beijing time), when the check ran, the stage, and the counts by result. */
export function formalCheckSubtitle(review: { readonly organisation: string; readonly documentNumber: string; readonly deadline: string }, view: FormalCheckView): string {
  const { pass, fail, warn } = view.counts;
  return `${review.organisation ? `组织单位：${review.organisation}；` : ''}文号：${review.documentNumber || '—'}；截止时间：${review.deadline || '未设'}（北京时间）；审查时间：${view.ranAt ? chinaDate(view.ranAt) : '未审查'}；阶段：${stageLabels[view.stage]}；通过 ${String(pass)} 项，不通过 ${String(fail)} 项，提示 ${String(warn)} 项`;
}

/** The 材料审核 conclusion as written in the table: the conclusion and its reason, or nothing yet. */
export function conclusionText(application: CheckedApplication): string {
  const { conclusion } = application;
  return conclusion ? `${conclusionLabels[conclusion.conclusion]}${conclusion.reason ? `：${conclusion.reason}` : ''}` : '';
}
