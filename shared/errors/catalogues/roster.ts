import type { ErrorCatalogue } from '../error-catalogue-entry.ts';

/** The coordinator's roster: experts, enrolled keys, assignments. */
export const rosterErrors = {
  'roster.no-expert': { api: 'not_found', 'zh-CN': '专家名单中没有 {expertId}', en: 'The roster has no expert {expertId}' },
  'roster.fingerprint-differs': { api: 'invalid_input', 'zh-CN': '核对的指纹与公钥卡不一致，未登记', en: 'The fingerprint checked differs from the key card; nothing was enrolled' },
  'roster.key-taken': { api: 'conflict', 'zh-CN': '该公钥已登记给名单中的 {holder}，同一公钥不能代表两位专家', en: 'This key is already enrolled for {holder} on the roster; one key cannot stand for two experts' },
  'roster.no-submission': { api: 'invalid_input', 'zh-CN': '评审活动中没有申报 {submissionId}', en: 'The review has no application {submissionId}' },
  'roster.recused': { api: 'conflict', 'zh-CN': '该专家须回避申报 {submissionId}，不能分配', en: 'This expert must recuse from application {submissionId} and cannot be assigned it' },
  'roster.empty-for-assign': { api: 'invalid_input', 'zh-CN': '专家名单为空，无法自动分配', en: 'The roster is empty; there is no one to assign' },
} as const satisfies ErrorCatalogue;
