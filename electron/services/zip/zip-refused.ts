/** Why an archive (or a package folder) was refused; `not_a_zip` means it is no zip at all. */
export type ZipRefusalCode =
  | 'not_a_zip'
  | 'corrupt'
  | 'unsafe_name'
  | 'duplicate_name'
  | 'symlink'
  | 'encrypted'
  | 'unsupported'
  | 'multi_disk'
  | 'too_many_entries'
  | 'too_large'
  | 'ratio';

/** An archive the safe reader will not read, with a Chinese message naming the entry where there is one. */
export class ZipRefused extends Error {
  override readonly name = 'ZipRefused';
  readonly code: ZipRefusalCode;
  /** The entry's (decoded) name, or null when the refusal is about the whole archive. */
  readonly entry: string | null;

  constructor(code: ZipRefusalCode, message: string, entry: string | null = null, options?: ErrorOptions) {
    super(message, options);
    this.code = code;
    this.entry = entry;
  }
}

/** Maps one of yauzl's English errors to a refusal the user can read; unknown ones count as corruption. */
export function refusalFromYauzl(error: Error, entry: string | null = null): ZipRefused {
  const text = error.message;
  const where = entry === null ? '压缩包' : `压缩包中的「${entry}」`;
  if (/end of central directory record signature not found/i.test(text)) {
    return new ZipRefused('not_a_zip', '这不是有效的 zip 压缩包，或文件不完整（可能未复制完）', entry, { cause: error });
  }
  if (/multi-disk/i.test(text)) return new ZipRefused('multi_disk', '这是分卷压缩包，请合并为单个 zip 文件后再打开', entry, { cause: error });
  if (/strong encryption/i.test(text)) return new ZipRefused('encrypted', `${where}使用了加密，无法读取，请提供未加密的压缩包`, entry, { cause: error });
  if (/too many bytes|not enough bytes|size mismatch/i.test(text)) {
    return new ZipRefused('corrupt', `${where}记录的大小与实际内容不符，文件可能已损坏或被篡改，已拒绝`, entry, { cause: error });
  }
  if (/unsupported compression method/i.test(text)) {
    return new ZipRefused('unsupported', `${where}使用了不支持的压缩方式，请用常见的 zip 工具重新压缩`, entry, { cause: error });
  }
  return new ZipRefused('corrupt', `${where}已损坏，无法读取（${text}）`, entry, { cause: error });
}
