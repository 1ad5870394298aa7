import type { ReviewStage } from '../../domain/formal-check-view.ts';
import { stageLabels, stageLabelsEn } from '../../formal-check/rule-labels.ts';
import type { CatalogueLanguage, ErrorCatalogue, ErrorParams } from '../error-catalogue-entry.ts';

/** `stage` and `allowed` (stage ids, comma-separated) in a language's words. */
function stageWords(params: ErrorParams, language: CatalogueLanguage): ErrorParams {
  const labels = language === 'en' ? stageLabelsEn : stageLabels;
  const word = (id: string) => labels[id as ReviewStage] ?? id;
  const allowed = String(params.allowed ?? '').split(',').filter(Boolean).map(word);
  return { ...params, stage: word(String(params.stage ?? '')), allowed: allowed.join(language === 'en' ? ' or ' : '或') };
}

/** A backup's refusal: the file named, then why, in both languages. */
function backup<Zh extends string, En extends string>(zh: Zh, en: En): { api: 'invalid_input'; 'zh-CN': `备份文件 {fileName} 无法导入：${Zh}`; en: `The backup {fileName} cannot be imported: ${En}` } {
  return { api: 'invalid_input', 'zh-CN': `备份文件 {fileName} 无法导入：${zh}`, en: `The backup {fileName} cannot be imported: ${en}` };
}

/** The reviews feature's errors. */
export const reviewsErrors = {
  'reviews.not-found': { api: 'not_found', 'zh-CN': '未找到评审活动 {reviewId}', en: 'No review {reviewId} on this computer' },
  'reviews.submission-not-found': { api: 'not_found', 'zh-CN': '评审活动 {reviewId} 中没有申报 {submissionId}', en: 'Review {reviewId} has no application {submissionId}' },
  'reviews.confirm-title': { api: 'invalid_input', 'zh-CN': '确认的名称与评审活动「{title}」不一致，未删除', en: 'The name typed is not the title of 「{title}」; nothing was deleted' },
  'reviews.backup-program-differs': {
    api: 'conflict',
    'zh-CN': '本机的评审方案 {programId} 第 {version} 版与备份中的不同，未导入备份',
    en: 'Version {version} of program {programId} on this computer differs from the one in the backup; the backup was not imported',
  },
  'reviews.backup-exists': {
    api: 'conflict',
    'zh-CN': '本机已有评审活动「{title}」（{reviewId}），未导入备份；如要替换，请先删除本机的这一评审活动',
    en: 'This computer already holds the review 「{title}」 ({reviewId}); the backup was not imported. To replace it, delete that review here first',
  },
  'reviews.no-program': { api: 'not_found', 'zh-CN': '未找到评审方案 {programId}', en: 'No program {programId} on this computer' },
  'reviews.no-category': { api: 'invalid_input', 'zh-CN': '评审方案「{program}」中没有领域 {categoryId}', en: 'The program 「{program}」 has no category {categoryId}' },
  'reviews.stage-intake': {
    api: 'conflict',
    'zh-CN': '评审活动「{title}」处于{stage}阶段，不能导入申报材料（须在{allowed}阶段）',
    en: 'The review 「{title}」 is at the {stage} stage: applications can be imported only at the {allowed} stage',
    localise: stageWords,
  },
  'reviews.stage-check': {
    api: 'conflict',
    'zh-CN': '评审活动「{title}」处于{stage}阶段，不能运行形式审查（须在{allowed}阶段）',
    en: 'The review 「{title}」 is at the {stage} stage: the formal check can be run only at the {allowed} stage',
    localise: stageWords,
  },
  'reviews.stage-override': {
    api: 'conflict',
    'zh-CN': '评审活动「{title}」处于{stage}阶段，不能改变形式审查结果（须在{allowed}阶段）',
    en: "The review 「{title}」 is at the {stage} stage: the formal check's results can be changed only at the {allowed} stage",
    localise: stageWords,
  },
  'reviews.stage-conclusion': {
    api: 'conflict',
    'zh-CN': '评审活动「{title}」处于{stage}阶段，不能记录材料审核结论（须在{allowed}阶段）',
    en: "The review 「{title}」 is at the {stage} stage: a material review's conclusion can be recorded only at the {allowed} stage",
    localise: stageWords,
  },
  'reviews.backup-zip': backup('{reason}', '{reason}'),
  'reviews.backup-not-json': backup('backup.json 不是有效的 JSON', 'backup.json is not valid JSON'),
  'reviews.backup-newer-format': backup('格式 {format} 由更新版本的评审台写出，请先升级', 'the format {format} was written by a newer Pingshen; update this one first'),
  'reviews.backup-not-backup': backup('不是评审台的评审活动备份（{path}）', 'it is not a review backup of Pingshen ({path})'),
  'reviews.backup-newer-schema': backup(
    '由更新版本的评审台导出（数据库版本 {schemaVersion}，本程序 {current}），请先升级',
    'it was exported by a newer Pingshen (database version {schemaVersion}, this one {current}); update this one first',
  ),
  'reviews.backup-unknown-table': backup('含有未知的数据表 {table}', 'it holds an unknown table {table}'),
  'reviews.backup-unknown-column': backup('数据表 {table} 含有未知的列 {column}', 'the table {table} has an unknown column {column}'),
  'reviews.backup-missing-column': backup('数据表 {table} 缺少 {column} 列', 'the table {table} lacks the column {column}'),
  'reviews.backup-foreign-row': backup('数据表 {table} 中有不属于评审活动 {reviewId} 的行', 'the table {table} has rows that are not of the review {reviewId}'),
  'reviews.backup-no-review': backup('缺少评审活动本身', 'the review itself is missing'),
  'reviews.backup-foreign-program': backup('含有与该评审活动无关的评审方案', 'it holds a program that is not the review\'s own'),
  'reviews.backup-no-manifest': backup('不是评审活动备份（没有 backup.json）', 'it is not a review backup (no backup.json)'),
  'reviews.backup-missing-document': backup('缺少文档 {document}… 的内容', 'the content of document {document}… is missing'),
  'reviews.backup-unsigned': backup('缺少导出人的签名（格式 2 的备份都有签名）', 'the exporter\'s signature is missing (every backup of format 2 carries one)'),
  'reviews.backup-signature-bad': backup(
    '签名无效：backup.json 在导出后被改动或重新排版过',
    'the signature does not verify: backup.json was changed or re-formatted after it was exported',
  ),
  'reviews.backup-signer-not-accepted': {
    api: 'conflict',
    'zh-CN': '备份文件 {fileName} 由指纹为 {fingerprint} 的密钥签名，不是导入前确认的签名者，未导入；请重新选择文件并核对指纹',
    en: 'The backup {fileName} is signed by the key with fingerprint {fingerprint}, not the signer accepted before the import; nothing was imported. Choose the file again and compare the fingerprint',
  },
  'reviews.backup-unsigned-not-accepted': {
    api: 'conflict',
    'zh-CN': '备份文件 {fileName} 没有签名（由旧版评审台导出），须先确认导入未签名的备份，未导入',
    en: 'The backup {fileName} is not signed (an older Pingshen exported it): accept an unsigned backup first; nothing was imported',
  },
  'reviews.backup-document-corrupt': backup(
    '文档 {document}… 的内容与其 SHA-256 不符（文件已损坏或被改动）',
    'the content of document {document}… does not match its SHA-256 (the file is damaged or was changed)',
  ),
} as const satisfies ErrorCatalogue;
