import type { ErrorCatalogue } from '../error-catalogue-entry.ts';

/** The intake's errors: scans, uploads, commits, aliases. */
export const intakeErrors = {
  'intake.no-job': { api: 'not_found', 'zh-CN': '没有这个导入任务（可能已提交或已过期，请重新导入）', en: 'There is no such import (it may have been committed or expired; import again)' },
  'intake.nothing-chosen': { api: 'invalid_input', 'zh-CN': '请选择要导入的文件、文件夹或压缩包', en: 'Choose the files, folders or zips to import' },
  'intake.relative-path': { api: 'invalid_input', 'zh-CN': '导入路径须为绝对路径：{path}', en: 'An import path must be absolute: {path}' },
  'intake.profile-folder': { api: 'invalid_input', 'zh-CN': '不能从评审台自身的数据文件夹导入', en: "Nothing can be imported from Pingshen's own data folder" },
  'intake.no-uploads': { api: 'invalid_input', 'zh-CN': '此处不能上传文件，请给出文件路径', en: 'Files cannot be uploaded here; give their paths' },
  'intake.still-reading': { api: 'conflict', 'zh-CN': '文件尚未读完，请稍候再提交', en: 'The files are still being read; commit when they are done' },
  'intake.no-preview': { api: 'conflict', 'zh-CN': '该导入任务没有可提交的预览', en: 'This import has no preview to commit' },
  'intake.preview-bytes-gone': {
    api: 'conflict',
    'zh-CN': '预览中的文件「{file}」已不在本机文件库中（预览期间删除了使用同一文件的评审活动），请重新扫描后再导入',
    en: 'The file 「{file}」 of the preview is no longer stored here (a review using the same file was deleted meanwhile); scan again, then import',
  },
  'intake.alias-blank': { api: 'invalid_input', 'zh-CN': '别名和全称都不能为空', en: 'Neither the short name nor the full name may be blank' },
  'intake.upload-path': { api: 'invalid_input', 'zh-CN': '上传文件的路径不合规：{path}', en: 'The path of an uploaded file is not allowed: {path}' },
  'intake.upload-twice': { api: 'invalid_input', 'zh-CN': '上传的文件重名：{path}', en: 'Two uploaded files have the same place: {path}' },
  'intake.unknown-field': { api: 'invalid_input', 'zh-CN': '「{applicant}」的领域「{field}」不是本次评审的领域', en: 'The category 「{field}」 of 「{applicant}」 is not one of this review' },
} as const satisfies ErrorCatalogue;
