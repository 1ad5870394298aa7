import type { Database } from 'better-sqlite3';
import type { ApiHandlers } from '../../../shared/api/contract.ts';
import { decide, mergeViewOf, receiveSheets } from './merge-service.ts';

/** The merge calls: input in, result out; the flow is merge-service.ts's. */
export function createMergeCalls(db: Database): Pick<ApiHandlers, 'merge:get' | 'merge:receive' | 'merge:decide'> {
  return {
    'merge:get': ({ reviewId }) => mergeViewOf(db, reviewId),
    'merge:decide': (input) => decide(db, input),
    'merge:receive': ({ reviewId, files }) => receiveSheets(db, reviewId, files.map((f) => ({ fileName: f.fileName, bytes: new Uint8Array(Buffer.from(f.base64, 'base64')) }))),
  };
}
