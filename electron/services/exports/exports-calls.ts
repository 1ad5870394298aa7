import type { Database } from 'better-sqlite3';
import type { ApiHandlers } from '../../../shared/api/contract.ts';
import { resultsExportOf } from './exports-service.ts';

/** The exports calls: input in, result out; the flow is exports-service.ts's. */
export function createExportsCalls(db: Database): Pick<ApiHandlers, 'exports:get'> {
  return {
    'exports:get': ({ reviewId, categoryId }) => resultsExportOf(db, reviewId, categoryId),
  };
}
