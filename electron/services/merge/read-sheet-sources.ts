import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { reasonOf, reasonZh, type Reason } from '../../../shared/errors/reason.ts';
import { SHEET_SIZE_LIMIT, sheetTooLarge } from '../../../shared/sheets/verify-sheet.ts';
import { readZipSafely } from '../zip/read-zip-safely.ts';
import { ZipRefused } from '../zip/zip-refused.ts';

/** Why a candidate could not even be read. */
export interface SourceFailure {
  readonly code: 'unreadable' | 'too_large';
  readonly message: string;
  readonly reason: Reason;
}

/** One candidate sheet: its bytes, or why it could not be read; `source` names it in every message. */
export type SheetSource = { readonly source: string; readonly bytes: Uint8Array } | { readonly source: string; readonly failure: SourceFailure };

const unreadable = (source: string, reason: Reason): SheetSource => ({ source, failure: { code: 'unreadable', message: reasonZh(reason), reason } });

// A zip the safe reader refused says why in its own words (zip-slip, a bomb, an encrypted entry); anything else is a damaged file.
const zipReason = (error: unknown, otherwise: Reason): Reason => (error instanceof ZipRefused ? { key: error.key, params: error.params } : otherwise);

/** A file over the size limit, refused unread. */
export function tooLargeSource(source: string, size: number): SheetSource {
  const { message, reason } = sheetTooLarge(size);
  return { source, failure: { code: 'too_large', message, reason } };
}

const SHEET_SUFFIX = '.pingshen-sheet.json';

const isSheetName = (name: string) => name.toLowerCase().endsWith(SHEET_SUFFIX);

// A zip of sheets is capped far below the package limits: a sheet is tens of kilobytes.
const sheetZipLimits = { maxEntries: 5000, maxEntryBytes: SHEET_SIZE_LIMIT, maxTotalBytes: 512 * 1024 * 1024 };

/**
 * The sheets in a zip, read through the safe zip reader (no path is ever written); `label` names the
 * zip in every message (a staged upload's path is not what the user dropped). A zip handed over on
 * its own that holds no sheet says so; one met inside a folder (the package beside the sheets) is skipped.
 */
export async function readSheetZip(file: string, label: string = file, given = true): Promise<SheetSource[]> {
  let archive: Awaited<ReturnType<typeof readZipSafely>>;
  try {
    archive = await readZipSafely(file, { limits: sheetZipLimits });
  } catch (error) {
    return [unreadable(label, zipReason(error, reasonOf('sheet-refusals.unreadable-zip', {})))];
  }
  try {
    const sources: SheetSource[] = [];
    const sheets = archive.entries.filter((e) => isSheetName(e.name));
    if (sheets.length === 0 && given) return [unreadable(label, reasonOf('sheet-refusals.no-sheet-in-zip', {}))];
    for (const entry of sheets) {
      const source = `${label}!${entry.name}`;
      try {
        sources.push({ source, bytes: await entry.read() });
      } catch (error) {
        sources.push(unreadable(source, zipReason(error, reasonOf('sheet-refusals.unreadable-entry', {}))));
      }
    }
    return sources;
  } finally {
    archive.close();
  }
}

function fromFile(file: string, size: number): SheetSource {
  // An oversized file is refused by its size, unread.
  if (size > SHEET_SIZE_LIMIT) return tooLargeSource(file, size);
  return { source: file, bytes: new Uint8Array(readFileSync(file)) };
}

/**
 * The sheets a user handed over: files as given (whatever their name), folders searched for
 * `*.pingshen-sheet.json` (sub-folders too, symbolic links not followed), and zips of sheets
 * (read through the safe zip reader: no path is ever written). Nothing is refused here except
 * what cannot be read; every file is then verified on its own.
 */
export async function readSheetSources(paths: readonly string[]): Promise<SheetSource[]> {
  const sources: SheetSource[] = [];
  const visit = async (path: string, given: boolean): Promise<void> => {
    let stat: ReturnType<typeof statSync>;
    try {
      stat = statSync(path);
    } catch (error) {
      const code = (error as { code?: string }).code;
      sources.push(unreadable(path, code === 'ENOENT' ? reasonOf('sheet-refusals.no-file', {}) : (code ? reasonOf('sheet-refusals.unreadable-file', { code }) : reasonOf('sheet-refusals.unreadable-file-why-unknown', {}))));
      return;
    }
    if (stat.isDirectory()) {
      const names = readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
      for (const entry of names) {
        if (entry.isDirectory()) await visit(join(path, entry.name), false);
        else if (entry.isFile() && (isSheetName(entry.name) || entry.name.toLowerCase().endsWith('.zip'))) await visit(join(path, entry.name), false);
      }
      return;
    }
    if (basename(path).toLowerCase().endsWith('.zip')) sources.push(...(await readSheetZip(path, path, given)));
    else if (given || isSheetName(path)) sources.push(fromFile(path, stat.size));
  };
  for (const path of paths) await visit(path, true);
  return sources;
}
