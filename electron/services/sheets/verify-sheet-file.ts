import { readFileSync, statSync } from 'node:fs';
import { checkSheetSet } from '../../../shared/sheets/check-sheet-set.ts';
import type { SheetSetEntry } from '../../../shared/sheets/check-sheet-set.ts';
import { SHEET_SIZE_LIMIT, sheetTooLarge, verifySheet } from '../../../shared/sheets/verify-sheet.ts';
import type { VerifyContext, VerifyOk, VerifyResult } from '../../../shared/sheets/verify-result.ts';
import { nodeCrypto } from '../crypto/node-crypto.ts';

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
  /** With verifySheetFiles: the newest version among the files that replaces this one. */
  readonly supersededBy?: { file: string; version: number; digest: string };
  /** With verifySheetFiles: the earlier file with the same digest (the same sheet given again). */
  readonly duplicateOf?: string;
  readonly fingerprint?: string;
  readonly digest?: string;
}

type FileResult = VerifyResult | { readonly ok: false; readonly code: 'unreadable'; readonly message: string; readonly fingerprint?: undefined };

// Stats first, so a huge file is refused without being read.
function verifyOne(file: string, context: VerifyContext | undefined): FileResult {
  try {
    const size = statSync(file).size;
    return size > SHEET_SIZE_LIMIT ? sheetTooLarge(size) : verifySheet({ bytes: readFileSync(file), crypto: nodeCrypto, context });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message = code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '这是文件夹，不是文件' : `无法读取文件（${code ?? String(error)}）`;
    return { ok: false, code: 'unreadable', message };
  }
}

// What a verified sheet says about itself.
function described(result: VerifyOk) {
  const { expert, reviewId, version } = result.sheet;
  return { expert: { id: expert.id, name: expert.name, organisation: expert.organisation }, reviewId, version };
}

function reportOf(file: string, result: FileResult): SheetFileReport {
  if (!result.ok) {
    const { code, message, fingerprint } = result;
    return fingerprint === undefined ? { file, ok: false, code, message } : { file, ok: false, code, message, fingerprint };
  }
  return { file, ok: true, ...described(result), superseded: result.superseded, fingerprint: result.fingerprint, digest: result.digest };
}

/** Verifies a sheet file on disk on its own (no version chain across files). */
export function verifySheetFile(file: string, context?: VerifyContext): SheetFileReport {
  return reportOf(file, verifyOne(file, context));
}

/**
 * Verifies sheet files one by one, then the version chain across those that verified, in any order
 * (checkSheetSet): older versions stay ok but are superseded by the newest; two different sheets
 * with one expert and version, or a link that does not match a file given, fail. Reports in order.
 */
export function verifySheetFiles(files: readonly string[], context?: VerifyContext): SheetFileReport[] {
  const results = files.map((file) => verifyOne(file, context));
  const entries: { index: number; entry: SheetSetEntry }[] = [];
  results.forEach((result, index) => {
    if (result.ok) entries.push({ index, entry: { source: files[index] ?? '', sheet: result.sheet, digest: result.digest, fingerprint: result.fingerprint } });
  });
  const verdicts = new Map(checkSheetSet(entries.map((e) => e.entry)).map((verdict, i) => [entries[i]?.index ?? -1, verdict]));
  return results.map((result, index) => {
    const file = files[index] ?? '';
    const verdict = verdicts.get(index);
    if (!result.ok || !verdict) return reportOf(file, result);
    const duplicate = verdict.duplicateOf === null ? {} : { duplicateOf: verdict.duplicateOf };
    if (!verdict.ok) {
      const { code, message } = verdict.failure;
      return { file, ok: false, code, message, ...described(result), fingerprint: result.fingerprint, digest: result.digest, ...duplicate };
    }
    const successor = verdict.supersededBy;
    const superseded = successor === null ? { superseded: result.superseded } : { superseded: true, supersededBy: { file: successor.source, version: successor.version, digest: successor.digest } };
    return { file, ok: true, ...described(result), ...superseded, ...duplicate, fingerprint: result.fingerprint, digest: result.digest };
  });
}
