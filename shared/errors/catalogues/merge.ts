import type { ErrorCatalogue } from '../error-catalogue-entry.ts';

/** The merge's errors: held sheets, decisions, final lists, settings, divergence rounds, the signed result. */
export const mergeErrors = {
  'merge.no-category': { api: 'not_found', 'zh-CN': '评审活动中没有领域 {categoryId}', en: 'The review has no category {categoryId}' },
  'merge.held-final': {
    api: 'conflict',
    'zh-CN': '领域「{names}」的推荐名单已确定，采用这份评分表会改变它；请先「重新打开」该领域',
    en: 'The list of 「{names}」 is final and taking this sheet would change it; reopen the category first',
  },
  'merge.held-not-found': { api: 'not_found', 'zh-CN': '没有专家 {expertId} 以指纹 {fingerprint} 签名、待确认的评分表', en: 'There is no held sheet of expert {expertId} signed with fingerprint {fingerprint}' },
  'merge.key-elsewhere': {
    api: 'conflict',
    'zh-CN': '该公钥已代表专家 {experts}：一把公钥只能代表一位专家，未确认',
    en: 'This key already stands for expert {experts}: one key can stand for one expert only; not confirmed',
  },
  'merge.set-aside-reason': { api: 'invalid_input', 'zh-CN': '请写明不采用这份评分表的理由（例如：指纹与专家本人的公钥卡不符）', en: "Give the reason for not taking this sheet (for example: the fingerprint is not the one on the expert's own key card)" },
  'merge.choice-reason': { api: 'invalid_input', 'zh-CN': '请写明选择这份评分表的理由（例如：已与专家本人核对）', en: 'Give the reason for choosing this sheet (for example: checked with the expert in person)' },
  'merge.choice-not-found': { api: 'not_found', 'zh-CN': '专家 {expertId} 的第 {version} 版没有待选择的这份评分表', en: 'Version {version} of expert {expertId} has no such sheet to choose' },
  'merge.decision-final': {
    api: 'conflict',
    'zh-CN': '该领域的推荐名单已确定，决定不能再改；如需修改，请先「重新打开」该领域',
    en: "The category's list is final and its decisions cannot change; reopen the category first",
  },
  'merge.decision-reason': { api: 'invalid_input', 'zh-CN': '此决定与排名的建议不同（或名额线上并列），请填写理由', en: 'This decision departs from what the ranking suggests (or is at a tie on the quota line): give the reason' },
  'merge.final-undecided': { api: 'conflict', 'zh-CN': '「{applicant}」在名额线上并列，须先作出决定并写明理由', en: '「{applicant}」 is tied on the quota line: decide it first, with the reason' },
  'merge.final-over-quota': {
    api: 'conflict',
    'zh-CN': '「{category}」推荐 {recommended} 份，超过推荐名额 {quota} 份（名额是上限）',
    en: '「{category}」 recommends {recommended}, more than its quota of {quota} (the quota is a ceiling)',
  },
  'merge.settings-final': {
    api: 'conflict',
    'zh-CN': '已有领域的推荐名单确定，排序规则不能再改；如需修改，请先「重新打开」这些领域',
    en: 'A category list is final, so the ranking rule cannot change; reopen those categories first',
  },
  'merge.result-open': {
    api: 'conflict',
    'zh-CN': '尚有领域的推荐名单未确定：{names}；请先逐个「确定本领域名单」',
    en: 'Some category lists are not final yet: {names}; mark each final first',
  },
  'merge.no-sheets-to-sign': { api: 'conflict', 'zh-CN': '尚未收到评分表，没有可签名的结果', en: 'No score sheet has been received: there is no result to sign' },
  'merge.result-self-check': { api: 'internal', 'zh-CN': '签名后的评审结果未通过自检：{reason}', en: 'The signed result fails its own check: {reason}' },
  'merge.discussion-unscored': { api: 'conflict', 'zh-CN': '「{applicant}」还没有计入的评分，不能发起复议', en: '「{applicant}」 has no counted scores yet: no divergence round can be opened' },
  'merge.discussion-final': {
    api: 'conflict',
    'zh-CN': '该领域的推荐名单已确定；如需复议，请先「重新打开」该领域',
    en: "The category's list is final; to open a divergence round, reopen the category first",
  },
  'merge.discussion-open-already': {
    api: 'conflict',
    'zh-CN': '「{applicant}」已有未结束的复议（第 {id} 号），请先结束它',
    en: '「{applicant}」 already has an open divergence round (No. {id}); close it first',
  },
  'merge.discussion-note': { api: 'invalid_input', 'zh-CN': '请写明复议的内容：为何复议，请专家重新考虑什么', en: 'Say what the round is about: why, and what the experts should reconsider' },
  'merge.discussion-no-experts': { api: 'invalid_input', 'zh-CN': '请至少选择一位参加复议的专家', en: 'Choose at least one expert for the round' },
  'merge.discussion-stranger': {
    api: 'invalid_input',
    'zh-CN': '专家 {expertId} 没有为「{applicant}」计入评分，不能参加这一复议',
    en: 'Expert {expertId} has no counted score for 「{applicant}」 and cannot be asked in this round',
  },
  'merge.discussion-conclusion': { api: 'invalid_input', 'zh-CN': '请写明复议的结论', en: 'Write the conclusion of the round' },
  'merge.discussion-not-found': { api: 'not_found', 'zh-CN': '没有第 {id} 号复议', en: 'There is no divergence round No. {id}' },
  'merge.discussion-closed': { api: 'conflict', 'zh-CN': '第 {id} 号复议已于 {date} 结束', en: 'Divergence round No. {id} was closed on {date}' },
  'merge.no-sheets-to-export': { api: 'conflict', 'zh-CN': '尚未收到评分表，没有可导出的结果', en: 'No score sheet has been received: there are no results to export' },
} as const satisfies ErrorCatalogue;
