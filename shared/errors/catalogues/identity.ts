import type { ErrorCatalogue } from '../error-catalogue-entry.ts';

/** The signing identity's errors. */
export const identityErrors = {
  'identity.no-print': { api: 'forbidden', 'zh-CN': '浏览器模式下请使用浏览器的「打印」功能', en: "In browser mode, use the browser's own 「Print」" },
  'identity.no-name': { api: 'not_found', 'zh-CN': '本机签名身份缺少姓名，请在「身份与签名」中重新填写', en: 'The signing identity here has no name; fill it in again under 「Identity and signing」' },
  'identity.none-yet': { api: 'forbidden', 'zh-CN': '本机尚无签名身份，请先在「身份与签名」中创建', en: 'This computer has no signing identity yet; create one under 「Identity and signing」 first' },
  'identity.locked': { api: 'forbidden', 'zh-CN': '请先输入口令，解开本机的签名私钥', en: 'Enter the passphrase first to unlock the signing key' },
  'identity.no-keychain': { api: 'forbidden', 'zh-CN': '本机签名私钥由系统钥匙串保护，但当前无法使用系统钥匙串', en: "The signing key is protected by the system keychain, which is not available now" },
  'identity.exists': { api: 'conflict', 'zh-CN': '本机已有签名身份；为免已发出的公钥卡和评分表失效，不会重新生成', en: 'This computer already has a signing identity; it is not replaced, so key cards and sheets already issued stay valid' },
  'identity.passphrase-needed': { api: 'invalid_input', 'zh-CN': '本机没有系统钥匙串，请设置口令来保护签名私钥', en: 'This computer has no system keychain; set a passphrase to protect the signing key' },
  'identity.none-to-unlock': { api: 'not_found', 'zh-CN': '本机尚无签名身份，请先创建', en: 'This computer has no signing identity yet; create one first' },
} as const satisfies ErrorCatalogue;
