import type { Database } from 'better-sqlite3';
import type { ApiHandlers } from '../../../shared/api/contract.ts';
import type { IdentityService } from '../identity/identity-service.ts';
import type { UploadStore } from '../transfer/upload-store.ts';
import { chooseVersion, confirmKey, setAside } from './held-sheet-actions.ts';
import { exportResultsXlsx } from '../exports/exports-service.ts';
import { closeDiscussionOf, decide, finalizeCategory, mergeViewOf, openDiscussionOf, receiveSheets, receiveSheetZip } from './merge-service.ts';
import { mergeSensitivityOf } from './merge-sensitivity.ts';
import { setMergeSettings } from './merge-settings.ts';
import { signResult } from './sign-result.ts';

/** The merge calls: input in, result out; the flow is merge-service.ts's. */
export function createMergeCalls(db: Database, identity: IdentityService, uploads: UploadStore): Pick<ApiHandlers, 'merge:get' | 'merge:receive' | 'merge:receive-zip' | 'merge:confirm-key' | 'merge:set-aside' | 'merge:choose-version' | 'merge:settings' | 'merge:sensitivity' | 'merge:decide' | 'merge:finalize' | 'merge:open-discussion' | 'merge:close-discussion' | 'merge:sign-result' | 'merge:export-xlsx'> {
  return {
    'merge:get': ({ reviewId }) => mergeViewOf(db, reviewId),
    'merge:confirm-key': (input) => confirmKey(db, input),
    'merge:set-aside': (input) => setAside(db, input),
    'merge:choose-version': (input) => chooseVersion(db, input),
    'merge:settings': (input) => setMergeSettings(db, input),
    'merge:sensitivity': ({ reviewId }) => mergeSensitivityOf(db, reviewId),
    'merge:decide': (input) => decide(db, input),
    'merge:finalize': (input) => finalizeCategory(db, input),
    'merge:open-discussion': (input) => openDiscussionOf(db, input),
    'merge:close-discussion': (input) => closeDiscussionOf(db, input),
    'merge:sign-result': ({ reviewId }) => {
      const { fileName, bytes, digest } = signResult(db, reviewId, identity.requireUnlocked());
      return { fileName, base64: Buffer.from(bytes).toString('base64'), digest };
    },
    'merge:export-xlsx': async ({ reviewId, categoryId }) => {
      const { fileName, bytes } = await exportResultsXlsx(db, reviewId, categoryId);
      return { fileName, base64: Buffer.from(bytes).toString('base64') };
    },
    'merge:receive-zip': async ({ reviewId, uploadId }) => {
      const upload = uploads.complete(uploadId);
      try {
        return await receiveSheetZip(db, reviewId, upload);
      } finally {
        uploads.discard(uploadId);
      }
    },
    'merge:receive': ({ reviewId, files }) => receiveSheets(db, reviewId, files.map((f) => ({ fileName: f.fileName, bytes: new Uint8Array(Buffer.from(f.base64, 'base64')) }))),
  };
}
