import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReceivedAtSource } from '../../../shared/intake/intake-facts.ts';
import { readFolderSafely } from '../zip/read-folder-safely.ts';
import { readZipSafely } from '../zip/read-zip-safely.ts';
import type { SafeArchive } from '../zip/safe-archive.ts';
import { ZipRefused } from '../zip/zip-refused.ts';

/** One file found in the drop, not yet read: where it came from and how to stream it. */
export interface DropFile {
  /** Relative to the PATH given; a zip entry as `<zip path>/<entry>`. */
  readonly sourcePath: string;
  /** The folders and zips it sat in, outermost first (the dropped folder's own name included). */
  readonly segments: readonly string[];
  /** Which of the dropped paths it came from (its index). */
  readonly root: number;
  readonly fileName: string;
  readonly size: number;
  readonly receivedAt: Date;
  readonly receivedAtSource: ReceivedAtSource;
  open(): Promise<Readable>;
}

/** What reading the drop yields: a file, or something refused with its reason (the rest still comes). */
export type DropItem = { readonly type: 'file'; readonly file: DropFile } | { readonly type: 'refused'; readonly path: string; readonly reason: string };

const isZipName = (name: string) => /\.zip$/iu.test(name);

function reasonOf(error: unknown): string {
  if (error instanceof ZipRefused) return error.message;
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return '找不到该文件或文件夹';
  if (code === 'EACCES' || code === 'EPERM') return '没有读取权限';
  return `无法读取（${error instanceof Error ? error.message : String(error)}）`;
}

/** A dropped path's name as shown, `材料 (2)` / `a (2).zip` when an earlier dropped path had the same name. */
function shownName(name: string, used: ReadonlySet<string>): string {
  const dot = name.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  let shown = name;
  for (let n = 2; used.has(shown); n++) shown = `${stem} (${String(n)})${extension}`;
  return shown;
}

/** Where a zip inside a zip is unpacked to be opened: a scratch folder removed when reading ends. */
async function spill(scratch: string, source: Readable): Promise<string> {
  await mkdir(scratch, { recursive: true });
  const file = join(scratch, `${randomBytes(8).toString('hex')}.zip`);
  await pipeline(source, createWriteStream(file, { flags: 'wx' }));
  return file;
}

async function* entriesOf(
  archive: SafeArchive,
  where: { path: string; segments: readonly string[]; time: Date; depth: number; root: number },
  scratch: string,
): AsyncGenerator<DropItem> {
  try {
    for (const entry of archive.entries) {
      const parts = entry.name.split('/');
      const fileName = parts.at(-1) as string;
      const sourcePath = where.path === '' ? entry.name : `${where.path}/${entry.name}`;
      const segments = [...where.segments, ...parts.slice(0, -1)];
      // A zip entry without a time of its own takes its zip's.
      const receivedAt = entry.modifiedAt ?? where.time;
      const receivedAtSource: ReceivedAtSource = archive.kind === 'zip' && entry.modifiedAt !== null ? 'zip-entry-time' : 'file-time';
      if (isZipName(fileName)) {
        if (where.depth >= 2) {
          yield { type: 'refused', path: sourcePath, reason: '压缩包中的压缩包又含压缩包：只展开一层嵌套，请解压后重新提供' };
          continue;
        }
        let spilled: string | null = null;
        try {
          spilled = await spill(scratch, await entry.openStream());
          const inner = await readZipSafely(spilled);
          yield* entriesOf(inner, { path: sourcePath, segments: [...segments, fileName], time: receivedAt, depth: where.depth + 1, root: where.root }, scratch);
        } catch (error) {
          yield { type: 'refused', path: sourcePath, reason: reasonOf(error) };
        } finally {
          if (spilled) await rm(spilled, { force: true });
        }
        continue;
      }
      yield { type: 'file', file: { sourcePath, segments, root: where.root, fileName, size: entry.size, receivedAt, receivedAtSource, open: () => entry.openStream() } };
    }
  } finally {
    archive.close();
  }
}

/**
 * Source paths are relative to the path given: a folder given alone by the paths inside it, a
 * folder beside other paths, a zip or a file led by its own name (`名 (2)` for a repeated name).
 * Reads a drop: any mix of folders (one sub-folder per applicant, zips inside), zips (one per
 * applicant or one of everything, one level of zip inside a zip) and loose files, through the safe
 * readers (names decoded, zip-slip, bombs, symlinks refused). Yields each file lazily; what cannot
 * be opened or is unsafe is yielded as refused with its reason and reading goes on.
 */
export async function* readDrop(paths: readonly string[], scratch: string): AsyncGenerator<DropItem> {
  const scratchDir = join(scratch, `drop-${randomBytes(6).toString('hex')}`);
  try {
    const used = new Set<string>();
    for (const [root, path] of paths.entries()) {
      // Two dropped paths of one name (材料 from two mails) must not give files the same source path.
      const name = shownName(basename(path), used);
      used.add(name);
      let info;
      try {
        info = await stat(path);
      } catch (error) {
        yield { type: 'refused', path: name, reason: reasonOf(error) };
        continue;
      }
      try {
        if (info.isDirectory()) {
          // A folder given alone: paths inside it; beside other paths: led by its name, so no two files share one.
          yield* entriesOf(await readFolderSafely(path), { path: paths.length > 1 ? name : '', segments: [name], time: info.mtime, depth: 0, root }, scratchDir);
        } else if (isZipName(name)) {
          yield* entriesOf(await readZipSafely(path), { path: name, segments: [name], time: info.mtime, depth: 1, root }, scratchDir);
        } else if (info.isFile()) {
          yield { type: 'file', file: { sourcePath: name, segments: [], root, fileName: name, size: info.size, receivedAt: info.mtime, receivedAtSource: 'file-time', open: async () => createReadStream(path, { highWaterMark: 1 << 20 }) } };
        } else {
          yield { type: 'refused', path: name, reason: '不是普通文件或文件夹' };
        }
      } catch (error) {
        yield { type: 'refused', path: name, reason: reasonOf(error) };
      }
    }
  } finally {
    await rm(scratchDir, { recursive: true, force: true });
  }
}
