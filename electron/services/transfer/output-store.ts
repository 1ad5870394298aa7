import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** A file the services wrote for the user to save (a review package), served by opaque id, never by path. */
export interface ServableOutput {
  readonly path: string;
  readonly size: number;
  /** The name offered in the save dialog (ASCII: ids and extensions only). */
  readonly fileName: string;
  readonly mediaType: string;
}

/** Files waiting to be downloaded from `outputs/<id>`. */
export interface OutputStore {
  /** A fresh id and the path to write to. */
  reserve(): { id: string; path: string };
  /** Makes a written file downloadable; older outputs beyond the last few are deleted. */
  publish(id: string, fileName: string, mediaType: string): ServableOutput;
  find(id: string): ServableOutput | null;
}

// A package is downloaded right after it is built; a handful is plenty and bounds the disk used.
const KEEP = 8;

/** Output files under `<profile>/outputs`, emptied at start: an output lives as long as the run that made it. */
export function createOutputStore(profileDir: string): OutputStore {
  const dir = join(profileDir, 'outputs');
  rmSync(dir, { recursive: true, force: true });
  const published = new Map<string, ServableOutput>();
  return {
    reserve() {
      mkdirSync(dir, { recursive: true });
      const id = randomBytes(16).toString('hex');
      return { id, path: join(dir, `${id}.out`) };
    },
    publish(id, fileName, mediaType) {
      const path = join(dir, `${id}.out`);
      const output = { path, size: statSync(path).size, fileName, mediaType };
      published.set(id, output);
      for (const [old, file] of [...published].slice(0, Math.max(0, published.size - KEEP))) {
        published.delete(old);
        rmSync(file.path, { force: true });
      }
      return output;
    },
    find: (id) => (/^[0-9a-f]{32}$/.test(id) ? (published.get(id) ?? null) : null),
  };
}
