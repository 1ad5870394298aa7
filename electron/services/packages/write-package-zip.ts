import { createHash } from 'node:crypto';
import { closeSync, createReadStream, createWriteStream, fsyncSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { Transform } from 'node:stream';
import yazl from 'yazl';

/** One entry of a package zip: small bytes in memory, or a stored file whose digest is re-checked on the way. */
export type PackageZipEntry =
  | { readonly name: string; readonly bytes: Uint8Array }
  | { readonly name: string; readonly path: string; readonly size: number; readonly sha256: string };

/** Passes bytes through and fails at the end if they do not hash to `sha256`: a damaged store never ships. */
function digestCheck(name: string, sha256: string): Transform {
  const hash = createHash('sha256');
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      done(null, chunk);
    },
    flush(done) {
      const actual = hash.digest('hex');
      done(actual === sha256 ? null : new Error(`文档库中的「${name}」已损坏（内容与其 SHA-256 不符），无法打包`));
    },
  });
}

function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes a zip to `outFile.partial`, flushes it and renames it over `outFile`, so a crash, an error
 * or an exception thrown by `onProgress` leaves no package and no partial file. Entries are stored,
 * not deflated: PDFs are compressed already, and stored sizes make the total known up front, so
 * progress is exact (bytes of the zip written of its final size).
 */
export async function writePackageZip(
  outFile: string,
  entries: readonly PackageZipEntry[],
  options: { readonly mtime: Date; readonly onProgress?: ((done: number, total: number) => void) | undefined },
): Promise<number> {
  const partial = `${outFile}.partial`;
  rmSync(partial, { force: true });
  const inputs: Readable[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      const zip = new yazl.ZipFile();
      const out = createWriteStream(partial, { flags: 'wx' });
      let failure: Error | null = null;
      let total = 0;
      let written = 0;
      // Settles on the file's close, not before: Windows cannot delete the partial file while it is open.
      const fail = (error: unknown) => {
        if (failure) return;
        failure = error instanceof Error ? error : new Error(String(error));
        for (const input of inputs) input.destroy();
        out.destroy();
      };
      const counter = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          written += chunk.length;
          try {
            options.onProgress?.(written, total);
          } catch (error) {
            done(error as Error);
            return;
          }
          done(null, chunk);
        },
      });
      zip.on('error', fail);
      counter.on('error', fail);
      out.on('error', fail);
      out.on('close', () => (failure ? reject(failure) : resolve()));
      zip.outputStream.pipe(counter).pipe(out);
      for (const entry of entries) {
        const fileOptions = { compress: false, mtime: options.mtime, mode: 0o100644 };
        if ('bytes' in entry) {
          zip.addBuffer(Buffer.from(entry.bytes.buffer, entry.bytes.byteOffset, entry.bytes.byteLength), entry.name, fileOptions);
          continue;
        }
        zip.addReadStreamLazy(entry.name, { ...fileOptions, size: entry.size }, (callback) => {
          const source = createReadStream(entry.path);
          const check = digestCheck(entry.name, entry.sha256);
          inputs.push(source, check);
          source.on('error', fail);
          check.on('error', fail);
          callback(null, source.pipe(check));
        });
      }
      // yazl reports the final size once every entry's size is known: at once, since all are stored.
      (zip.end as (options: object, sized: (size: number) => void) => void)({}, (size) => {
        total = size;
      });
    });
    fsyncFile(partial);
    renameSync(partial, outFile);
    return statSync(outFile).size;
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}
