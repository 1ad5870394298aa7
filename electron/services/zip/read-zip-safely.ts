import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import { checkEntryName } from './check-entry-name.ts';
import { decodeEntryName } from './decode-entry-name.ts';
import { guardEntryStream } from './guard-entry-stream.ts';
import { collect, ListingGuard, safeArchive, type SafeArchive, type SafeEntry } from './safe-archive.ts';
import { zipLimits, type ZipLimits } from './zip-limits.ts';
import { refusalFromYauzl, ZipRefused, zipRefused } from './zip-refused.ts';

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

function openZip(file: string): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    // decodeStrings off: yauzl would read names without the UTF-8 flag as CP437; we decode them ourselves.
    yauzl.open(file, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true, strictFileNames: false }, (error, zip) => {
      if (error) reject(error);
      else resolve(zip);
    });
  });
}

function toRefusal(error: unknown, entry: string | null): unknown {
  if (error instanceof ZipRefused || !(error instanceof Error)) return error;
  // A file-system error (no such file, no permission) carries a syscall: not a verdict on the archive.
  if ('syscall' in error) return error;
  return refusalFromYauzl(error, entry);
}

/** Refuses an entry that is unsafe or unreadable whatever its content; returns its checked name (null for a folder). */
function checkEntry(entry: Entry, limits: ZipLimits, guard: ListingGuard): string | null {
  const decoded = decodeEntryName(entry.fileNameRaw, entry.generalPurposeBitFlag, entry.extraFields);
  if (decoded === null) throw zipRefused('unsafe_name', 'zip.name-not-utf8', {});
  const { name, isDirectory } = checkEntryName(decoded);
  if (((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK) {
    throw zipRefused('symlink', 'zip.symlink', { entry: name });
  }
  if (isDirectory) return null;
  if ((entry.generalPurposeBitFlag & 0x1) !== 0) {
    throw zipRefused('encrypted', 'zip.entry-encrypted', { entry: name });
  }
  if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
    throw zipRefused('unsupported', 'zip.entry-method', { entry: name, method: entry.compressionMethod });
  }
  // The ratio first: a bomb should be called a bomb, whatever size it claims.
  if (entry.uncompressedSize > limits.ratioFloorBytes && entry.uncompressedSize > entry.compressedSize * limits.maxRatio) {
    throw zipRefused('ratio', 'zip.ratio', { entry: name, ratio: limits.maxRatio });
  }
  guard.add(name, entry.uncompressedSize);
  return name;
}

function listEntries(zip: ZipFile, limits: ZipLimits): Promise<{ name: string; entry: Entry }[]> {
  const guard = new ListingGuard(limits);
  guard.announce(zip.entryCount);
  const found: { name: string; entry: Entry }[] = [];
  return new Promise((resolve, reject) => {
    zip.on('entry', (entry: Entry) => {
      try {
        const name = checkEntry(entry, limits, guard);
        if (name !== null) found.push({ name, entry });
        zip.readEntry();
      } catch (error) {
        reject(error);
      }
    });
    zip.on('end', () => resolve(found));
    zip.on('error', (error: Error) => reject(toRefusal(error, found.at(-1)?.name ?? null)));
    zip.readEntry();
  });
}

const ZIP64_MARK = 0xffffffff;
const CHINA_OFFSET_MS = 8 * 3600_000;

/**
 * An entry's own time: the Info-ZIP or NTFS extra field when present (absolute), else the DOS
 * date and time, which have no zone and are the packing computer's wall clock; our users' zips are
 * made in China, so it is read as UTC+8. Null when the DOS date is unset (0).
 */
function entryTime(entry: Entry): Date | null {
  const absolute = entry.extraFields.some((field) => field.id === 0x5455 || field.id === 0x000a);
  if (absolute) return entry.getLastModDate();
  if (entry.lastModFileDate === 0) return null;
  return new Date(entry.getLastModDate({ timezone: 'UTC' }).getTime() - CHINA_OFFSET_MS);
}

/** The local header must agree with the central directory: tools that trust the other copy would read different content. */
function checkLocalHeader(zip: ZipFile, name: string, entry: Entry): Promise<void> {
  return new Promise((resolve, reject) => {
    zip.readLocalFileHeader(entry, (error, local) => {
      if (error) {
        reject(toRefusal(error, name));
        return;
      }
      // With a data descriptor (bit 3) the local CRC and sizes are zeros by design; zip64 size marks defer to the extra field.
      const deferred = (local.generalPurposeBitFlag & 0x8) !== 0;
      const size = (local: number, central: number) => deferred || local === ZIP64_MARK || local === central;
      const crcAgrees = deferred || local.crc32 === entry.crc32;
      if (!crcAgrees || !size(local.compressedSize, entry.compressedSize) || !size(local.uncompressedSize, entry.uncompressedSize)) {
        reject(zipRefused('corrupt', 'zip.records-disagree', { entry: name }));
      } else {
        resolve();
      }
    });
  });
}

async function openEntryStream(zip: ZipFile, name: string, entry: Entry, limits: ZipLimits): Promise<Readable> {
  await checkLocalHeader(zip, name, entry);
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, source) => {
      if (error) {
        reject(toRefusal(error, name));
        return;
      }
      const guard = guardEntryStream({ name, size: entry.uncompressedSize, compressedSize: entry.compressedSize, crc32: entry.crc32 }, limits);
      source.on('error', (failure: Error) => guard.destroy(toRefusal(failure, name) as Error));
      // Stop inflating the moment the guard gives up (bomb, size lie) or the caller stops reading.
      guard.once('close', () => source.destroy());
      resolve(source.pipe(guard));
    });
  });
}

/**
 * Opens a zip and checks its whole listing before any content is read: names (decoded, normalised,
 * never absolute or escaping), symlinks, encryption, compression methods, counts, sizes, declared
 * ratios, duplicates. Content checks (true size, streaming ratio, CRC-32) run as each entry is read.
 * Throws ZipRefused with a Chinese message naming the entry.
 */
export async function readZipSafely(file: string, options: { limits?: Partial<ZipLimits> } = {}): Promise<SafeArchive> {
  const limits = zipLimits(options.limits);
  let zip: ZipFile;
  try {
    zip = await openZip(file);
  } catch (error) {
    throw toRefusal(error, null);
  }
  try {
    const listed = await listEntries(zip, limits);
    const entries: SafeEntry[] = listed.map(({ name, entry }) => ({
      name,
      size: entry.uncompressedSize,
      modifiedAt: entryTime(entry),
      openStream: () => openEntryStream(zip, name, entry, limits),
      read: async () => collect(await openEntryStream(zip, name, entry, limits), entry.uncompressedSize),
    }));
    return safeArchive('zip', entries, () => zip.close());
  } catch (error) {
    zip.close();
    throw error;
  }
}
