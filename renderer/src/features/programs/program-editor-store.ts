import { create } from 'zustand';
import type { Program } from '../../../../shared/domain/program.ts';
import type { Rubric } from '../../../../shared/domain/rubric.ts';
import { editRubric } from '../../../../shared/programs/rubric-edits.ts';
import { call } from '../../api/client.ts';
import { base64ToBytes, downloadFile, fileToBase64 } from '../../api/file-transfer.ts';
import {
  applyCheckedEdit, applyEdit, applyLoadFailed, applyLoaded, applyRedo, applyRubricSelected, applySaved, applySaveFailed, applySaving, applySelected, applyUndo,
  initialEditorState, type NodeRef, type ProgramEditorState,
} from './program-editor-state.ts';

/** The rubric editor's store: thin actions over the pure transitions, and autosave. */
export interface ProgramEditorStore extends ProgramEditorState {
  open(programId: string): Promise<void>;
  /** Replaces the draft with an edited program; `key` names the field, for undo merging. */
  edit(next: Program, key: string): void;
  /** Edits the program's facts: refused with the reasons (and not saved) unless the result is valid. */
  editFacts(next: Program, key: string): void;
  /** Edits the selected rubric. */
  editRubric(edit: (rubric: Rubric) => Rubric, key: string): void;
  undo(): void;
  redo(): void;
  selectRubric(rubricId: string): void;
  select(node: NodeRef | null): void;
  /** Saves now if anything is unsaved (also called when leaving the editor). */
  flush(): Promise<void>;
  /** Shows the result of a server-side change (xlsx import …) as a freshly opened program. */
  reload(detail: Parameters<typeof applyLoaded>[1]): void;
  /** Copies the program into an editable one; resolves to the copy's id. Rejects with the failure, as the next two do. */
  duplicate(): Promise<string>;
  /** Saves the selected rubric as an Excel workbook (评分细则) where the user chooses. */
  exportRubricXlsx(): Promise<void>;
  /** Replaces the selected rubric by an Excel workbook's (after saving what is unsaved); resolves to the import's warnings count. */
  importRubricXlsx(file: File): Promise<number>;
}

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Edits are saved this long after the last change: quickly, but not on every keystroke. */
const autosaveDelayMs = 500;
let timer: ReturnType<typeof setTimeout> | null = null;
let inFlight: Promise<void> | null = null;


/** The rubric editor's store. */
export const useProgramEditor = create<ProgramEditorStore>()((set, get) => {
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void get().flush(), autosaveDelayMs);
  };
  return {
    ...initialEditorState,
    async open(programId) {
      await get().flush();
      set({ ...initialEditorState, phase: 'loading' });
      try {
        const detail = await call('programs:get', { programId });
        set((s) => applyLoaded(s, detail));
      } catch (error) {
        set((s) => applyLoadFailed(s, error));
      }
    },
    edit(next, key) {
      set((s) => applyEdit(s, next, key, Date.now()));
      schedule();
    },
    editFacts(next, key) {
      set((s) => applyCheckedEdit(s, next, key, Date.now()));
      if (get().save === 'pending') schedule();
    },
    editRubric(edit, key) {
      const { draft, rubricId } = get();
      if (!draft || !rubricId) return;
      get().edit(editRubric(draft, rubricId, edit), key);
    },
    undo() {
      set((s) => applyUndo(s));
      schedule();
    },
    redo() {
      set((s) => applyRedo(s));
      schedule();
    },
    selectRubric(rubricId) {
      set((s) => applyRubricSelected(s, rubricId));
    },
    select(node) {
      set((s) => applySelected(s, node));
    },
    async flush() {
      if (timer) clearTimeout(timer);
      timer = null;
      if (inFlight) await inFlight;
      const { draft, save, summary } = get();
      if (!draft || save === 'saved' || summary?.builtIn) return;
      set((s) => applySaving(s));
      inFlight = (async () => {
        try {
          const detail = await call('programs:save', { program: draft });
          set((s) => applySaved(s, detail, draft));
        } catch (error) {
          set((s) => applySaveFailed(s, error));
        }
      })();
      await inFlight;
      inFlight = null;
      if (get().save === 'pending') schedule();
    },
    reload(detail) {
      set((s) => ({ ...applyLoaded(s, detail), rubricId: s.rubricId ?? detail.program.rubrics[0]?.id ?? null }));
    },
    async duplicate() {
      const { draft } = get();
      if (!draft) throw new Error('program editor used before open()');
      const copy = await call('programs:duplicate', { programId: draft.id });
      return copy.program.id;
    },
    async exportRubricXlsx() {
      const { draft, rubricId } = get();
      if (!draft || !rubricId) return;
      const file = await call('programs:export-rubric-xlsx', { programId: draft.id, rubricId });
      downloadFile(file.fileName, base64ToBytes(file.base64), xlsxType);
    },
    async importRubricXlsx(file) {
      const { draft, rubricId } = get();
      if (!draft || !rubricId) return 0;
      await get().flush();
      const result = await call('programs:import-rubric-xlsx', { programId: draft.id, rubricId, fileName: file.name, base64: await fileToBase64(file) });
      get().reload(result);
      return result.warnings.length;
    },
  };
});
