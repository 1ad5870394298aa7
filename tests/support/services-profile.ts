// A profile of the real services for an integration test file, in a temp folder of its own.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { startAppServices, type AppServices, type AppServicesOptions } from '../../electron/services/app-services.ts';
import { apiOf, type TestApi } from './trust-api.ts';

/** The running profile: its temp folder (the profile itself is `<root>/profile`), the services and their API. */
export interface ServicesProfile {
  readonly root: string;
  readonly services: AppServices;
  readonly api: TestApi;
}

/** Starts a profile (with the built-in demo) before the file's tests; closes and removes it after. Read its members inside tests. */
export function useServicesProfile(prefix: string, options: Partial<Omit<AppServicesOptions, 'dataDir' | 'transport'>> = {}): ServicesProfile {
  const profile = {} as { root: string; services: AppServices; api: TestApi };
  beforeAll(async () => {
    profile.root = mkdtempSync(join(tmpdir(), prefix));
    profile.services = await startAppServices({ ...options, dataDir: join(profile.root, 'profile'), transport: 'http' });
    profile.api = apiOf(profile.services);
  }, 60_000);
  afterAll(() => {
    profile.services?.close();
    if (profile.root) rmSync(profile.root, { recursive: true, force: true });
  });
  return profile;
}
