import type { Database } from 'better-sqlite3';
import type { ApiHandlers, ApiOutput } from '../../../shared/api/contract.ts';
import { ApiFailure } from '../../../shared/api/result.ts';
import { validateProgram } from '../../../shared/programs/validate-program.ts';
import { appendAudit } from '../db/audit-log.ts';
import { duplicateProgram, exportProgramJson, exportRubricFile, importProgramJson, importRubricIntoProgram } from './program-files.ts';
import { deleteProgram, getProgram, listPrograms, saveProgram } from './program-repository.ts';

type ProgramCalls = Pick<
  ApiHandlers,
  | 'programs:list'
  | 'programs:get'
  | 'programs:save'
  | 'programs:duplicate'
  | 'programs:delete'
  | 'programs:import-json'
  | 'programs:export-json'
  | 'programs:import-rubric-xlsx'
  | 'programs:export-rubric-xlsx'
>;

/** The program library's calls. */
export function createProgramsCalls(db: Database): ProgramCalls {
  const detail = (id: string, version?: number): ApiOutput<'programs:get'> => {
    const found = getProgram(db, id, version);
    if (!found) throw new ApiFailure('not_found', `未找到方案 ${id}${version ? ` 第 ${version} 版` : ''}`);
    return { ...found, issues: validateProgram(found.program) };
  };
  return {
    'programs:list': () => listPrograms(db),
    'programs:get': ({ programId, version }) => detail(programId, version),
    'programs:save': ({ program }) => {
      const saved = saveProgram(db, program);
      if (saved.version !== program.version) appendAudit(db, 'program.new-version', saved.id, { version: saved.version });
      return detail(saved.id);
    },
    'programs:duplicate': ({ programId }) => detail(duplicateProgram(db, programId).id),
    'programs:delete': ({ programId }) => {
      deleteProgram(db, programId);
      appendAudit(db, 'program.deleted', programId);
      return { deleted: programId };
    },
    'programs:import-json': ({ fileName, text }) => {
      const program = importProgramJson(db, fileName, text);
      appendAudit(db, 'program.imported', program.id, { fileName });
      return detail(program.id);
    },
    'programs:export-json': ({ programId }) => exportProgramJson(db, programId),
    'programs:import-rubric-xlsx': async ({ programId, rubricId, fileName, base64 }) => {
      const { program, warnings } = await importRubricIntoProgram(db, programId, rubricId, fileName, Buffer.from(base64, 'base64'));
      appendAudit(db, 'program.rubric-imported', program.id, { rubricId, fileName, version: program.version });
      return { ...detail(program.id), warnings };
    },
    'programs:export-rubric-xlsx': async ({ programId, rubricId }) => {
      const file = await exportRubricFile(db, programId, rubricId);
      return { fileName: file.fileName, base64: Buffer.from(file.bytes).toString('base64') };
    },
  };
}
