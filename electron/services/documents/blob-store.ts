import { createHash, randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';

/** A stored file's content address. */
export interface BlobRef {
  /** Lowercase hex SHA-256 of the bytes: the file's identity and its opaque document id. */
  readonly sha256: string;
  readonly size: number;
}

const hexDigest = /^[0-9a-f]{64}$/;

/** True for a well-formed content address (64 lowercase hex digits). */
export function isBlobId(value: string): boolean {
  return hexDigest.test(value);
}

/**
 * The content-addressed file store of a profile: `blobs/sha256/ab/cd/<digest>`. Files are
 * written once, by temp file and rename after an fsync, so a crash leaves either nothing or the
 * whole file; the same bytes are stored once. Paths never leave this module's callers in the
 * services: the renderer knows documents only by digest.
 */
export class BlobStore {
  readonly root: string;

  constructor(profileDir: string) {
    this.root = join(profileDir, 'blobs', 'sha256');
  }

  /** Where a blob lives on disk (services only), or null for a malformed id. */
  pathOf(sha256: string): string | null {
    if (!isBlobId(sha256)) return null;
    return join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  /** True when the blob is stored. */
  has(sha256: string): boolean {
    const path = this.pathOf(sha256);
    return path !== null && existsSync(path);
  }

  /** The stored size, or null when absent. */
  sizeOf(sha256: string): number | null {
    const path = this.pathOf(sha256);
    return path !== null && existsSync(path) ? statSync(path).size : null;
  }

  /** Stores bytes (idempotent) and returns their address. */
  put(bytes: Uint8Array): BlobRef {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const target = this.pathOf(sha256) as string;
    if (existsSync(target)) return { sha256, size: bytes.byteLength };
    const dir = join(this.root, sha256.slice(0, 2), sha256.slice(2, 4));
    mkdirSync(dir, { recursive: true });
    const temp = join(dir, `.${sha256}.${randomBytes(4).toString('hex')}.tmp`);
    try {
      const fd = openSync(temp, 'wx');
      try {
        let offset = 0;
        while (offset < bytes.byteLength) offset += writeSync(fd, bytes, offset, bytes.byteLength - offset);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(temp, target);
    } catch (error) {
      rmSync(temp, { force: true });
      throw error;
    }
    return { sha256, size: bytes.byteLength };
  }

  /**
   * Stores a stream (idempotent) and returns its address, hashing while writing: a 500 MB scan is
   * never held in memory. Written to a temp file in the store, fsynced, then renamed to its digest;
   * a stream that fails (a zip entry's CRC, a cancel) leaves nothing behind.
   */
  async putStream(source: Readable): Promise<BlobRef> {
    mkdirSync(this.root, { recursive: true });
    const temp = join(this.root, `.incoming.${randomBytes(8).toString('hex')}.tmp`);
    const hash = createHash('sha256');
    let size = 0;
    const handle = await open(temp, 'wx');
    try {
      try {
        for await (const chunk of source) {
          const bytes = chunk as Buffer;
          hash.update(bytes);
          size += bytes.byteLength;
          let offset = 0;
          while (offset < bytes.byteLength) offset += (await handle.write(bytes, offset, bytes.byteLength - offset)).bytesWritten;
        }
        await handle.sync();
      } finally {
        await handle.close();
      }
      const sha256 = hash.digest('hex');
      const target = this.pathOf(sha256) as string;
      if (existsSync(target)) rmSync(temp, { force: true });
      else {
        mkdirSync(join(this.root, sha256.slice(0, 2), sha256.slice(2, 4)), { recursive: true });
        renameSync(temp, target);
      }
      return { sha256, size };
    } catch (error) {
      source.destroy();
      rmSync(temp, { force: true });
      throw error;
    }
  }
}
