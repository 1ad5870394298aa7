import ExcelJS from 'exceljs';
import { cleanXlsxPackage, readXlsxParts } from './xlsx-package.ts';

/** The largest workbook accepted: a rubric is a few dozen rows. */
export const MAX_WORKBOOK_BYTES = 10 * 1024 * 1024;

/** A loaded workbook, or why it could not be loaded (in Chinese, for the user). */
export type OpenedWorkbook = { ok: true; workbook: ExcelJS.Workbook } | { ok: false; message: string };

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}

/**
 * Loads an xlsx with exceljs's in-memory reader (its streaming reader garbles Chinese at chunk
 * boundaries), after refusing oversized, encrypted and non-xlsx files with a clear message.
 */
export async function openXlsxWorkbook(bytes: Uint8Array): Promise<OpenedWorkbook> {
  if (bytes.byteLength > MAX_WORKBOOK_BYTES) {
    return { ok: false, message: `文件过大（${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB），评分细则工作簿不应超过 10 MB` };
  }
  const read = await readXlsxParts(bytes);
  if (!read.ok) return read;
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as its own Buffer (an ArrayBuffer); at run time it takes a Node Buffer.
    const cleaned = (await cleanXlsxPackage(read.parts)) as unknown as Parameters<typeof workbook.xlsx.load>[0];
    await workbook.xlsx.load(cleaned);
  } catch (error) {
    return { ok: false, message: `无法读取工作簿：文件内容已损坏或不是 Excel/WPS 保存的格式（${firstLine(error)}）` };
  }
  return { ok: true, workbook };
}
