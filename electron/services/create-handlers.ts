import type { Database } from 'better-sqlite3';
import { createRequire } from 'node:module';
import type { ApiHandlers } from '../../shared/api/contract.ts';
import { listSubmissionDocuments } from './documents/document-repository.ts';
import { createDocumentSearch } from './documents/search-documents.ts';
import type { TextIndex } from './documents/text-index.ts';
import { readViewState, saveViewState } from './documents/view-state-repository.ts';
import { createProgramHandlers } from './programs/program-handlers.ts';
import type { BlobStore } from './documents/blob-store.ts';
import { createPackageHandlers } from './packages/package-handlers.ts';
import { createRosterHandlers } from './roster/roster-handlers.ts';
import { createScoringHandlers } from './scoring/scoring-handlers.ts';
import { createMergeCalls } from './merge/merge-calls.ts';
import { createIntakeCalls } from './intake/intake-calls.ts';
import { createIntakeService } from './intake/intake-service.ts';
import { createSheetHandlers, lockWhileSigned } from './sheets/sheet-handlers.ts';
import type { OutputStore } from './transfer/output-store.ts';
import { createUploadStore } from './transfer/upload-store.ts';
import { createIdentityHandlers } from './trust/identity-handlers.ts';
import { createIdentityService } from './trust/identity-service.ts';
import type { SecretSealer } from './trust/secret-sealer.ts';
import { listReviews } from './reviews/review-repository.ts';
import { readSettings, updateSettings } from './settings/settings-repository.ts';
import { requireReview, requireSubmission } from './reviews/require-review.ts';
import { createReview } from './reviews/reviews-service.ts';

/** Facts about the host that the handlers report. */
export interface HandlerContext {
  readonly transport: 'ipc' | 'http';
  readonly versions: Readonly<Record<string, string>>;
  /** The profile folder: identity.json, uploads in progress. */
  readonly dataDir: string;
  readonly store: BlobStore;
  /** Page texts of the stored PDFs, for keyword search. */
  readonly texts: TextIndex;
  /** Files written for the user to download (review packages). */
  readonly outputs: OutputStore;
  /** Electron's safeStorage where the OS offers it; null seals the private key with a passphrase. */
  readonly osSealer: SecretSealer | null;
  /** Prints the shown page to PDF (Electron's printToPDF); null where the host cannot. */
  readonly printPage: (() => Promise<Uint8Array>) | null;
  readonly resourcesDir?: string | undefined;
  /** The page-text worker's file (the Electron bundle's built copy); the source beside the services by default. */
  readonly pageTextWorker?: string | undefined;
}

const require = createRequire(import.meta.url);

function packageVersion(name: string): string {
  try {
    return (require(`${name}/package.json`) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** The service table: one function per API call, each receiving input the contract already parsed. */
export function createHandlers(db: Database, context: HandlerContext): ApiHandlers {
  const app = require('../../package.json') as { version: string; productName: string };
  const sqlite = (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
  // The unlocked private key lives in this closure, in the main process (or the browser host) only.
  const identity = createIdentityService({ profileDir: context.dataDir, db, osSealer: context.osSealer });
  const uploads = createUploadStore(context.dataDir);
  const searchDocuments = createDocumentSearch(db, context.texts);
  return {
    'app:info': () => ({
      name: app.productName,
      version: app.version,
      transport: context.transport,
      versions: {
        ...context.versions,
        node: process.versions.node,
        sqlite,
        'better-sqlite3': packageVersion('better-sqlite3'),
        'pdfjs-dist': packageVersion('pdfjs-dist'),
      },
    }),
    'settings:get': () => readSettings(db),
    'settings:update': (patch) => updateSettings(db, patch),
    'reviews:list': () => listReviews(db),
    'reviews:get': ({ reviewId }) => requireReview(db, reviewId),
    'reviews:create': (input) => createReview(db, input),
    'submissions:documents': ({ reviewId, submissionId }) => {
      requireSubmission(db, reviewId, submissionId);
      const documents = listSubmissionDocuments(db, reviewId, submissionId);
      // Read ahead: the texts are usually ready by the time the expert focuses a criterion with keywords.
      context.texts.readAhead(documents.filter((d) => d.mediaType === 'application/pdf').map((d) => d.id));
      return documents;
    },
    'documents:search': (input) => {
      requireSubmission(db, input.reviewId, input.submissionId);
      return searchDocuments(input);
    },
    'documents:view-state': ({ documentId }) => readViewState(db, documentId),
    'documents:save-view-state': ({ documentId, state }) => ({ saved: saveViewState(db, documentId, state) }),
    ...createProgramHandlers(db),
    // Scoring edits refuse while a signed score sheet is the newest version.
    ...lockWhileSigned(db, createScoringHandlers(db)),
    ...createIdentityHandlers(identity, context.printPage),
    ...createRosterHandlers(db),
    ...createPackageHandlers({ db, store: context.store, outputs: context.outputs, uploads, identity }),
    ...createSheetHandlers({ db, identity, resourcesDir: context.resourcesDir }),
    ...createMergeCalls(db, identity),
    ...createIntakeCalls(createIntakeService({ db, store: context.store, dataDir: context.dataDir, workerFile: context.pageTextWorker, uploads })),
  };
}
