import type { ErrorCatalogue } from '../error-catalogue-entry.ts';

/** The score sheet's errors: signing, amending, reading back. */
export const sheetsErrors = {
  'sheets.no-version': { api: 'not_found', 'zh-CN': '评分表没有第 {version} 版', en: 'The score sheet has no version {version}' },
  'sheets.already-signed': { api: 'conflict', 'zh-CN': '第 {version} 版已签名；如需修改，请先点击「修改并重新签名」', en: 'Version {version} is signed; to change it, first click 「Amend and re-sign」' },
  'sheets.not-ready': {
    api: 'conflict',
    'zh-CN': '仍有申报未完成（得分、必填评语或达标标记），不能签名；请先处理一致性检查中列出的项目',
    en: 'Some applications are unfinished (scores, required comments or thresholds), so the sheet cannot be signed; first deal with what the consistency check lists',
  },
  'sheets.nothing-to-amend': { api: 'conflict', 'zh-CN': '没有需要修改的已签名版本', en: 'There is no signed version to amend' },
  'sheets.stored-invalid': { api: 'internal', 'zh-CN': '本机保存的评分表第 {version} 版未通过验证：{reason}', en: 'Version {version} of the score sheet stored here fails verification: {reason}' },
  'sheets.locked': {
    api: 'conflict',
    'zh-CN': '评分表第 {version} 版已签名，评分已锁定。如需修改，请在一致性检查页点击「修改并重新签名」',
    en: 'Version {version} of the score sheet is signed and scoring is locked. To change it, click 「Amend and re-sign」 on the consistency check page',
  },
  'sheets.incomplete': { api: 'invalid_input', 'zh-CN': '评分表内容不完整，无法签名：{issue}', en: 'The score sheet is incomplete and cannot be signed: {issue}' },
  'sheets.key-mismatch': { api: 'invalid_input', 'zh-CN': '评分表中的专家公钥与签名用的公钥不一致', en: "The expert's public key in the sheet is not the signing key" },
  'sheets.self-check': { api: 'invalid_input', 'zh-CN': '签名后的评分表未通过自检：{reason}', en: 'The signed score sheet fails its own check: {reason}' },
  'sheets.reason-missing': {
    api: 'invalid_input',
    'zh-CN': '第 {version} 版有 {count} 项得分与上一版不同，每项都须写明修改理由；缺少理由的有{what}',
    en: 'Version {version} changes {count} score(s) from the previous version, and each needs a reason; missing for {what}',
  },
  'sheets.reason-unknown': { api: 'invalid_input', 'zh-CN': '修改理由所指的{what}不在评分表中', en: 'The reason names {what}, which is not on the score sheet' },
} as const satisfies ErrorCatalogue;
