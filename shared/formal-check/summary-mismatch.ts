import { Exact } from '../merge/exact.ts';
import type { IntakeApplicationFacts } from '../intake/intake-facts.ts';
import { figureWithUnit } from './floors-below.ts';
import { readApplicationCover, readCommittedFigures } from './read-application-form.ts';
import { fileEvidence, fileName, passed, rowEvidence, rowName, sentences, type Finding, type RuleContext } from './rule-context.ts';
import { sameNameKey } from './school-name.ts';

// A category written as its id or its name, in any width or spacing, is the same category.
function categoryKey(text: string, context: RuleContext): string {
  const key = sameNameKey(text);
  const category = context.review.categories.find((c) => c.id === text.trim() || sameNameKey(c.name) === key);
  return category ? `#${category.id}` : key;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a.map(sameNameKey));
  const right = new Set(b.map(sameNameKey));
  return left.size === right.size && [...left].every((n) => right.has(n));
}

/**
 * summary.mismatch (000 §五（二）, 附件 2 and 3): the 汇总表 row says what the 申报书 says: the lead
 * school, the partners and the category of its cover, and the committed figures of its 预期成效
 * table (compared exactly). `fail` on any difference; `warn` where the 申报书 has no text to compare.
 */
export function checkSummaryMismatch(application: IntakeApplicationFacts, context: RuleContext): Finding {
  const row = application.summaryRows[0];
  if (!row) return { result: 'warn', reason: '没有与本申报对应的汇总表行，未能核对', evidence: [] };
  const form = application.files.find((f) => f.role === 'application' && f.readability === 'ok' && f.pageTexts.some((t) => t.trim() !== ''));
  if (!form) return { result: 'warn', reason: '没有可读取文字的申报书电子版，未能与汇总表核对', evidence: [rowEvidence(row)] };
  const where = `${rowName(row)}与申报书${fileName(form)}`;
  const differences: string[] = [];
  const evidence = [rowEvidence(row)];
  const cover = readApplicationCover(form.pageTexts);
  if (cover) {
    evidence.push(fileEvidence(form, cover.page));
    const onCover = `申报书封面（第 ${String(cover.page)} 页）`;
    if (cover.applicant !== null && sameNameKey(cover.applicant) !== sameNameKey(row.applicant)) differences.push(`牵头单位：汇总表为「${row.applicant}」，${onCover}为「${cover.applicant}」`);
    if (cover.category !== null && row.category.trim() !== '' && categoryKey(cover.category, context) !== categoryKey(row.category, context)) {
      differences.push(`申报领域：汇总表为「${row.category}」，${onCover}为「${cover.category}」`);
    }
    if (cover.partners !== null && row.partners.length > 0 && !sameSet(cover.partners, row.partners)) {
      differences.push(`合作单位：汇总表为「${row.partners.join('、')}」，${onCover}为「${cover.partners.join('、')}」`);
    }
  }
  const floors = context.program.outcomeFloors;
  const table = readCommittedFigures(form.pageTexts, floors);
  let compared = 0;
  for (const floor of floors) {
    const inRow = row.figures[floor.id];
    const inTable = table[floor.id];
    if (inRow === undefined || inTable === undefined) continue;
    compared++;
    if (!new Exact(String(inRow)).equals(new Exact(String(inTable.value)))) {
      differences.push(`「${floor.label}」：汇总表为 ${figureWithUnit(inRow, floor.unit)}，申报书第 ${String(inTable.page)} 页为 ${figureWithUnit(inTable.value, floor.unit)}`);
      evidence.push(fileEvidence(form, inTable.page));
    }
  }
  if (differences.length > 0) return { result: 'fail', reason: `${where}不一致：${sentences(differences)}`, evidence };
  const missing = [!cover && '封面', floors.length > 0 && compared === 0 && '预期成效表'].filter((m): m is string => typeof m === 'string');
  if (missing.length > 0) return { result: 'warn', reason: `未能在申报书${fileName(form)}中读出${missing.join('和')}，请人工核对`, evidence };
  return passed(`${where}一致（封面与 ${String(compared)} 项承诺指标）`, evidence);
}
