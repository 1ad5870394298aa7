import type { ErrorCatalogue } from '../error-catalogue-entry.ts';

/** The program library's errors (a refusal listing a file's problems stays an ApiFailure with its issues). */
export const programsErrors = {
  'programs.not-found': { api: 'not_found', 'zh-CN': '未找到方案 {programId}', en: 'No programme {programId}' },
  'programs.version-not-found': { api: 'not_found', 'zh-CN': '未找到方案 {programId} 第 {version} 版', en: 'No version {version} of programme {programId}' },
  'programs.no-rubric': { api: 'not_found', 'zh-CN': '方案中没有评分细则 {rubricId}', en: 'The programme has no rubric {rubricId}' },
  'programs.json-too-large': { api: 'invalid_input', 'zh-CN': '方案文件「{fileName}」超过 10 MB，不是评审方案文件', en: 'Programme file 「{fileName}」 is over 10 MB: not a programme file' },
  'programs.not-json': { api: 'invalid_input', 'zh-CN': '方案文件「{fileName}」不是有效的 JSON 文件', en: 'Programme file 「{fileName}」 is not valid JSON' },
  'programs.rubric-too-large': { api: 'invalid_input', 'zh-CN': '评分细则「{fileName}」超过 10 MB', en: 'Rubric 「{fileName}」 is over 10 MB' },
  'programs.id-taken': { api: 'conflict', 'zh-CN': '方案库中已有编号为 {programId} 的方案', en: 'The library already holds a programme with id {programId}' },
  'programs.built-in-read-only': { api: 'forbidden', 'zh-CN': '内置模板不可修改，请先复制为新方案', en: 'Built-in templates cannot be changed; duplicate it as a new programme first' },
  'programs.stale-version': { api: 'conflict', 'zh-CN': '方案已更新为第 {version} 版，请重新打开后再修改', en: 'The programme is now at version {version}; open it again before changing it' },
  'programs.built-in-kept': { api: 'forbidden', 'zh-CN': '内置模板不可删除', en: 'Built-in templates cannot be deleted' },
  'programs.in-use': { api: 'conflict', 'zh-CN': '该方案已被评审活动使用，不能删除', en: 'A review uses this programme, so it cannot be deleted' },
} as const satisfies ErrorCatalogue;
