import type { Database } from 'better-sqlite3';
import { latestSchemaVersion, migrations } from './migrations/index.ts';

/** Reads the schema version recorded in the database. */
export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the schema up to `target` (default: the latest), one transaction per migration.
 * A database written by a newer app is refused rather than misread.
 */
export function migrate(db: Database, target: number = latestSchemaVersion): number {
  const current = schemaVersion(db);
  if (current > latestSchemaVersion) {
    throw new Error(`数据库版本 ${current} 高于本程序支持的 ${latestSchemaVersion}，请升级评审台后再打开。`);
  }
  for (const migration of migrations) {
    if (migration.version <= current || migration.version > target) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return schemaVersion(db);
}
