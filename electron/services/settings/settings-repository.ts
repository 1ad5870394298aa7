import type { Database } from 'better-sqlite3';
import { settingsSchema, type Settings } from '../../../shared/domain/settings.ts';

/** Preferences of a new profile: Chinese, no role chosen yet. */
export const defaultSettings: Settings = { locale: 'zh-CN', role: null };

/** Reads the preferences, falling back per key to the defaults (and ignoring unreadable values). */
export function readSettings(db: Database): Settings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const stored: Record<string, unknown> = {};
  for (const row of rows) stored[row.key] = JSON.parse(row.value);
  const merged = { ...defaultSettings, ...stored };
  const parsed = settingsSchema.safeParse(merged);
  return parsed.success ? parsed.data : defaultSettings;
}

/** Writes the given preferences in one transaction and returns the result. */
export function updateSettings(db: Database, patch: Partial<Settings>): Settings {
  const upsert = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  db.transaction(() => {
    for (const [key, value] of Object.entries(patch)) {
      if (value !== undefined) upsert.run(key, JSON.stringify(value));
    }
  })();
  return readSettings(db);
}
