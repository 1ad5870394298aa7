import type { Database } from 'better-sqlite3';
import type { ApiHandlers } from '../../shared/api/contract.ts';
import { createAppCalls } from './app/app-calls.ts';
import type { BlobStore } from './documents/blob-store.ts';
import { createDocumentsCalls } from './documents/documents-calls.ts';
import type { TextIndex } from './documents/text-index.ts';
import { createIdentityCalls } from './identity/identity-calls.ts';
import { createIdentityService } from './identity/identity-service.ts';
import type { SecretSealer } from './identity/secret-sealer.ts';
import { createFormalCheckCalls, type IntakeFactsOf } from './formal-check/formal-check-calls.ts';
import { intakeFactsOf } from './intake/intake-facts-of-review.ts';
import { createAuditCalls } from './audit/audit-calls.ts';
import { createExportsCalls } from './exports/exports-calls.ts';
import { createMergeCalls } from './merge/merge-calls.ts';
import { createPackagesCalls } from './packages/packages-calls.ts';
import { createProgramsCalls } from './programs/programs-calls.ts';
import { createReviewsCalls } from './reviews/reviews-calls.ts';
import { createRosterCalls } from './roster/roster-calls.ts';
import { createScoringCalls } from './scoring/scoring-calls.ts';
import { createSettingsCalls } from './settings/settings-calls.ts';
import { createSheetsCalls, lockWhileSigned } from './sheets/sheets-calls.ts';
import { createIntakeCalls } from './intake/intake-calls.ts';
import { createIntakeService } from './intake/intake-service.ts';
import type { OutputStore } from './transfer/output-store.ts';
import { createUploadStore } from './transfer/upload-store.ts';

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
  /** The page-text worker's file (the Electron bundle's built copy); the source beside the services by default. */
  readonly pageTextWorker?: string | undefined;
  /** The intake's facts of a review for the formal check: what the intake stored, unless a test gives its own. */
  readonly intakeFactsOf?: IntakeFactsOf | undefined;
}

/** The service table: every feature's calls combined, each receiving input the contract already parsed. */
export function createHandlers(db: Database, context: HandlerContext): ApiHandlers {
  // The unlocked private key lives in this closure, in the main process (or the browser host) only.
  const identity = createIdentityService({ profileDir: context.dataDir, db, osSealer: context.osSealer });
  const uploads = createUploadStore(context.dataDir);
  return {
    ...createAppCalls(db, context),
    ...createSettingsCalls(db),
    ...createReviewsCalls({ db, store: context.store, outputs: context.outputs, uploads, identity }),
    ...createDocumentsCalls(db, context.texts),
    ...createProgramsCalls(db),
    // Scoring edits refuse while a signed score sheet is the newest version.
    ...lockWhileSigned(db, createScoringCalls(db)),
    ...createIdentityCalls(identity, context.printPage),
    ...createRosterCalls(db),
    ...createPackagesCalls({ db, store: context.store, outputs: context.outputs, uploads, identity }),
    ...createSheetsCalls({ db, identity }),
    ...createMergeCalls(db, identity, uploads),
    ...createIntakeCalls(createIntakeService({ db, store: context.store, dataDir: context.dataDir, workerFile: context.pageTextWorker, uploads })),
    ...createFormalCheckCalls({ db, factsOf: (reviewId) => (context.intakeFactsOf ?? intakeFactsOf)(db, reviewId) }),
    ...createExportsCalls(db),
    ...createAuditCalls(db),
  };
}
