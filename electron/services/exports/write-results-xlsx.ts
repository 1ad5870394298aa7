import { readFileSync } from 'node:fs';
import { verifyResultFile } from '../../../shared/merge/verify-result-file.ts';
import { resultsExportOfCategory } from '../../../shared/exports/results-export-of-category.ts';
import { writeFileAtomic } from '../fs/write-file-atomic.ts';
import type { PackageFacts } from '../merge/merge-context-of-packages.ts';
import type { MergeContext, MergeOutcome, VerifiedSheet } from '../merge/merge-sheets.ts';
import { nodeCrypto } from '../crypto/node-crypto.ts';
import { resultsExportOfMerge } from './results-export-of-merge.ts';
import { resultsWorkbook } from './results-workbook.ts';

/** The signed result's digest for 签名与校验: the file verified, and of this review. */
function signedResultOf(file: string, reviewId: string): { digest: string; signedAt: string } {
  const check = verifyResultFile(new Uint8Array(readFileSync(file)), nodeCrypto);
  if (!check.ok) throw new Error(`评审结果 ${file} 未通过验证：${check.message}`);
  if (check.result.reviewId !== reviewId) throw new Error(`评审结果 ${file} 属于另一评审活动（${check.result.reviewId}）`);
  return { digest: check.digest, signedAt: check.result.createdAt };
}

/** `<stem>-<category>.xlsx` beside the given file name. */
function categoryFile(file: string, category: string): string {
  const stem = file.replace(/\.xlsx$/i, '');
  return `${stem}-${category.replace(/[\\/:*?"<>|\s]+/g, '_')}.xlsx`;
}

/**
 * `pingshen merge --xlsx FILE`: the same workbook the app exports (resultsWorkbook), one per review or
 * one per category, each written atomically (a temporary file renamed over the target). The command
 * line holds no decisions: the 推荐名单 shows the ranking's suggestions. Returns the files written.
 */
export async function writeResultsXlsx(input: {
  outcome: MergeOutcome;
  verified: readonly VerifiedSheet[];
  context: MergeContext & PackageFacts;
  file: string;
  split: 'review' | 'category';
  resultFile?: string | undefined;
}): Promise<string[]> {
  const { context } = input;
  const result = input.resultFile === undefined ? null : signedResultOf(input.resultFile, context.reviewId);
  const results = resultsExportOfMerge(input.outcome, input.verified, context, {
    title: context.title, programTitle: context.programTitle, documentNumber: context.program.documentNumber, decisions: [], projectTitles: context.projectTitles, documentTitles: context.documentTitles, result,
  });
  const files = input.split === 'review'
    ? [{ file: input.file, results }]
    : results.report.categories.flatMap((c) => {
        const narrowed = resultsExportOfCategory(results, c.id);
        return narrowed ? [{ file: categoryFile(input.file, c.name), results: narrowed }] : [];
      });
  for (const f of files) writeFileAtomic(f.file, await resultsWorkbook(f.results));
  return files.map((f) => f.file);
}
