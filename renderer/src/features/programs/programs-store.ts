import { create } from 'zustand';
import type { ApiOutput } from '../../../../shared/api/contract.ts';
import { call } from '../../api/client.ts';
import { downloadFile } from '../../api/file-transfer.ts';
import { applyPrograms, applyProgramsFailed, applyProgramsLoading, initialProgramsState, type ProgramsState } from './programs-state.ts';

/** A program as the library's calls return it (duplicate, import). */
type SavedProgram = ApiOutput<'programs:duplicate'>;

/**
 * The program library's store: thin actions that call the API, then apply a pure transition.
 * Actions that fail reject with the failure, for the screen to show; the list is read afresh after a change.
 */
export interface ProgramsStore extends ProgramsState {
  load(): Promise<void>;
  /** Reads the list again without a spinner (after an import or a delete). */
  refresh(): Promise<void>;
  /** Copies a program into an editable one of the coordinator's; resolves to the copy. */
  duplicate(programId: string): Promise<SavedProgram>;
  /** Imports a program's JSON file (checked by the services); resolves to the imported program. */
  importJson(file: File): Promise<SavedProgram>;
  /** Saves a program's JSON where the user chooses. */
  exportJson(programId: string): Promise<void>;
  remove(programId: string): Promise<void>;
}

/** The program library's store. */
export const usePrograms = create<ProgramsStore>()((set, get) => ({
  ...initialProgramsState,
  // After a change the list is read again in place: the table keeps its rows until the new ones arrive.
  async refresh() {
    const programs = await call('programs:list', {});
    set((s) => applyPrograms(s, programs));
  },
  async load() {
    set(applyProgramsLoading());
    try {
      const programs = await call('programs:list', {});
      set((s) => applyPrograms(s, programs));
    } catch (error) {
      set((s) => applyProgramsFailed(s, error));
    }
  },
  duplicate(programId) {
    return call('programs:duplicate', { programId });
  },
  async importJson(file) {
    const imported = await call('programs:import-json', { fileName: file.name, text: await file.text() });
    await get().refresh();
    return imported;
  },
  async exportJson(programId) {
    const file = await call('programs:export-json', { programId });
    downloadFile(file.fileName, file.text, 'application/json');
  },
  async remove(programId) {
    await call('programs:delete', { programId });
    await get().refresh();
  },
}));
