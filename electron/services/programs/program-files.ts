import type { Database } from 'better-sqlite3';
import type { Program } from '../../../shared/domain/program.ts';
import type { ValidationIssue } from '../../../shared/programs/validation-issue.ts';
import { parseProgram, validateProgram } from '../../../shared/programs/validate-program.ts';
import { ApiFailure } from '../../../shared/api/result.ts';
import { domainError } from '../../../shared/errors/domain-error.ts';
import { firstName, issueLine } from '../../../shared/text/message-slots.ts';
import { exportRubricXlsx } from './export-rubric-xlsx.ts';
import { importRubricXlsx } from './import-rubric-xlsx.ts';
import { freeProgramId, getProgram, insertProgram, saveProgram } from './program-repository.ts';

/** The largest program or rubric file accepted from outside. */
export const maxProgramFileBytes = 10 * 1024 * 1024;

function requireProgram(db: Database, id: string): Program {
  const found = getProgram(db, id);
  if (!found) throw domainError('programs.not-found', { programId: id });
  return found.program;
}

function refuse(what: string, issues: readonly ValidationIssue[]): never {
  // A problem of the whole file has no path: print its message alone, not 「：message」.
  const shown = issues.slice(0, 3).map((i) => issueLine(i.path, i.message)).join('；');
  const more = issues.length > 3 ? `；另有 ${issues.length - 3} 处问题` : '';
  throw new ApiFailure('invalid_input', issueLine(what, `${shown || '未知问题'}${more}`), [...issues]);
}

/** Copies a program (a template or another copy) into a new, editable library entry at version 1. */
export function duplicateProgram(db: Database, id: string): Program {
  const source = requireProgram(db, id);
  const copy: Program = { ...source, id: freeProgramId(db, `${source.id}-copy`), version: 1, title: `${source.title} (副本)` };
  insertProgram(db, copy);
  return copy;
}

/** Imports a program .json file as a new library entry: all or nothing, every problem named. */
export function importProgramJson(db: Database, fileName: string, text: string): Program {
  const shownName = firstName([fileName], '未命名文件');
  const file = `方案文件「${shownName}」`;
  if (text.length > maxProgramFileBytes) throw domainError('programs.json-too-large', { fileName: shownName });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw domainError('programs.not-json', { fileName: shownName });
  }
  const parsed = parseProgram(raw);
  if (!parsed.ok) refuse(`${file}无法导入`, parsed.issues);
  // An import never overwrites: a clashing id gets a free one, and the copy starts at version 1.
  const program: Program = { ...parsed.program, id: freeProgramId(db, parsed.program.id), version: 1 };
  insertProgram(db, program);
  return program;
}

/** The program as a .json file's name and text. */
export function exportProgramJson(db: Database, id: string): { fileName: string; text: string } {
  const program = requireProgram(db, id);
  return { fileName: `${program.title}-v${program.version}.json`, text: `${JSON.stringify(program, null, 2)}\n` };
}

/** Replaces one rubric of a program with the rubric read from an .xlsx 评分细则 (keeping its id). */
export async function importRubricIntoProgram(
  db: Database,
  programId: string,
  rubricId: string,
  fileName: string,
  bytes: Uint8Array,
): Promise<{ program: Program; warnings: ValidationIssue[] }> {
  // Every refusal names the file the user picked, so a wrong pick is seen at once.
  const shownName = firstName([fileName], '未命名文件');
  const file = `评分细则「${shownName}」`;
  if (bytes.byteLength > maxProgramFileBytes) throw domainError('programs.rubric-too-large', { fileName: shownName });
  const program = requireProgram(db, programId);
  const index = program.rubrics.findIndex((r) => r.id === rubricId);
  if (index < 0) throw domainError('programs.no-rubric', { rubricId });
  const imported = await importRubricXlsx(bytes, { rubricId, title: program.rubrics[index]?.title });
  if (!imported.ok) refuse(`${file}无法导入`, imported.issues);
  const rubrics = program.rubrics.map((r, i) => (i === index ? { ...imported.rubric, id: rubricId } : r));
  const next = { ...program, rubrics };
  const problems = validateProgram(next);
  if (problems.length > 0) refuse(`导入${file}后的方案不一致`, problems);
  return { program: saveProgram(db, next), warnings: imported.warnings };
}

/** One rubric of a program as an .xlsx 评分细则 (file name and bytes). */
export async function exportRubricFile(db: Database, programId: string, rubricId: string): Promise<{ fileName: string; bytes: Uint8Array }> {
  const program = requireProgram(db, programId);
  const rubric = program.rubrics.find((r) => r.id === rubricId);
  if (!rubric) throw domainError('programs.no-rubric', { rubricId });
  return { fileName: `${rubric.title}-评分细则.xlsx`, bytes: await exportRubricXlsx(rubric, { programTitle: program.title }) };
}
