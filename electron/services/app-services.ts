import type { ApiHandlers } from '../../shared/api/contract.ts';
import { createHandlers } from './create-handlers.ts';
import { openDatabase } from './db/open-database.ts';
import { seedDemoReview } from './demo/seed-demo-review.ts';
import { BlobStore } from './documents/blob-store.ts';
import { getDocument } from './documents/document-repository.ts';
import { createTextIndex } from './documents/text-index.ts';
import { installProgramTemplates } from './programs/install-templates.ts';
import { createOutputStore, type ServableOutput } from './transfer/output-store.ts';
import type { SecretSealer } from './identity/secret-sealer.ts';

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
  /** Electron's safeStorage sealer when the OS offers encryption; without it the signing key is sealed by a passphrase. */
  readonly osSealer?: SecretSealer | null;
  /** Prints the shown page to PDF (Electron's printToPDF); absent in the browser host. */
  readonly printPage?: (() => Promise<Uint8Array>) | null;
  /** The page-text worker's file: the Electron bundle's built copy; defaults to the source beside the services. */
  readonly pageTextWorker?: string;
}

/** A stored document a host may serve: where its bytes are (never told to the renderer). */
export interface ServableDocument {
  readonly path: string;
  readonly size: number;
  readonly mediaType: string;
}

/** The running services of one profile. */
export interface AppServices {
  readonly handlers: ApiHandlers;
  /** Finds a document by its opaque id for the host to stream, or null if the profile has none. */
  findDocument(id: string): ServableDocument | null;
  /** Finds a file written for download (a review package) by its opaque id, or null. */
  findOutput(id: string): ServableOutput | null;
  /** Stops reading document texts and closes the database; call once on quit. */
  close(): void;
}

/** Opens the profile's database and document store, and builds the table both transports serve. */
export async function startAppServices(options: AppServicesOptions): Promise<AppServices> {
  const db = openDatabase(options.dataDir);
  const store = new BlobStore(options.dataDir);
  try {
    installProgramTemplates(db, options.resourcesDir);
    if (options.seedDemo ?? true) await seedDemoReview(db, store, options.resourcesDir);
  } catch (error) {
    db.close();
    throw error;
  }
  const outputs = createOutputStore(options.dataDir);
  const texts = createTextIndex({ db, store, ...(options.pageTextWorker ? { workerFile: options.pageTextWorker } : {}) });
  const handlers = createHandlers(db, {
    transport: options.transport,
    versions: options.versions ?? {},
    dataDir: options.dataDir,
    store,
    texts,
    outputs,
    osSealer: options.osSealer ?? null,
    printPage: options.printPage ?? null,
    pageTextWorker: options.pageTextWorker,
  });
  return {
    handlers,
    findDocument(id) {
      const document = getDocument(db, id);
      const path = document ? store.pathOf(document.id) : null;
      return document && path ? { path, size: document.size, mediaType: document.mediaType } : null;
    },
    findOutput: (id) => outputs.find(id),
    close() {
      texts.close();
      db.close();
    },
  };
}
