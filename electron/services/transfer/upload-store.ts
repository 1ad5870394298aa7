import { randomBytes } from 'node:crypto';
import { appendFileSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { domainError } from '../../../shared/errors/domain-error.ts';

/** Files the renderer sends in chunks (review packages are far larger than one API call may carry). */
export interface UploadStore {
  begin(fileName: string, size: number): string;
  /** Appends the next chunk at `offset` (which must be what was received so far); returns the bytes received. */
  append(id: string, offset: number, bytes: Uint8Array): number;
  /** The path of a complete upload, or a failure naming what is missing. */
  complete(id: string): { path: string; fileName: string };
  /** Moves a complete upload's file to `target` (same disk: the profile's) and forgets the upload. */
  take(id: string, target: string): void;
  discard(id: string): void;
}

// An intake drop is uploaded whole before it is read (up to intake:scan's 1,000 files), so that many
// are kept; beyond it the oldest (abandoned) ones are dropped as new ones begin.
const KEEP = 1000;

/** Uploads under `<profile>/uploads`, emptied at start. */
export function createUploadStore(profileDir: string): UploadStore {
  const dir = join(profileDir, 'uploads');
  rmSync(dir, { recursive: true, force: true });
  const uploads = new Map<string, { path: string; fileName: string; size: number; received: number }>();
  const find = (id: string) => {
    const upload = uploads.get(id);
    if (!upload) throw domainError('transfer.upload-gone', {});
    return upload;
  };
  const discard = (id: string) => {
    const upload = uploads.get(id);
    uploads.delete(id);
    if (upload) rmSync(upload.path, { force: true });
  };
  const complete = (id: string) => {
    const upload = find(id);
    if (upload.received !== upload.size) throw domainError('transfer.incomplete', { received: upload.received, size: upload.size });
    return { path: upload.path, fileName: upload.fileName };
  };
  return {
    begin(fileName, size) {
      for (const old of [...uploads.keys()].slice(0, Math.max(0, uploads.size - KEEP + 1))) discard(old);
      mkdirSync(dir, { recursive: true });
      const id = randomBytes(16).toString('hex');
      const path = join(dir, `${id}.part`);
      writeFileSync(path, new Uint8Array(0));
      uploads.set(id, { path, fileName, size, received: 0 });
      return id;
    },
    append(id, offset, bytes) {
      const upload = find(id);
      if (offset !== upload.received) throw domainError('transfer.out-of-order', { received: upload.received, offset });
      if (upload.received + bytes.length > upload.size) throw domainError('transfer.over-size', {});
      appendFileSync(upload.path, bytes);
      upload.received += bytes.length;
      return upload.received;
    },
    complete,
    take(id, target) {
      const { path } = complete(id);
      renameSync(path, target);
      uploads.delete(id);
    },
    discard,
  };
}
