import { open } from 'node:fs/promises';
import { readZipSafely } from '../zip/read-zip-safely.ts';

/** Reads the first bytes of a stored file. */
async function headOf(path: string, length: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * A file's kind by its content (magic bytes), never by its name: 'pdf', 'zip', 'xlsx', 'docx', 'doc'
 * (OLE: old Word or Excel, or an encrypted OOXML), 'png', 'jpg', '' when unknown. An OOXML package is
 * told from a plain zip by its listing (the safe zip reader's, central directory only).
 */
export async function kindOfFile(path: string): Promise<string> {
  const head = await headOf(path, 1024);
  if (head.length === 0) return '';
  // pdf.js, like Acrobat, accepts %PDF- within the first kilobyte.
  if (head.includes('%PDF-')) return 'pdf';
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
    try {
      const archive = await readZipSafely(path);
      const names = new Set(archive.entries.map((entry) => entry.name));
      archive.close();
      if (names.has('xl/workbook.xml')) return 'xlsx';
      if (names.has('word/document.xml')) return 'docx';
    } catch {
      // A zip the safe reader refuses is still a zip: whoever opens it says why.
    }
    return 'zip';
  }
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x05 && head[3] === 0x06) return 'zip';
  if (head.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) return 'ole';
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpg';
  return '';
}
