import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { migrate } from './migrate.ts';

/** The database file's name inside a profile folder. */
export const databaseFileName = 'pingshen.sqlite3';

/** Options for opening a profile database. */
export interface OpenDatabaseOptions {
  /** Stop migrating at this version (tests of each migration step). */
  readonly targetVersion?: number;
}

/**
 * Opens (creating if needed) the profile database in `dataDir`, durable by default:
 * WAL with synchronous=FULL, because NORMAL can lose the last commits on power loss and an
 * expert's acknowledged score must survive a pulled cord. Foreign keys are enforced.
 */
export function openDatabase(dataDir: string, options: OpenDatabaseOptions = {}): Database.Database {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, databaseFileName));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, options.targetVersion);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
