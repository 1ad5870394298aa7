import { Buffer } from 'node:buffer';
import yauzl from 'yauzl';
import yazl from 'yazl';

/** Limits on what an xlsx may unpack to: a small file can hide a zip bomb. */
export const PACKAGE_LIMITS = { entries: 5000, totalBytes: 200 * 1024 * 1024 } as const;

/** The parts of an xlsx package by name, or why the bytes are not one (in Chinese). */
export type XlsxParts = { ok: true; parts: Map<string, Buffer> } | { ok: false; message: string };

const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
// Namespaces whose prefixed spelling (<x:worksheet xmlns:x=…>, as some non-Excel writers emit) exceljs cannot read.
const PLAIN_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  'http://schemas.openxmlformats.org/package/2006/relationships',
  'http://schemas.openxmlformats.org/package/2006/content-types',
]);

/** Why bytes that are not a zip cannot be a workbook: encrypted, the old .xls format, or something else. */
export function notZipMessage(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.subarray(0, 8).equals(CFB_SIGNATURE)) {
    // Password-protected OOXML is an OLE container holding an "EncryptedPackage" stream.
    if (buffer.includes(Buffer.from('EncryptedPackage', 'utf16le'))) return '文件已加密，请先在 Excel/WPS 中取消密码后再导入';
    return '这是旧版 Excel 97-2003 (.xls) 文件，请在 Excel/WPS 中另存为 .xlsx 后再导入';
  }
  return '不是 Excel 工作簿 (.xlsx) 文件';
}

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05);
}

function openZip(buffer: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (error, zip) => (error ? reject(error) : resolve(zip)));
  });
}

function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error) return reject(error);
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', reject);
      stream.on('end', () => resolve(Buffer.concat(chunks)));
    });
  });
}

/** Reads every file of an xlsx package, within PACKAGE_LIMITS. */
export async function readXlsxParts(bytes: Uint8Array): Promise<XlsxParts> {
  if (!isZip(bytes)) return { ok: false, message: notZipMessage(bytes) };
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (error) {
    return { ok: false, message: `无法读取工作簿：压缩包已损坏（${(error as Error).message}）` };
  }
  const parts = new Map<string, Buffer>();
  let total = 0;
  try {
    for (;;) {
      const entry = await new Promise<yauzl.Entry | null>((resolve, reject) => {
        zip.once('entry', resolve).once('end', () => resolve(null)).once('error', reject);
        zip.readEntry();
      });
      zip.removeAllListeners();
      if (!entry) break;
      if (entry.fileName.endsWith('/')) continue;
      total += entry.uncompressedSize;
      if (parts.size >= PACKAGE_LIMITS.entries || total > PACKAGE_LIMITS.totalBytes) {
        return { ok: false, message: '无法读取工作簿：解压后内容过大，不像是评分细则' };
      }
      parts.set(entry.fileName, await readEntry(zip, entry));
    }
  } catch (error) {
    return { ok: false, message: `无法读取工作簿：压缩包已损坏（${(error as Error).message}）` };
  } finally {
    zip.close();
  }
  if (!parts.has('xl/workbook.xml')) return { ok: false, message: '不是 Excel 工作簿 (.xlsx) 文件：压缩包中没有 xl/workbook.xml' };
  return { ok: true, parts };
}

/** The part's XML with its root namespace prefix removed, where that prefix is one exceljs cannot read. */
export function withoutRootPrefix(xml: string): string {
  // The first element after the declaration and comments is the root.
  const root = /<([A-Za-z_][\w.-]*:)?[A-Za-z_][\w.-]*[\s>/][^>]*>/u.exec(xml.replace(/<\?[^>]*\?>|<!--[\s\S]*?-->/gu, ''));
  const prefix = root?.[1]?.slice(0, -1);
  if (!root || prefix === undefined || /\sxmlns\s*=/u.test(root[0])) return xml;
  const uri = new RegExp(`xmlns:${prefix}\\s*=\\s*["']([^"']*)["']`, 'u').exec(root[0])?.[1];
  if (uri === undefined || !PLAIN_NAMESPACES.has(uri)) return xml;
  return xml
    .replaceAll(`<${prefix}:`, '<')
    .replaceAll(`</${prefix}:`, '</')
    .replace(new RegExp(`xmlns:${prefix}(\\s*=)`, 'u'), 'xmlns$1');
}

/**
 * Rebuilds the package the way exceljs can read it: without docProps/ (other writers' property
 * parts crash its parser, and the rubric needs none of them) and without namespace prefixes.
 */
export async function cleanXlsxPackage(parts: ReadonlyMap<string, Buffer>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, data] of parts) {
    if (name.startsWith('docProps/')) continue;
    const text = name.endsWith('.xml') || name.endsWith('.rels') ? data.toString('utf8') : null;
    const plain = text === null ? null : withoutRootPrefix(text);
    zip.addBuffer(plain === null || plain === text ? data : Buffer.from(plain, 'utf8'), name, { compress: false });
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
