import type { ErrorCatalogue } from '../error-catalogue-entry.ts';

/** Uploads in pieces (packages, sheets): the order and size of what arrives. */
export const transferErrors = {
  'transfer.upload-gone': { api: 'not_found', 'zh-CN': '上传已失效，请重新选择文件', en: 'The upload has expired; choose the file again' },
  'transfer.out-of-order': {
    api: 'invalid_input',
    'zh-CN': '上传顺序有误：已收到 {received} 字节，而这一段从 {offset} 开始',
    en: 'Upload out of order: {received} bytes received, but this piece starts at {offset}',
  },
  'transfer.over-size': { api: 'invalid_input', 'zh-CN': '上传的内容超过了文件声明的大小', en: 'The upload is larger than the file said it would be' },
  'transfer.incomplete': { api: 'invalid_input', 'zh-CN': '文件尚未上传完整（{received}/{size} 字节）', en: 'The file is not fully uploaded ({received}/{size} bytes)' },
} as const satisfies ErrorCatalogue;
