import type { FormalCheckRule } from '../domain/formal-check-rules.ts';
import type { CheckEvidence, CheckOutcome } from '../domain/formal-check-view.ts';
import type { Program } from '../domain/program.ts';
import type { IntakeApplicationFacts, IntakeFileFacts, SummaryRowFacts } from '../intake/intake-facts.ts';

/** What the check needs of the review: its deadline and its categories with their commissioned lead institutions. */
export interface CheckReview {
  /** ISO date (the end of that day, Beijing time), a date and time, or '' where the review sets none. */
  readonly deadline: string;
  readonly categories: readonly { readonly id: string; readonly name: string; readonly leadInstitutions: readonly string[] }[];
}

/** Everything a rule may look at besides the application it judges. */
export interface RuleContext<R extends FormalCheckRule = FormalCheckRule> {
  readonly rule: R;
  readonly program: Program;
  readonly review: CheckReview;
  /** Every application of the review: the cross-application rules compare with the others. */
  readonly all: readonly IntakeApplicationFacts[];
}

/** A rule's finding before it is labelled with the rule's id. */
export interface Finding {
  readonly result: CheckOutcome;
  readonly reason: string;
  readonly evidence: CheckEvidence[];
}

/** A passing finding. */
export function passed(reason: string, evidence: CheckEvidence[] = []): Finding {
  return { result: 'pass', reason, evidence };
}

/** A file as the reasons name it: `「申报书.pdf」`. */
export function fileName(file: IntakeFileFacts): string {
  return `「${file.fileName}」`;
}

/** Evidence pointing at a file (and a page of it). */
export function fileEvidence(file: IntakeFileFacts, page?: number): CheckEvidence {
  return page === undefined ? { documentId: file.documentId } : { documentId: file.documentId, page };
}

/** A 汇总表 row as the reasons name it: `汇总表「Sheet1」第 4 行`. */
export function rowName(row: SummaryRowFacts): string {
  return `汇总表「${row.sheetName}」第 ${String(row.rowNumber)} 行`;
}

/** Evidence pointing at a 汇总表 row, as an A1 row range (`'Sheet1'!4:4`). */
export function rowEvidence(row: SummaryRowFacts): CheckEvidence {
  return { documentId: row.documentId, cell: `'${row.sheetName.replaceAll("'", "''")}'!${String(row.rowNumber)}:${String(row.rowNumber)}` };
}

/** Joins several findings' sentences into one reason. */
export function sentences(parts: readonly string[]): string {
  return parts.join('；');
}
