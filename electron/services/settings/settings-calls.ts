import type { Database } from 'better-sqlite3';
import type { ApiHandlers } from '../../../shared/api/contract.ts';
import { readSettings, updateSettings } from './settings-repository.ts';

type SettingsCalls = Pick<ApiHandlers, 'settings:get' | 'settings:update'>;

/** The settings calls: read and patch the profile's settings. */
export function createSettingsCalls(db: Database): SettingsCalls {
  return {
    'settings:get': () => readSettings(db),
    'settings:update': (patch) => updateSettings(db, patch),
  };
}
