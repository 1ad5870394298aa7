import { constants } from 'node:fs';
import { lstat, open, readdir, realpath } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { checkEntryName } from './check-entry-name.ts';
import { guardEntryStream } from './guard-entry-stream.ts';
import { collect, ListingGuard, safeArchive, type SafeArchive, type SafeEntry } from './safe-archive.ts';
import { zipLimits, type ZipLimits } from './zip-limits.ts';
import { zipRefused } from './zip-refused.ts';

// Not defined on Windows, where the realpath check below does the same work.
const noFollow = constants.O_NOFOLLOW ?? 0;

async function listFiles(root: string, guard: ListingGuard): Promise<{ name: string; path: string; size: number; mtime: Date }[]> {
  const files: { name: string; path: string; size: number; mtime: Date }[] = [];
  const pending: string[] = [root];
  for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
    for (const item of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, item.name);
      const shown = relative(root, path).split(sep).join('/');
      if (item.isSymbolicLink()) throw zipRefused('symlink', 'zip.folder-symlink', { entry: shown });
      if (item.isDirectory()) {
        pending.push(path);
        continue;
      }
      if (!item.isFile()) throw zipRefused('unsupported', 'zip.folder-not-a-file', { entry: shown });
      const { name } = checkEntryName(shown);
      const { size, mtime } = await lstat(path);
      guard.add(name, size);
      files.push({ name, path, size, mtime });
    }
  }
  return files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

async function openFileStream(root: string, file: { name: string; path: string; size: number }, limits: ZipLimits): Promise<Readable> {
  // Between listing and reading, a folder could be swapped for a link: refuse anything that now resolves elsewhere.
  const real = await realpath(file.path);
  if (real !== file.path) {
    throw zipRefused('symlink', 'zip.folder-points-outside', { entry: file.name });
  }
  const handle = await open(file.path, constants.O_RDONLY | noFollow);
  const stats = await handle.stat();
  if (!stats.isFile() || stats.size !== file.size) {
    await handle.close();
    throw zipRefused('corrupt', 'zip.folder-changed', { entry: file.name });
  }
  // 1 MiB reads: a mailbox is gigabytes, and each chunk is a round trip to the thread pool on the way into the store.
  const source = handle.createReadStream({ highWaterMark: 1 << 20 });
  const guard = guardEntryStream({ name: file.name, size: file.size, compressedSize: null, crc32: null }, limits);
  source.on('error', (error) => guard.destroy(error));
  guard.once('close', () => source.destroy());
  return source.pipe(guard);
}

/**
 * A package given as a plain folder, with the zip reader's rules: no symbolic links followed (or
 * listed), nothing but regular files, the same count and size caps, no names equal but for case.
 * Names are relative and `/`-separated, like zip names; reading re-checks each file's place and size.
 */
export async function readFolderSafely(dir: string, options: { limits?: Partial<ZipLimits> } = {}): Promise<SafeArchive> {
  const limits = zipLimits(options.limits);
  const root = await realpath(dir);
  const files = await listFiles(root, new ListingGuard(limits));
  const entries: SafeEntry[] = files.map((file) => ({
    name: file.name,
    size: file.size,
    modifiedAt: file.mtime,
    openStream: () => openFileStream(root, file, limits),
    read: async () => collect(await openFileStream(root, file, limits), file.size),
  }));
  return safeArchive('folder', entries, () => undefined);
}
