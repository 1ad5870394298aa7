import type { ErrorCatalogue } from '../error-catalogue-entry.ts';

/** The review package's refusals (opening, checking, importing) and the intake's frame around them. */
export const packagesErrors = {
  'packages.nothing-saved': { api: 'invalid_input', 'zh-CN': '评审包已拒绝，未保存任何内容：{reason}', en: 'The review package was refused; nothing was saved: {reason}' },
  'packages.said': { api: 'invalid_input', 'zh-CN': '{reason}', en: 'The review package was refused: {reason}' },
  'packages.file-not-found': { api: 'invalid_input', 'zh-CN': '找不到评审包文件：{file}', en: 'Review package file not found: {file}' },
  'packages.not-a-zip': { api: 'invalid_input', 'zh-CN': '这不是评审包：文件不是有效的 zip 压缩包，或不完整（可能未复制完）', en: 'This is not a review package: the file is not a valid zip archive, or it is incomplete (perhaps not fully copied)' },
  'packages.entry-too-large': { api: 'invalid_input', 'zh-CN': '评审包中的 {entry} 过大（{size} 字节），已拒绝', en: '{entry} in the package is too large ({size} bytes). Refused' },
  'packages.missing-manifest': { api: 'invalid_input', 'zh-CN': '这不是完整的评审包：缺少 {missing}', en: 'This is not a complete review package: {missing} is missing' },
  'packages.missing-file': { api: 'invalid_input', 'zh-CN': '评审包缺少文件「{path}」（申报「{submission}」的{title}）', en: 'The package lacks the file 「{path}」 (「{title}」 of application 「{submission}」)' },
  'packages.unlisted-file': { api: 'invalid_input', 'zh-CN': '评审包中有清单未列出的文件「{entry}」，可能被人加入，已拒绝', en: 'The package holds 「{entry}」, which its manifest does not list; someone may have added it. Refused' },
  'packages.hash-mismatch': {
    api: 'invalid_input',
    'zh-CN': '评审包中的文件「{path}」（申报「{submission}」的{title}）与清单记录不符（已被改动或损坏）',
    en: 'The file 「{path}」 (「{title}」 of application 「{submission}」) differs from the manifest (changed or damaged)',
  },
  'packages.not-json': { api: 'invalid_input', 'zh-CN': '评审包中的 {entry} 不是有效的 JSON（UTF-8），文件已损坏', en: '{entry} in the package is not valid JSON (UTF-8); the file is damaged' },
  'packages.no-format': { api: 'invalid_input', 'zh-CN': '评审包清单 manifest.json 没有写明格式（format），无法识别', en: 'The package manifest manifest.json names no format, so it cannot be recognised' },
  'packages.foreign-format': { api: 'invalid_input', 'zh-CN': 'manifest.json 的格式为「{format}」，不是评审台的评审包', en: 'manifest.json has the format 「{format}」: not a Pingshen review package' },
  'packages.newer-format': {
    api: 'invalid_input',
    'zh-CN': '评审包格式为第 {major} 版，本程序只能打开第 1 版（{supported}），请升级评审台后再打开',
    en: 'The package is format version {major}; this program opens version 1 only ({supported}). Update Pingshen and open it again',
  },
  'packages.schema': { api: 'invalid_input', 'zh-CN': '评审包清单内容无效：{issues}', en: 'The package manifest is invalid: {issues}' },
  'packages.signature-file': { api: 'invalid_input', 'zh-CN': '评审包的签名文件 manifest.sig 格式无效', en: 'The package signature file manifest.sig is malformed' },
  'packages.foreign-key': { api: 'invalid_input', 'zh-CN': '签名所用的公钥不是清单中组织方的公钥，评审包来源不可信', en: "The signing key is not the coordinator's key in the manifest; the package's origin cannot be trusted" },
  'packages.not-canonical': { api: 'invalid_input', 'zh-CN': '评审包清单无法规范化，签名无法核对', en: 'The package manifest cannot be canonicalised, so its signature cannot be checked' },
  'packages.bad-signature': {
    api: 'invalid_input',
    'zh-CN': '评审包签名校验失败：清单在签名后被改动过，或不是组织方签发的，请向组织方重新索取',
    en: 'The package signature does not verify: the manifest was changed after signing or not issued by the coordinator. Ask the coordinator for it again',
  },
  'packages.unknown-expert': { api: 'invalid_input', 'zh-CN': '专家「{expertId}」不在该评审包的专家名单中', en: 'Expert 「{expertId}」 is not on the roster of this package' },
  'packages.preset-expert': { api: 'invalid_input', 'zh-CN': '该评审包是为专家「{expertId}」准备的，不能以其他专家身份导入', en: 'This package was made for expert 「{expertId}」 and cannot be imported as another expert' },
  'packages.other-version': {
    api: 'conflict',
    'zh-CN': '本机已有评审活动「{title}」（{reviewId}），且与此评审包不是同一版本；请先确认应使用哪一个评审包',
    en: 'This computer already holds review 「{title}」 ({reviewId}) from a different package; first confirm which package to use',
  },
  'packages.no-program': { api: 'conflict', 'zh-CN': '评审活动「{title}」尚未选定评审方案，无法生成评审包', en: 'Review 「{title}」 has no review programme yet, so no package can be built' },
  'packages.program-missing': {
    api: 'conflict',
    'zh-CN': '评审活动「{title}」所用的方案 {programId} 第 {version} 版不在方案库中',
    en: 'Version {version} of programme {programId}, which review 「{title}」 uses, is not in the programme library',
  },
  'packages.expert-not-on-roster': { api: 'not_found', 'zh-CN': '专家 {expertId} 不在专家名单中', en: 'Expert {expertId} is not on the roster' },
  'packages.manifest-invalid': { api: 'internal', 'zh-CN': '评审包内容有误：{issue}', en: 'The package content is wrong: {issue}' },
  'packages.key-mismatch': { api: 'internal', 'zh-CN': '组织方签名私钥与公钥不匹配', en: "The coordinator's private signing key does not match the public key" },
  'packages.document-missing': {
    api: 'conflict',
    'zh-CN': '文档「{title}」（{sha256}）不在文档库中或大小不符，无法打包',
    en: 'Document 「{title}」 ({sha256}) is missing from the document store or has the wrong size, so it cannot be packed',
  },
  'packages.not-demo': { api: 'internal', 'zh-CN': '评审活动 {reviewId} 不是内置演示评审，不能替换', en: 'Review {reviewId} is not the built-in demo review and cannot be replaced' },
  'packages.build-failed': { api: 'internal', 'zh-CN': '评审包制作失败，详情已写入日志', en: 'Building the review package failed; the details are in the log' },
} as const satisfies ErrorCatalogue;
