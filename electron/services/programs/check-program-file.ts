import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseProgram } from '../../../shared/programs/validate-program.ts';
import type { ValidationIssue } from '../../../shared/programs/validation-issue.ts';
import { importRubricXlsx } from './import-rubric-xlsx.ts';
import { MAX_WORKBOOK_BYTES } from '../xlsx/open-xlsx-workbook.ts';

/** What checking one file found: problems (ok only when there are none) and warnings. */
export interface FileCheck {
  readonly ok: boolean;
  readonly issues: ValidationIssue[];
  readonly warnings: ValidationIssue[];
}

const refuse = (message: string): FileCheck => ({ ok: false, issues: [{ path: '', message }], warnings: [] });

function jsonProblem(error: unknown): string {
  return `不是有效的 JSON：${(error as Error).message}`;
}

/**
 * Checks a program file (.json, read with parseProgram) or a 评分细则 workbook (.xlsx, read with
 * importRubricXlsx) on disk, turning unreadable or missing files into problems rather than throws.
 */
export async function checkProgramFile(path: string): Promise<FileCheck> {
  const extension = extname(path).toLowerCase();
  if (!['.json', '.xlsx', '.xls'].includes(extension)) return refuse('不支持的文件类型：应为 .json (评审方案) 或 .xlsx (评分细则)');
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return refuse('这是文件夹，不是文件');
    size = info.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return refuse(code === 'ENOENT' ? '文件不存在' : `无法读取文件（${code ?? (error as Error).message}）`);
  }
  if (size > MAX_WORKBOOK_BYTES) return refuse(`文件过大（${(size / 1024 / 1024).toFixed(1)} MB），不应超过 10 MB`);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return refuse(`无法读取文件（${(error as NodeJS.ErrnoException).code ?? (error as Error).message}）`);
  }
  if (extension !== '.json') {
    const imported = await importRubricXlsx(bytes);
    return imported.ok ? { ok: true, issues: [], warnings: imported.warnings } : { ok: false, issues: imported.issues, warnings: [] };
  }
  let json: unknown;
  try {
    // A BOM, as Windows Notepad writes, is not part of the JSON.
    json = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/u, ''));
  } catch (error) {
    return refuse(jsonProblem(error));
  }
  const parsed = parseProgram(json);
  return parsed.ok ? { ok: true, issues: [], warnings: [] } : { ok: false, issues: parsed.issues, warnings: [] };
}
