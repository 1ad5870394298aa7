import type { Database } from 'better-sqlite3';
import { existsSync, renameSync, rmSync } from 'node:fs';

/**
 * Copies a live database to `destination` with SQLite's online backup (consistent while the app
 * writes), via a temporary file and a rename so a failed backup never leaves a half file.
 * `serialize()` is avoided on purpose: it copies the whole database into memory.
 */
export async function backupDatabase(db: Database, destination: string): Promise<void> {
  const temporary = `${destination}.partial`;
  if (existsSync(temporary)) rmSync(temporary);
  try {
    await db.backup(temporary);
    renameSync(temporary, destination);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
