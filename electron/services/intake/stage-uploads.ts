import { mkdirSync, rmSync, utimesSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { domainError } from '../../../shared/errors/domain-error.ts';
import type { UploadStore } from '../transfer/upload-store.ts';

/** One uploaded file of a drop: its upload, where it sat in what was dropped, and its modification time (ms) if the page knew it. */
export interface UploadedSource {
  readonly uploadId: string;
  /** `folder/sub/file.pdf` for a file of a dropped folder (webkitRelativePath), the file name for a zip or loose file. */
  readonly relativePath: string;
  readonly modifiedAt?: number | undefined;
}

// The page's relative paths are untrusted: each part a plain name, so staging cannot leave its folder.
function partsOf(relativePath: string): string[] {
  const parts = relativePath.split('/');
  const bad = parts.some((p) => p === '' || p === '.' || p === '..' || /[\\\0:]/u.test(p) || p.length > 255);
  if (bad || parts.length > 32) throw domainError('intake.upload-path', { path: relativePath.slice(0, 200) });
  return parts;
}

/**
 * Lays uploaded files out as the coordinator dropped them (folders as folders, zips and loose files
 * beside them) under `stagingDir`, moving each upload's bytes there, and returns the dropped items'
 * paths: what the intake reads exactly as it reads paths given on the command line.
 */
export function stageUploads(uploads: UploadStore, sources: readonly UploadedSource[], stagingDir: string): string[] {
  const roots = new Map<string, 'file' | 'folder'>();
  const seen = new Set<string>();
  const placed = sources.map((source) => {
    const parts = partsOf(source.relativePath);
    const key = parts.join('/');
    const kind = parts.length === 1 ? 'file' : 'folder';
    const root = parts[0] as string;
    if (seen.has(key) || (roots.get(root) ?? kind) !== kind) throw domainError('intake.upload-twice', { path: key.slice(0, 200) });
    seen.add(key);
    roots.set(root, kind);
    return { source, parts };
  });
  try {
    for (const { source, parts } of placed) {
      const target = join(stagingDir, ...parts);
      mkdirSync(dirname(target), { recursive: true });
      uploads.take(source.uploadId, target);
      if (source.modifiedAt !== undefined) utimesSync(target, new Date(source.modifiedAt), new Date(source.modifiedAt));
    }
  } catch (error) {
    rmSync(stagingDir, { recursive: true, force: true });
    throw error;
  }
  return [...roots.keys()].map((root) => join(stagingDir, root));
}
