import type { IntakeEdit, IntakePreview, PreviewApplication, PreviewFile } from '../../../shared/intake/intake-preview.ts';
import type { ApiOutput } from '../../../shared/api/contract.ts';
import type { IntakeProgress } from '../../../shared/intake/intake-progress.ts';

/** What a commit stored. */
export type IntakeCommitOutcome = ApiOutput<'intake:commit'>;

// The intake screen's state, pure: the store calls the API and applies these transitions.

/** A file's role in the import. */
export type IntakeRole = PreviewFile['role'];

/** One file the coordinator picked or dropped, with its place in the drop. */
export interface PickedFile<F = File> {
  readonly file: F;
  /** `folder/sub/name` for a file of a dropped or chosen folder, the file name for a loose file or zip. */
  readonly relativePath: string;
}

/** Where the intake stands: nothing chosen, uploading, the services reading, the preview to edit, storing, stored. */
export type IntakePhase = 'idle' | 'uploading' | 'scanning' | 'preview' | 'committing' | 'committed' | 'cancelled';

/** The intake screen's state. */
export interface IntakeState {
  readonly reviewId: string | null;
  readonly phase: IntakePhase;
  readonly upload: { readonly done: number; readonly total: number; readonly sent: number; readonly size: number } | null;
  readonly progress: IntakeProgress | null;
  readonly preview: IntakePreview | null;
  /** The coordinator's role changes, by source path (only those that differ from the guess). */
  readonly roles: Readonly<Record<string, IntakeRole>>;
  readonly outcome: IntakeCommitOutcome | null;
  readonly error: string | null;
}

/** Nothing chosen yet. */
export const initialIntakeState: IntakeState = { reviewId: null, phase: 'idle', upload: null, progress: null, preview: null, roles: {}, outcome: null, error: null };

/** The screen opened on a review: a fresh start. */
export function applyIntakeOpened(reviewId: string): IntakeState {
  return { ...initialIntakeState, reviewId };
}

/** Files chosen: their upload begins. */
export function applyUploadStarted(state: IntakeState, files: readonly { readonly file: { readonly size: number } }[]): IntakeState {
  const size = files.reduce((sum, f) => sum + f.file.size, 0);
  return { ...state, phase: 'uploading', upload: { done: 0, total: files.length, sent: 0, size }, progress: null, preview: null, roles: {}, outcome: null, error: null };
}

/** Bytes sent so far (over all files) and files fully sent. */
export function applyUploadProgress(state: IntakeState, sent: number, done: number): IntakeState {
  return state.upload ? { ...state, upload: { ...state.upload, sent, done } } : state;
}

/** What the services say of the scan: still reading, the preview, failed, or cancelled. */
export function applyScanProgress(state: IntakeState, progress: IntakeProgress): IntakeState {
  switch (progress.state) {
    case 'running':
      return { ...state, phase: 'scanning', progress };
    case 'done':
      return { ...state, phase: 'preview', progress, preview: progress.preview, roles: {} };
    case 'cancelled':
      return { ...state, phase: 'cancelled', progress, preview: null };
    case 'failed':
      return { ...state, phase: 'idle', progress, preview: null, error: progress.error ?? '' };
  }
}

/** The coordinator cancelled (the upload, or the scan once the services confirmed). */
export function applyIntakeCancelled(state: IntakeState): IntakeState {
  return { ...state, phase: 'cancelled', upload: null, preview: null, roles: {} };
}

/** A role chosen for a file; choosing the guess again forgets the change. */
export function applyRoleChosen(state: IntakeState, sourcePath: string, role: IntakeRole): IntakeState {
  const file = state.preview?.files.find((f) => f.sourcePath === sourcePath);
  if (!file) return state;
  const { [sourcePath]: _previous, ...others } = state.roles;
  return { ...state, roles: file.role === role ? others : { ...others, [sourcePath]: role } };
}

/** The role a file will be imported with: the coordinator's, else the guess. */
export function roleOf(state: IntakeState, file: PreviewFile): IntakeRole {
  return state.roles[file.sourcePath] ?? file.role;
}

/** The edits the commit sends, in the preview's file order. */
export function editsOf(state: IntakeState): IntakeEdit[] {
  return (state.preview?.files ?? []).flatMap((f) => {
    const role = state.roles[f.sourcePath];
    return role === undefined ? [] : [{ kind: 'set-role' as const, sourcePath: f.sourcePath, role }];
  });
}

/** Storing began. */
export function applyCommitting(state: IntakeState): IntakeState {
  return { ...state, phase: 'committing', error: null };
}

/** Stored: what the commit says it stored. */
export function applyCommitted(state: IntakeState, outcome: IntakeCommitOutcome): IntakeState {
  return { ...state, phase: 'committed', outcome, preview: null, roles: {} };
}

/** A call failed: the message shown; a failed commit returns to the preview (nothing was stored), anything else to the start. */
export function applyIntakeFailed(state: IntakeState, message: string): IntakeState {
  return { ...state, phase: state.phase === 'committing' ? 'preview' : 'idle', upload: null, error: message };
}

/** One application of the preview with its files (in the drop's order). */
export interface ApplicationView {
  readonly application: PreviewApplication;
  readonly files: readonly PreviewFile[];
}

/** The preview grouped for the screen: each application with its files, and the files in none (left out unless moved). */
export function applicationViews(preview: IntakePreview): { applications: ApplicationView[]; unassigned: PreviewFile[] } {
  return {
    applications: preview.applications.map((application) => ({ application, files: preview.files.filter((f) => f.applicationKeys.includes(application.key)) })),
    unassigned: preview.files.filter((f) => f.applicationKeys.length === 0),
  };
}

/** A picked file's place in the drop: its folder path where the browser gives one (webkitRelativePath), else its name. */
export function relativePathOf(file: { readonly name: string; readonly webkitRelativePath?: string }): string {
  return file.webkitRelativePath && file.webkitRelativePath.length > 0 ? file.webkitRelativePath : file.name;
}

/** A size for people: 字节, KB, MB, GB with one decimal. */
export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${String(bytes)} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit] as string}`;
}
