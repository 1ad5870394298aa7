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
  'identity.file-damaged': {
    api: 'forbidden',
    'zh-CN': '签名身份文件已损坏：{path}。请从备份恢复；如需新建身份，请先移走该文件',
    en: 'The signing identity file is damaged: {path}. Restore it from a backup; to create a new identity, move that file away first',
  },
  'identity.sealed-by-os': { api: 'forbidden', 'zh-CN': '本机签名私钥由系统钥匙串保护，不能用口令打开', en: 'The signing key on this computer is protected by the system keychain and cannot be opened with a passphrase' },
  'identity.sealed-by-passphrase': { api: 'forbidden', 'zh-CN': '本机签名私钥由口令保护，请输入口令', en: 'The signing key on this computer is protected by a passphrase; enter it' },
  'identity.key-invalid': { api: 'forbidden', 'zh-CN': '解开的签名私钥无效，身份文件可能已损坏', en: 'The signing key opened is not valid; the identity file may be damaged' },
  'identity.key-mismatch': { api: 'forbidden', 'zh-CN': '身份文件中的公钥与私钥不匹配，身份文件可能被改动过', en: 'The public key in the identity file does not match the private key; the file may have been changed' },
  'identity.passphrase-short': { api: 'invalid_input', 'zh-CN': '口令至少需要 {min} 个字符', en: 'The passphrase needs at least {min} characters' },
  'identity.wrong-passphrase': {
    api: 'forbidden',
    'zh-CN': '口令不正确，无法解开本机的签名私钥（如确认口令无误，则身份文件可能已损坏）',
    en: 'Wrong passphrase: the signing key on this computer could not be opened (if the passphrase is right, the identity file may be damaged)',
  },
  'identity.envelope-damaged': { api: 'forbidden', 'zh-CN': '本机签名身份的加密数据已损坏，无法解开', en: "The encrypted data of this computer's signing identity is damaged and cannot be opened" },
  'identity.other-keychain': {
    api: 'forbidden',
    'zh-CN': '无法用本机系统钥匙串解开签名私钥（可能是在另一台电脑或另一个系统用户下创建的）',
    en: "The system keychain cannot open the signing key (it may have been created on another computer or by another system user)",
  },
} as const satisfies ErrorCatalogue;
