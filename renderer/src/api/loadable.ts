/**
 * One thing a screen loads for a key (a review id, a version): loading, ready or failed. An answer
 * for another key than the one now wanted is dropped, so a slow answer never overwrites a newer screen.
 */
export interface Loadable<T> {
  readonly key: string | null;
  readonly phase: 'idle' | 'loading' | 'ready' | 'failed';
  readonly value: T | null;
  /** The failure as thrown (shown through errorText), or null. */
  readonly error: unknown;
}

/** Nothing asked for yet. */
export function idleLoadable<T>(): Loadable<T> {
  return { key: null, phase: 'idle', value: null, error: null };
}

/** Loading `key` afresh: what was shown before is not shown as if it were current (a screen opened again shows its spinner). */
export function startLoading<T>(key: string): Loadable<T> {
  return { key, phase: 'loading', value: null, error: null };
}

/** The answer for `key`, unless another key is wanted by now. */
export function finishLoading<T>(state: Loadable<T>, key: string, value: T): Loadable<T> {
  return state.key === key ? { key, phase: 'ready', value, error: null } : state;
}

/** Loading `key` failed, unless another key is wanted by now. */
export function failLoading<T>(state: Loadable<T>, key: string, error: unknown): Loadable<T> {
  return state.key === key ? { key, phase: 'failed', value: null, error } : state;
}
