import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The app's resources/ folder (demo data, program templates), found from this file's location. */
export function defaultResourcesDir(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'resources');
}
