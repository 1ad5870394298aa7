import type { ErrorCatalogue } from '../error-catalogue-entry.ts';

/** The formal check's errors: runs, overrides, 材料审核 conclusions. */
export const formalCheckErrors = {
  'formal-check.stranger': {
    api: 'conflict',
    'zh-CN': '材料中的申报 {submissionId}（{applicant}）不在评审活动「{review}」中',
    en: 'The materials name application {submissionId} ({applicant}), which is not in the review 「{review}」',
  },
  'formal-check.override-reason': { api: 'invalid_input', 'zh-CN': '请填写改变审查结果的理由', en: 'Give the reason for changing the result' },
  'formal-check.no-result': {
    api: 'not_found',
    'zh-CN': '申报 {submissionId} 没有「{rule}」的审查结果（请先运行形式审查）',
    en: 'Application {submissionId} has no result for 「{rule}」 (run the formal check first)',
  },
  'formal-check.conclusion-reason': { api: 'invalid_input', 'zh-CN': '结论为「{conclusion}」时请填写理由', en: 'A conclusion of 「{conclusion}」 needs its reason' },
} as const satisfies ErrorCatalogue;
