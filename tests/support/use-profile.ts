import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';

/** Something started on a profile folder that must be closed before the folder goes. */
export interface Closable {
  close(): Promise<void>;
}

/**
 * For the tests of the current file or describe: makes a fresh profile folder, starts `start` on
 * it before them, then closes it and removes the folder after them. Returns a stand-in that is the
 * started thing once the tests run (its `dataDir` is the folder), so a test file keeps writing `app.open()`.
 * Hooks of the test file registered after this call run after the start, and their clean-up before it.
 */
export function useProfile<T extends Closable>(prefix: string, start: (dataDir: string) => Promise<T>): T & { readonly dataDir: string } {
  let started: T | null = null;
  let dataDir: string | null = null;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), `pingshen-${prefix}-`));
    started = await start(dataDir);
  });
  afterAll(async () => {
    await started?.close();
    started = null;
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });
  const current = (): T => {
    if (!started) throw new Error(`useProfile(${prefix}): not started; use it inside a test or a later beforeAll`);
    return started;
  };
  return new Proxy({} as T & { readonly dataDir: string }, {
    get: (_target, property) => {
      const target = current();
      return property === 'dataDir' ? dataDir : Reflect.get(target, property);
    },
  });
}
