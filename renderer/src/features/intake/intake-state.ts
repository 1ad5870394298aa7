import type { IntakeEdit, IntakePreview, PreviewApplication, PreviewFile } from '../../../../shared/intake/intake-preview.ts';
import type { ApiOutput } from '../../../../shared/api/contract.ts';
import type { IntakeProgress } from '../../../../shared/intake/intake-progress.ts';

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
  /** The review's title and fields (for the field choices), once loaded. */
  readonly review: { readonly title: string; readonly fields: readonly { readonly id: string; readonly name: string }[] } | null;
  readonly phase: IntakePhase;
  readonly upload: { readonly done: number; readonly total: number; readonly sent: number; readonly size: number } | null;
  readonly progress: IntakeProgress | null;
  readonly preview: IntakePreview | null;
  /** The coordinator's role changes, by source path (only those that differ from the guess). */
  readonly roles: Readonly<Record<string, IntakeRole>>;
  /** The coordinator's moves of files to an application (its key) or out of the import (null), by source path. */
  readonly moves: Readonly<Record<string, string | null>>;
  /** The coordinator's field for an application, by application key (only where it differs from the preview's). */
  readonly categories: Readonly<Record<string, string>>;
  readonly outcome: IntakeCommitOutcome | null;
  readonly error: string | null;
}

/** Nothing chosen yet. */
export const initialIntakeState: IntakeState = { reviewId: null, review: null, phase: 'idle', upload: null, progress: null, preview: null, roles: {}, moves: {}, categories: {}, outcome: null, error: null };

/** The screen opened on a review: a fresh start. */
export function applyIntakeOpened(reviewId: string, review: IntakeState['review'] = null): IntakeState {
  return { ...initialIntakeState, reviewId, review };
}

/** The review's title and fields arrived (for the review the screen is still on). */
export function applyReviewLoaded(state: IntakeState, reviewId: string, review: NonNullable<IntakeState['review']>): IntakeState {
  return state.reviewId === reviewId ? { ...state, review: { title: review.title, fields: review.fields.map((f) => ({ id: f.id, name: f.name })) } } : state;
}

/** Files chosen: their upload begins. */
export function applyUploadStarted(state: IntakeState, files: readonly { readonly file: { readonly size: number } }[]): IntakeState {
  const size = files.reduce((sum, f) => sum + f.file.size, 0);
  return { ...state, phase: 'uploading', upload: { done: 0, total: files.length, sent: 0, size }, progress: null, preview: null, roles: {}, moves: {}, categories: {}, outcome: null, error: null };
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
      return { ...state, phase: 'preview', progress, preview: progress.preview, roles: {}, moves: {}, categories: {} };
    case 'cancelled':
      return { ...state, phase: 'cancelled', progress, preview: null };
    case 'failed':
      return { ...state, phase: 'idle', progress, preview: null, error: progress.error ?? '' };
  }
}

/** The coordinator cancelled (the upload, or the scan once the services confirmed). */
export function applyIntakeCancelled(state: IntakeState): IntakeState {
  return { ...state, phase: 'cancelled', upload: null, preview: null, roles: {}, moves: {}, categories: {} };
}

// The coordinator's changes keep only what differs from the preview: a change back to it is forgotten, so no edit is sent.
function withChange<V>(changes: Readonly<Record<string, V>>, key: string, value: V, asPreviewed: boolean): Record<string, V> {
  const { [key]: _previous, ...others } = changes;
  return asPreviewed ? others : { ...others, [key]: value };
}

/** A role chosen for a file; choosing the guess again forgets the change. */
export function applyRoleChosen(state: IntakeState, sourcePath: string, role: IntakeRole): IntakeState {
  const file = state.preview?.files.find((f) => f.sourcePath === sourcePath);
  return file ? { ...state, roles: withChange(state.roles, sourcePath, role, file.role === role) } : state;
}

/** The role a file will be imported with: the coordinator's, else the guess. */
export function roleOf(state: IntakeState, file: PreviewFile): IntakeRole {
  return state.roles[file.sourcePath] ?? file.role;
}

/** A file moved to one application (its key), or out of the import (null); moving it back where the preview put it forgets the move. */
export function applyFileMoved(state: IntakeState, sourcePath: string, applicationKey: string | null): IntakeState {
  const file = state.preview?.files.find((f) => f.sourcePath === sourcePath);
  if (!file) return state;
  const unchanged = applicationKey === null ? file.applicationKeys.length === 0 : file.applicationKeys.length === 1 && file.applicationKeys[0] === applicationKey;
  return { ...state, moves: withChange(state.moves, sourcePath, applicationKey, unchanged) };
}

/** The application a file goes to as the coordinator left it: their move, else the preview's (one key), else none. */
export function destinationOf(state: IntakeState, file: PreviewFile): string | null {
  if (file.sourcePath in state.moves) return state.moves[file.sourcePath] ?? null;
  return file.applicationKeys.length === 1 ? (file.applicationKeys[0] as string) : null;
}

/** The applications a file goes to as the coordinator left it: their move (one, or none), else the preview's (a 汇总表 of everything: several). */
export function destinationsOf(moves: IntakeState['moves'], file: PreviewFile): readonly string[] {
  if (!(file.sourcePath in moves)) return file.applicationKeys;
  const moved = moves[file.sourcePath];
  return moved === null || moved === undefined ? [] : [moved];
}

/** A move undone: the file goes where the preview put it (for a file the preview shared among several applications). */
export function applyMoveUndone(state: IntakeState, sourcePath: string): IntakeState {
  if (!(sourcePath in state.moves)) return state;
  const { [sourcePath]: _undone, ...moves } = state.moves;
  return { ...state, moves };
}

/** A field chosen for an application; choosing the preview's again forgets the change. */
export function applyCategoryChosen(state: IntakeState, applicationKey: string, categoryId: string): IntakeState {
  const application = state.preview?.applications.find((a) => a.key === applicationKey);
  return application ? { ...state, categories: withChange(state.categories, applicationKey, categoryId, application.categoryId === categoryId) } : state;
}

/** The field an application will be imported in: the coordinator's, else the preview's ('' when unknown). */
export function categoryOf(state: IntakeState, application: PreviewApplication): string {
  return state.categories[application.key] ?? application.categoryId;
}

/** The edits the commit sends: fields, then moves and role changes in the preview's file order. */
export function editsOf(state: IntakeState): IntakeEdit[] {
  const files = state.preview?.files ?? [];
  const moves = files.flatMap((f) => (f.sourcePath in state.moves ? [{ kind: 'move-file' as const, sourcePath: f.sourcePath, applicationKey: state.moves[f.sourcePath] ?? null }] : []));
  const roles = files.flatMap((f) => {
    const role = state.roles[f.sourcePath];
    return role === undefined ? [] : [{ kind: 'set-role' as const, sourcePath: f.sourcePath, role }];
  });
  const categories = (state.preview?.applications ?? []).flatMap((a) => {
    const categoryId = state.categories[a.key];
    return categoryId === undefined ? [] : [{ kind: 'set-category' as const, applicationKey: a.key, categoryId }];
  });
  return [...categories, ...moves, ...roles];
}

/** Storing began. */
export function applyCommitting(state: IntakeState): IntakeState {
  return { ...state, phase: 'committing', error: null };
}

/** Stored: what the commit says it stored. */
export function applyCommitted(state: IntakeState, outcome: IntakeCommitOutcome): IntakeState {
  return { ...state, phase: 'committed', outcome, preview: null, roles: {}, moves: {}, categories: {} };
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

/**
 * The preview grouped for the screen as the coordinator has moved files: each application with its
 * files, and the files in none (left out unless moved).
 */
export function applicationViews(preview: IntakePreview, moves: IntakeState['moves'] = {}): { applications: ApplicationView[]; unassigned: PreviewFile[] } {
  const placed = preview.files.map((file) => ({ file, keys: destinationsOf(moves, file) }));
  return {
    applications: preview.applications.map((application) => ({ application, files: placed.filter((p) => p.keys.includes(application.key)).map((p) => p.file) })),
    unassigned: placed.filter((p) => p.keys.length === 0).map((p) => p.file),
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
