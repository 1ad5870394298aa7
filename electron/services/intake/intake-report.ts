import type { IntakeApplicationFacts } from '../../../shared/intake/intake-facts.ts';
import type { IntakePreview } from '../../../shared/intake/intake-preview.ts';

/** One rule's outcome for an application, as the CLI prints it (the formal check's ids, and `intake.ambiguous`). */
export interface IntakeRuleResult {
  readonly rule: string;
  readonly result: 'pass' | 'fail' | 'warn';
  readonly reason: string;
}

/** `pingshen intake --json`: the shape issue 11 §5 fixes; keep it stable (docs/intake.md). */
export interface IntakeReportJson {
  readonly applicants: readonly {
    readonly name: string;
    readonly category: string;
    readonly files: readonly { readonly path: string; readonly role: string; readonly sha256: string }[];
    readonly results: readonly IntakeRuleResult[];
  }[];
  readonly refused: readonly { readonly path: string; readonly reason: string }[];
}

/**
 * The report of an import: one entry per application (a school with two applications appears
 * twice) with its stored files, and what the app would have asked as `intake.ambiguous` warnings,
 * settled with the default the preview proposed. Files left unassigned are listed as refused.
 * `extraResults` adds the formal check's results per submission once that check exists.
 */
export function intakeReportJson(preview: IntakePreview, facts: readonly IntakeApplicationFacts[], submissionOf: ReadonlyMap<string, string>, extraResults: ReadonlyMap<string, readonly IntakeRuleResult[]> = new Map()): IntakeReportJson {
  const keyOfSubmission = new Map([...submissionOf].map(([key, id]) => [id, key]));
  const fileApplication = new Map(preview.files.map((f) => [f.sourcePath, f.applicationKeys[0] ?? null]));
  const warnings = new Map<string, IntakeRuleResult[]>();
  for (const question of preview.ambiguities) {
    const key = question.kind === 'category-unknown' ? question.subject : fileApplication.get(question.subject);
    if (!key) continue;
    const list = warnings.get(key) ?? [];
    list.push({ rule: 'intake.ambiguous', result: 'warn', reason: `${question.message}；已按默认处理：${question.proposed}` });
    warnings.set(key, list);
  }
  const leftOut = preview.files
    .filter((f) => f.applicationKeys.length === 0)
    .map((f) => ({ path: f.sourcePath, reason: preview.ambiguities.find((q) => q.subject === f.sourcePath)?.message ?? '未能确定所属申报单位' }))
    .map((f) => ({ path: f.path, reason: `${f.reason}，未导入` }));
  return {
    applicants: facts.map((application) => ({
      name: application.applicant,
      category: application.categoryId,
      files: application.files.map((f) => ({ path: f.sourcePath, role: f.role, sha256: f.sha256 })),
      results: [...(warnings.get(keyOfSubmission.get(application.submissionId) ?? '') ?? []), ...(extraResults.get(application.submissionId) ?? [])],
    })),
    refused: [...preview.refused, ...leftOut],
  };
}

const roleNames: Readonly<Record<string, string>> = {
  application: '申报书',
  stamped: '申报书盖章版',
  summary: '汇总表',
  'summary-stamped': '汇总表盖章版',
  evidence: '佐证材料',
  other: '其他',
};

/** The report as lines for a terminal, in Chinese; `categoryName` turns ids into the review's names. */
export function intakeReportLines(report: IntakeReportJson, categoryName: (id: string) => string): string[] {
  const lines: string[] = [`申报 ${report.applicants.length} 个，拒收 ${report.refused.length} 项`];
  for (const applicant of report.applicants) {
    lines.push('', `${applicant.name}（${categoryName(applicant.category)}）`);
    for (const file of applicant.files) lines.push(`  ${(roleNames[file.role] ?? file.role).padEnd(7, '\u3000')} ${file.path}  sha256:${file.sha256}`);
    for (const result of applicant.results) lines.push(`  [${result.result}] ${result.rule}：${result.reason}`);
  }
  if (report.refused.length > 0) {
    lines.push('', '拒收：');
    for (const refused of report.refused) lines.push(`  ${refused.path}：${refused.reason}`);
  }
  return lines;
}
