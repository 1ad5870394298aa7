import { readFileSync, statSync } from 'node:fs';
import { SHEET_SIZE_LIMIT, sheetTooLarge, verifySheet } from '../../../shared/trust/verify-sheet.ts';
import type { VerifyContext, VerifyResult } from '../../../shared/trust/verify-result.ts';
import { nodeCrypto } from './node-crypto.ts';

/** One file's outcome, flat, as `pingshen verify --json` prints it. */
export interface SheetFileReport {
  readonly file: string;
  readonly ok: boolean;
  /** A VerifyCode, or 'unreadable' when the file could not be read. */
  readonly code?: string;
  readonly message?: string;
  readonly expert?: { id: string; name: string; organisation: string };
  readonly reviewId?: string;
  readonly version?: number;
  readonly superseded?: boolean;
  readonly fingerprint?: string;
  readonly digest?: string;
}

/** Verifies a sheet file on disk; stats it first, so a huge file is refused without being read. */
export function verifySheetFile(file: string, context?: VerifyContext): SheetFileReport {
  let result: VerifyResult;
  try {
    const size = statSync(file).size;
    result = size > SHEET_SIZE_LIMIT ? sheetTooLarge(size) : verifySheet({ bytes: readFileSync(file), crypto: nodeCrypto, context });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message = code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '这是文件夹，不是文件' : `无法读取文件（${code ?? String(error)}）`;
    return { file, ok: false, code: 'unreadable', message };
  }
  if (!result.ok) {
    const { code, message, fingerprint } = result;
    return fingerprint === undefined ? { file, ok: false, code, message } : { file, ok: false, code, message, fingerprint };
  }
  const { expert, reviewId, version } = result.sheet;
  return {
    file,
    ok: true,
    expert: { id: expert.id, name: expert.name, organisation: expert.organisation },
    reviewId,
    version,
    superseded: result.superseded,
    fingerprint: result.fingerprint,
    digest: result.digest,
  };
}
