import type { MergeSensitivity } from '../../../../shared/domain/merge-sensitivity.ts';
import type { MergeView } from '../../../../shared/domain/merge-view.ts';

/** The merge screen's state; changed only through the pure `apply…` functions below. */
export interface MergeState {
  readonly reviewId: string | null;
  readonly phase: 'idle' | 'loading' | 'ready' | 'failed';
  readonly view: MergeView | null;
  readonly error: string | null;
  /** A drop being verified and stored, file by file in batches. */
  readonly receiving: { readonly done: number; readonly total: number } | null;
  /**
   * Refusals of the whole drop (every batch), and files refused before sending (too large): the
   * services' by `why` (their catalogue code, said in the UI's language), the screen's own already in it.
   */
  readonly dropRefused: readonly { readonly file: string; readonly reason: string; readonly why?: { readonly key: string; readonly params: Readonly<Record<string, string | number>> }; readonly fingerprint: string | null }[];
  /** Of the drop: new sheets stored (held ones among them), and files received before. */
  readonly dropCounts: { readonly stored: number; readonly held: number; readonly unchanged: number } | null;
  /** The sensitivity report, once asked for; dropped when the figures it was computed from change. */
  readonly sensitivity: MergeSensitivity | null;
}

/** Nothing loaded. */
export const initialMergeState: MergeState = { reviewId: null, phase: 'idle', view: null, error: null, receiving: null, dropRefused: [], dropCounts: null, sensitivity: null };

// The figures change with the counted sheets and the settings; decisions and finals change none.
const sameFigures = (a: MergeView | null, b: MergeView) =>
  a !== null && JSON.stringify([a.settings, a.report.counted.map((c) => c.digest)]) === JSON.stringify([b.settings, b.report.counted.map((c) => c.digest)]);

/** Loading a review's merge. */
export function applyMergeOpening(reviewId: string): MergeState {
  return { ...initialMergeState, reviewId, phase: 'loading' };
}

/** The merge as the services computed it. */
export function applyMergeLoaded(state: MergeState, view: MergeView): MergeState {
  return { ...state, phase: 'ready', view, error: null, sensitivity: sameFigures(state.view, view) ? state.sensitivity : null };
}

/** The sensitivity report came (for the figures shown now). */
export function applySensitivity(state: MergeState, sensitivity: MergeSensitivity): MergeState {
  return { ...state, sensitivity, error: null };
}

/** Loading or a drop failed as a whole (not a refused file: a failed call). */
export function applyMergeFailed(state: MergeState, message: string): MergeState {
  return state.view ? { ...state, receiving: null, error: message } : { ...state, phase: 'failed', receiving: null, error: message };
}

/** A drop starts: `refusedBefore` are the files refused without sending (too large). */
export function applyDropStarted(state: MergeState, total: number, refusedBefore: MergeState['dropRefused']): MergeState {
  return { ...state, receiving: { done: 0, total }, dropRefused: refusedBefore, dropCounts: { stored: 0, held: 0, unchanged: 0 }, error: null };
}

/** One batch of a drop came back: the merge after it, and what it took and refused, added to the drop's. */
export function applyDropBatch(state: MergeState, view: MergeView, sent: number): MergeState {
  const last = view.lastDrop;
  const counts = state.dropCounts ?? { stored: 0, held: 0, unchanged: 0 };
  return {
    ...state,
    phase: 'ready',
    view,
    sensitivity: sameFigures(state.view, view) ? state.sensitivity : null,
    receiving: state.receiving ? { ...state.receiving, done: Math.min(state.receiving.total, state.receiving.done + sent) } : null,
    dropRefused: [...state.dropRefused, ...(last?.refused ?? [])],
    dropCounts: { stored: counts.stored + (last?.stored ?? 0), held: counts.held + (last?.held ?? 0), unchanged: counts.unchanged + (last?.unchanged ?? 0) },
  };
}

/** The drop is over. */
export function applyDropDone(state: MergeState): MergeState {
  return { ...state, receiving: null };
}

/**
 * Splits files into batches whose base64 stays under `limit` characters (the browser host takes
 * requests of 2 MB at most) and of at most `maxCount` files (what one call takes); a file alone
 * over the limit is returned apart, refused before sending.
 */
export function batchFiles<T extends { readonly size: number }>(files: readonly T[], limit: number, maxCount = 200): { batches: T[][]; tooLarge: T[] } {
  const base64 = (size: number) => Math.ceil(size / 3) * 4;
  const batches: T[][] = [];
  const tooLarge: T[] = [];
  let current: T[] = [];
  let used = 0;
  for (const file of files) {
    const cost = base64(file.size) + 200;
    if (cost > limit) {
      tooLarge.push(file);
      continue;
    }
    // Under the size limit, and no more files than one merge:receive call takes.
    if ((used + cost > limit || current.length >= maxCount) && current.length > 0) {
      batches.push(current);
      current = [];
      used = 0;
    }
    current.push(file);
    used += cost;
  }
  if (current.length > 0) batches.push(current);
  return { batches, tooLarge };
}
