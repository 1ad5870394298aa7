import type { Database } from 'better-sqlite3';
import { createRequire } from 'node:module';
import type { ApiHandlers } from '../../../shared/api/contract.ts';

const require = createRequire(import.meta.url);

function packageVersion(name: string): string {
  try {
    return (require(`${name}/package.json`) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** The host facts app:info reports beside the versions read here. */
export interface AppHost {
  readonly transport: 'ipc' | 'http';
  readonly versions: Readonly<Record<string, string>>;
}

/** The app calls: name, version, transport and the versions of what the app runs on. */
export function createAppCalls(db: Database, host: AppHost): Pick<ApiHandlers, 'app:info'> {
  const app = require('../../../package.json') as { version: string; productName: string };
  const sqlite = (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
  return {
    'app:info': () => ({
      name: app.productName,
      version: app.version,
      transport: host.transport,
      versions: {
        ...host.versions,
        node: process.versions.node,
        sqlite,
        'better-sqlite3': packageVersion('better-sqlite3'),
        'pdfjs-dist': packageVersion('pdfjs-dist'),
      },
    }),
  };
}
