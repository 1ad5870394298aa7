import type { Database } from 'better-sqlite3';
import { createRequire } from 'node:module';
import type { ApiHandlers } from '../../shared/api/contract.ts';
import { ApiFailure } from '../../shared/api/result.ts';
import { listSubmissionDocuments } from './documents/document-repository.ts';
import { readViewState, saveViewState } from './documents/view-state-repository.ts';
import { createProgramHandlers } from './programs/program-handlers.ts';
import { createScoringHandlers } from './scoring/scoring-handlers.ts';
import { getReview, listReviews } from './reviews/review-repository.ts';
import { readSettings, updateSettings } from './settings/settings-repository.ts';

/** Facts about the host that the handlers report. */
export interface HandlerContext {
  readonly transport: 'ipc' | 'http';
  readonly versions: Readonly<Record<string, string>>;
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
    'reviews:get': ({ reviewId }) => {
      const review = getReview(db, reviewId);
      if (!review) throw new ApiFailure('not_found', `未找到评审活动 ${reviewId}`);
      return review;
    },
    'submissions:documents': ({ reviewId, submissionId }) => {
      if (!getReview(db, reviewId)?.submissions.some((s) => s.id === submissionId)) {
        throw new ApiFailure('not_found', `评审活动 ${reviewId} 中没有申报 ${submissionId}`);
      }
      return listSubmissionDocuments(db, reviewId, submissionId);
    },
    'documents:view-state': ({ documentId }) => readViewState(db, documentId),
    'documents:save-view-state': ({ documentId, state }) => ({ saved: saveViewState(db, documentId, state) }),
    ...createProgramHandlers(db),
    ...createScoringHandlers(db),
  };
}
