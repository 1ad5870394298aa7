import type { ApiHandlers } from '../../shared/api/contract.ts';
import { createHandlers } from './create-handlers.ts';
import { openDatabase } from './db/open-database.ts';
import { seedDemoReview } from './demo/seed-demo-review.ts';
import { installProgramTemplates } from './programs/install-templates.ts';

/** How a host (Electron main or the browser host) starts the services. */
export interface AppServicesOptions {
  /** The profile folder: Electron's `app.getPath('userData')`, a temp dir in tests. */
  readonly dataDir: string;
  /** Which transport serves the calls, reported by `app:info`. */
  readonly transport: 'ipc' | 'http';
  /** Runtime versions the host knows (electron, chrome), shown in the About box. */
  readonly versions?: Readonly<Record<string, string>>;
  /** The app's resources/ folder (templates, demo); defaults to the one beside the sources. */
  readonly resourcesDir?: string;
  /** Add the built-in demo review when the profile does not have it yet (default true). */
  readonly seedDemo?: boolean;
}

/** The running services of one profile. */
export interface AppServices {
  readonly handlers: ApiHandlers;
  /** Closes the database; call once on quit. */
  close(): void;
}

/** Opens the profile's database and builds the service table both transports serve. */
export function startAppServices(options: AppServicesOptions): AppServices {
  const db = openDatabase(options.dataDir);
  try {
    installProgramTemplates(db, options.resourcesDir);
    if (options.seedDemo ?? true) seedDemoReview(db, options.resourcesDir);
  } catch (error) {
    db.close();
    throw error;
  }
  const handlers = createHandlers(db, { transport: options.transport, versions: options.versions ?? {} });
  return { handlers, close: () => db.close() };
}
