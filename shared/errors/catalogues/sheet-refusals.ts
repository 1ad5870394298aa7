import type { CatalogueLanguage, ErrorCatalogue, ErrorParams } from '../error-catalogue-entry.ts';

// A sheet that names others (two different sheets of one version) lists them: each by its file where
// known, and its digest. They travel as one parameter, `twins`: lines of `<digest>\t<file or empty>`,
// which each language writes out in its own words.
const listTwins = (params: ErrorParams, language: CatalogueLanguage): ErrorParams => {
  const names = String(params['twins'] ?? '')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const [digest = '', source = ''] = line.split('\t');
      const file = source === '' ? '' : `「${source}」`;
      return language === 'en' ? `${file}${file ? ' ' : ''}(digest ${digest})` : `${file}（摘要 ${digest}）`;
    });
  return { ...params, twins: names.join(language === 'en' ? ', ' : '、') };
};

// A score the earlier version did not give travels as '' and each language names it.
const scoreWords = (params: ErrorParams, language: CatalogueLanguage): ErrorParams => {
  const word = language === 'en' ? 'not scored' : '未评';
  const named = (key: string) => (params[key] === '' ? { [key]: word } : {});
  return { ...params, ...named('from'), ...named('to'), ...named('previousScore') };
};

// A schema problem travels in both languages as one parameter, `issue`: `<Chinese>\t<English>`
// (zod's words under each language's error map); each language takes its own half. Without a
// message of its own, each language says so.
const issueWords = (params: ErrorParams, language: CatalogueLanguage): ErrorParams => {
  const [zh = '', en = zh] = String(params['issue'] ?? '').split('\t');
  const issue = language === 'en' ? en : zh;
  return { ...params, issue: issue === '' ? (language === 'en' ? 'an unknown problem' : '未知问题') : issue };
};

// A score the rubric does not allow travels as its number, '' when it is not a number at all.
const nowWords = (params: ErrorParams, language: CatalogueLanguage): ErrorParams => {
  const score = String(params['score'] ?? '');
  if (language === 'en') return { ...params, score: score === '' ? 'not a number' : `it is ${score}` };
  return { ...params, score: score === '' ? '当前输入不是数字' : `当前为 ${score}` };
};

/**
 * Why a score sheet was refused (verifySheet, the version chain across sheets, the merge's own
 * checks): one code per reason, its parameters the facts, so the merge screen says it in the UI's
 * language while the CLI and the audit keep the Chinese. Names from the files (a criterion's title,
 * an expert's name) are data and stay as written.
 */
export const sheetRefusalErrors = {
  'sheet-refusals.too-large': { api: 'invalid_input', 'zh-CN': '文件过大（{size} MB，评分表上限 {limit} MB），未读取', en: 'The file is too large ({size} MB; a score sheet is at most {limit} MB) and was not read' },
  'sheet-refusals.not-json': { api: 'invalid_input', 'zh-CN': '文件不是有效的 UTF-8 JSON（可能不完整或已损坏）', en: 'The file is not valid UTF-8 JSON (it may be incomplete or damaged)' },
  'sheet-refusals.not-a-sheet': { api: 'invalid_input', 'zh-CN': '这不是评分表文件（format 为「{format}」）', en: 'This is not a score sheet file (its format is 「{format}」)' },
  'sheet-refusals.no-format': { api: 'invalid_input', 'zh-CN': '这不是评分表文件（缺少 format 字段）', en: 'This is not a score sheet file (it has no format field)' },
  'sheet-refusals.unsupported-version': {
    api: 'invalid_input',
    'zh-CN': '评分表格式版本「{version}」不受支持（本程序读取 {format}）；请使用更新版本的评审台',
    en: 'Score sheet format version 「{version}」 is not supported (this program reads {format}); use a newer Pingshen',
  },
  'sheet-refusals.schema': { api: 'invalid_input', 'zh-CN': '评分表内容不符合格式：{where}{issue}', en: 'The score sheet does not match its format: {where}{issue}', localise: issueWords },
  'sheet-refusals.not-canonical': {
    api: 'invalid_input',
    'zh-CN': '文件不是签名时的规范格式（RFC 8785）：签名后被重新排版或改动过，请使用专家导出的原文件',
    en: "The file is not in the canonical form it was signed in (RFC 8785): it was reformatted or changed after signing; use the file the expert exported",
  },
  'sheet-refusals.key-mismatch': { api: 'invalid_input', 'zh-CN': '签名所用的公钥与评分表中的专家公钥不一致', en: "The signing key is not the expert's public key in the sheet" },
  'sheet-refusals.bad-signature': { api: 'invalid_input', 'zh-CN': '签名无效：评分表在签名后被改动过，或签名已损坏', en: 'The signature is invalid: the sheet was changed after signing, or the signature is damaged' },
  'sheet-refusals.key-not-enrolled': {
    api: 'invalid_input',
    'zh-CN': '专家「{name}」({expertId})的公钥尚未登记。请与专家当面核对指纹 {fingerprint} 后再确认登记',
    en: "Expert 「{name}」 ({expertId}) has no enrolled key yet. Compare fingerprint {fingerprint} with the expert in person, then confirm the enrolment",
  },
  'sheet-refusals.key-differs': {
    api: 'invalid_input',
    'zh-CN': '专家「{name}」({expertId})已登记的公钥与本评分表的签名公钥不同（本表指纹 {fingerprint}）。请与专家当面核对指纹后再决定是否采用',
    en: "The key enrolled for expert 「{name}」 ({expertId}) is not the key that signed this sheet (fingerprint {fingerprint}). Compare fingerprints with the expert in person before deciding whether to take it",
  },
  'sheet-refusals.wrong-review': { api: 'invalid_input', 'zh-CN': '评分表属于评审「{sheetReview}」，不是本次评审「{reviewId}」', en: 'The score sheet belongs to review 「{sheetReview}」, not to this review 「{reviewId}」' },
  'sheet-refusals.wrong-package': {
    api: 'invalid_input',
    'zh-CN': '评分表依据的评审包与本次评审发出的评审包不一致（评审包可能已重新发布）',
    en: 'The sheet was scored on a review package this review did not issue (the package may have been issued again)',
  },
  'sheet-refusals.unknown-submission': { api: 'invalid_input', 'zh-CN': '申报「{submissionId}」不在本次评审中', en: 'Application 「{submissionId}」 is not in this review' },
  'sheet-refusals.wrong-rubric': {
    api: 'invalid_input',
    'zh-CN': '申报「{submissionId}」按评分细则「{sheetRubric}」评分，本次评审为「{rubricId}」',
    en: 'Application 「{submissionId}」 was scored with rubric 「{sheetRubric}」; this review uses 「{rubricId}」',
  },
  'sheet-refusals.unknown-criterion': { api: 'invalid_input', 'zh-CN': '申报「{submissionId}」含有评分细则中没有的评分项「{criterionId}」', en: 'Application 「{submissionId}」 has a criterion the rubric does not have: 「{criterionId}」' },
  'sheet-refusals.unknown-check': { api: 'invalid_input', 'zh-CN': '申报「{submissionId}」含有评分细则中没有的达标项「{checkId}」', en: 'Application 「{submissionId}」 has a threshold check the rubric does not have: 「{checkId}」' },
  'sheet-refusals.unknown-veto': { api: 'invalid_input', 'zh-CN': '申报「{submissionId}」含有评分细则中没有的否决项「{vetoId}」', en: 'Application 「{submissionId}」 has a veto item the rubric does not have: 「{vetoId}」' },
  'sheet-refusals.missing-score': { api: 'invalid_input', 'zh-CN': '申报「{submissionId}」缺少评分项「{title}」({criterionId}) 的得分', en: 'Application 「{submissionId}」 has no score for criterion 「{title}」 ({criterionId})' },
  'sheet-refusals.unmarked-check': { api: 'invalid_input', 'zh-CN': '申报「{submissionId}」未标记达标项「{title}」({checkId})', en: 'Application 「{submissionId}」 leaves threshold check 「{title}」 ({checkId}) unmarked' },
  'sheet-refusals.score-out-of-bounds': {
    api: 'invalid_input',
    'zh-CN': '申报「{submissionId}」：「{title}」的得分须在 0–{max} 之间，且为 {step} 的整数倍（{score}）',
    en: 'Application 「{submissionId}」: the score of 「{title}」 must be from 0 to {max}, a multiple of {step} ({score})',
    localise: nowWords,
  },
  'sheet-refusals.wrong-total': {
    api: 'invalid_input',
    'zh-CN': '申报「{submissionId}」的总分写为 {total}，按各项得分合计应为 {computed}',
    en: 'Application 「{submissionId}」 gives the total as {total}; its scores add up to {computed}',
  },
  'sheet-refusals.version-conflict': {
    api: 'invalid_input',
    'zh-CN': '专家「{name}」的第 {version} 版已有另一份内容不同的评分表{twins}；请与专家确认哪一份有效',
    en: 'Version {version} of expert 「{name}」 already has another, different sheet {twins}; confirm with the expert which one stands',
    localise: listTwins,
  },
  'sheet-refusals.version-conflicts': {
    api: 'invalid_input',
    'zh-CN': '专家「{name}」的第 {version} 版已有另外 {count} 份内容不同的评分表{twins}；请与专家确认哪一份有效',
    en: 'Version {version} of expert 「{name}」 already has {count} other, different sheets {twins}; confirm with the expert which one stands',
    localise: listTwins,
  },
  'sheet-refusals.chain-previous': {
    api: 'invalid_input',
    'zh-CN': '专家「{name}」的第 {version} 版声明取代的版本（摘要 {claimed}）与已收到的第 {previousVersion} 版（摘要 {digest}）不符',
    en: 'Version {version} of expert 「{name}」 says it replaces a version (digest {claimed}) that is not the version {previousVersion} received (digest {digest})',
  },
  'sheet-refusals.chain-previous-file': {
    api: 'invalid_input',
    'zh-CN': '专家「{name}」的第 {version} 版声明取代的版本（摘要 {claimed}）与第 {previousVersion} 版「{source}」（摘要 {digest}）不符',
    en: 'Version {version} of expert 「{name}」 says it replaces a version (digest {claimed}) that is not version {previousVersion} 「{source}」 (digest {digest})',
  },
  'sheet-refusals.chain-next': {
    api: 'invalid_input',
    'zh-CN': '已收到的专家「{name}」第 {nextVersion} 版取代的不是本评分表（第 {version} 版，摘要 {digest}）',
    en: 'The version {nextVersion} of expert 「{name}」 received does not replace this sheet (version {version}, digest {digest})',
  },
  'sheet-refusals.chain-next-file': {
    api: 'invalid_input',
    'zh-CN': '专家「{name}」的第 {nextVersion} 版「{source}」取代的不是本评分表（第 {version} 版，摘要 {digest}）',
    en: 'Version {nextVersion} 「{source}」 of expert 「{name}」 does not replace this sheet (version {version}, digest {digest})',
  },
  'sheet-refusals.change-unexplained': {
    api: 'invalid_input',
    'zh-CN': '第 {version} 版修改了申报「{submissionId}」评分项「{criterionId}」（{from} → {to}），但没有写明修改理由',
    en: 'Version {version} changes criterion 「{criterionId}」 of application 「{submissionId}」 ({from} → {to}) without giving the reason',
    localise: scoreWords,
  },
  'sheet-refusals.changes-unexplained': {
    api: 'invalid_input',
    'zh-CN': '第 {version} 版修改了申报「{submissionId}」评分项「{criterionId}」（{from} → {to}）等 {count} 项得分，但没有写明修改理由',
    en: 'Version {version} changes criterion 「{criterionId}」 of application 「{submissionId}」 ({from} → {to}) and {count} scores in all without giving the reasons',
    localise: scoreWords,
  },
  'sheet-refusals.revision-from': {
    api: 'invalid_input',
    'zh-CN': '第 {version} 版为申报「{submissionId}」评分项「{criterionId}」记录的原分 {from} 与第 {previousVersion} 版的 {previousScore} 不符',
    en: 'Version {version} records {from} as the earlier score of criterion 「{criterionId}」 of application 「{submissionId}」, but version {previousVersion} gave {previousScore}',
    localise: scoreWords,
  },
  'sheet-refusals.no-file': { api: 'invalid_input', 'zh-CN': '文件不存在', en: 'There is no such file' },
  'sheet-refusals.unreadable-file': { api: 'invalid_input', 'zh-CN': '无法读取（{code}）', en: 'Cannot be read ({code})' },
  'sheet-refusals.unreadable-file-why-unknown': { api: 'invalid_input', 'zh-CN': '无法读取（未知原因）', en: 'Cannot be read (for a reason not known)' },
  'sheet-refusals.unreadable-zip': { api: 'invalid_input', 'zh-CN': '无法读取压缩包（文件损坏或不是 zip）', en: 'The zip cannot be read (it is damaged or not a zip)' },
  'sheet-refusals.no-sheet-in-zip': { api: 'invalid_input', 'zh-CN': '压缩包中没有评分表文件（*.pingshen-sheet.json）', en: 'The zip holds no score sheet file (*.pingshen-sheet.json)' },
  'sheet-refusals.unreadable-entry': { api: 'invalid_input', 'zh-CN': '无法读取压缩包中的这个文件', en: 'This file in the zip cannot be read' },
  'sheet-refusals.scored-recused': {
    api: 'invalid_input',
    'zh-CN': '评分表为组织方已登记回避的申报「{submissionId}」打了分（评审包中已将其定为该专家回避），未采用',
    en: "The sheet scores application 「{submissionId}」, from which the coordinator recorded this expert's recusal (the package marked it so); not taken",
  },
  'sheet-refusals.key-reused': {
    api: 'invalid_input',
    'zh-CN': '同一公钥被用于多位专家（{experts}）：一张公钥卡只能代表一位专家，这些评分表均未采用',
    en: 'One key is used for several experts ({experts}): a key card stands for one expert only, so none of these sheets is taken',
  },
  'sheet-refusals.category-final': {
    api: 'invalid_input',
    'zh-CN': '领域「{names}」的推荐名单已确定，不再收取新的评分表；如需采用，请先「重新打开」该领域',
    en: 'The list of 「{names}」 is final and takes no new sheets; to take this one, reopen the category first',
  },
} as const satisfies ErrorCatalogue;
