/** Timer functions, injectable so tests can drive time. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** A call that waits for quiet: `schedule` replaces the pending value; `flush` runs it now. */
export interface TrailingCall<T> {
  schedule(value: T): void;
  /** Runs the pending call at once (on document switch or unmount); nothing if none is pending. */
  flush(): void;
  /** Drops the pending call. */
  cancel(): void;
}

/** Calls `run` with the last scheduled value once `delayMs` pass without a new one (view-state saving). */
export function trailingCall<T>(run: (value: T) => void, delayMs: number, timers: Timers = globalThis): TrailingCall<T> {
  let pending: { value: T } | null = null;
  let handle: unknown = null;
  const fire = () => {
    handle = null;
    const due = pending;
    pending = null;
    if (due) run(due.value);
  };
  return {
    schedule(value) {
      pending = { value };
      if (handle !== null) timers.clearTimeout(handle);
      handle = timers.setTimeout(fire, delayMs);
    },
    flush() {
      if (handle !== null) timers.clearTimeout(handle);
      fire();
    },
    cancel() {
      if (handle !== null) timers.clearTimeout(handle);
      handle = null;
      pending = null;
    },
  };
}
