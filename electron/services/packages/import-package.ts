import type { Database } from 'better-sqlite3';
import { rmdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { programSchema, type Program } from '../../../shared/domain/program.ts';
import { canonicalJson } from '../../../shared/crypto/canonical-json.ts';
import { appendAudit } from '../db/audit-log.ts';
import type { BlobStore } from '../documents/blob-store.ts';
import { addDocument, linkDocument } from '../documents/document-repository.ts';
import { freeProgramId } from '../programs/program-repository.ts';
import { getReview, insertReview } from '../reviews/review-repository.ts';
import type { OpenedPackage } from './open-package.ts';
import { packageRefused } from './package-refused.ts';
import { findImportedPackage, recordPackage } from './package-repository.ts';

/** What an import added (or found already there). */
export interface ImportedPackage {
  readonly reviewId: string;
  readonly program: { readonly id: string; readonly version: number };
  readonly submissions: number;
  readonly documents: number;
  /** The same package (same digest) was imported before: nothing changed. */
  readonly alreadyImported: boolean;
}

/**
 * The library entry the review will pin: the package's program version where the library has the
 * same id and version with the same content (or not at all: it is added); where the library has a
 * different program under that id and version, the package's copy is added under a fresh id, so
 * neither changes under the other's reviews.
 */
function placeProgram(db: Database, program: Program, now: string): { id: string; version: number } {
  const row = db.prepare('SELECT body FROM programs WHERE id = ? AND version = ?').get(program.id, program.version) as { body: string } | undefined;
  if (row && canonicalJson(programSchema.parse(JSON.parse(row.body))) === canonicalJson(program)) return { id: program.id, version: program.version };
  const placed = row ? { ...program, id: freeProgramId(db, program.id) } : program;
  db.prepare('INSERT INTO programs (id, version, title, body, built_in, created_at, updated_at) VALUES (?, ?, ?, ?, 0, ?, ?)').run(
    placed.id, placed.version, placed.title, JSON.stringify(placed), now, now,
  );
  return { id: placed.id, version: placed.version };
}

/** Removes a blob this import added, and its two fan-out folders when that leaves them empty. */
function removeBlob(store: BlobStore, sha256: string): void {
  const path = store.pathOf(sha256) as string;
  rmSync(path, { force: true });
  for (const dir of [dirname(path), dirname(dirname(path))]) {
    try {
      rmdirSync(dir);
    } catch {
      return; // not empty (another blob lives there): keep it
    }
  }
}

/**
 * Stores an opened (fully verified) package in a profile, all or nothing: the documents go to the
 * store first (content-addressed, so a leftover is harmless, and the new ones are removed again if
 * the database part fails), then the program, review, submissions, document links, the package
 * record and an audit entry in one transaction. Refuses (`conflict`) a review id the profile already
 * has from another package or of its own, and (`unknown_expert`) an expert not on the roster or not
 * the one a per-expert package was made for. Importing the same package again changes nothing.
 * `localReviewId` (default: the package's review id) is where it goes: the expert's copy, when this
 * profile holds the package's review as coordinator; the copy's title says so.
 */
export function importReviewPackage(db: Database, store: BlobStore, opened: OpenedPackage, options: { expertId: string; localReviewId?: string; now?: string }): ImportedPackage {
  const { manifest } = opened;
  const now = options.now ?? new Date().toISOString();
  const reviewId = options.localReviewId ?? manifest.review.id;
  const title = reviewId === manifest.review.id ? manifest.review.title : `${manifest.review.title}（专家评分副本）`;
  const counts = { submissions: manifest.submissions.length, documents: opened.files.size };
  if (!manifest.experts.some((e) => e.id === options.expertId)) {
    throw packageRefused('unknown_expert', 'packages.unknown-expert', { expertId: options.expertId });
  }
  if (manifest.presetExpertId !== null && manifest.presetExpertId !== options.expertId) {
    throw packageRefused('unknown_expert', 'packages.preset-expert', { expertId: manifest.presetExpertId });
  }
  const existing = findImportedPackage(db, reviewId);
  if (existing?.digest === opened.digest) {
    const pin = db.prepare('SELECT program_id, program_version FROM reviews WHERE id = ?').get(reviewId) as { program_id: string; program_version: number };
    return { reviewId, program: { id: pin.program_id, version: pin.program_version }, ...counts, alreadyImported: true };
  }
  if (existing || getReview(db, reviewId)) {
    throw packageRefused('conflict', 'packages.other-version', { title: manifest.review.title, reviewId });
  }

  const created: string[] = [];
  try {
    for (const [sha256, bytes] of opened.files) {
      if (store.has(sha256)) continue;
      store.put(bytes);
      created.push(sha256);
    }
    return db.transaction(() => {
      const program = placeProgram(db, manifest.program, now);
      insertReview(db, {
        ...manifest.review,
        id: reviewId,
        title,
        isDemo: false,
        createdAt: now,
        // An expert's copy: the coordinator's formal check is done; the package is for scoring.
        stage: 'expert-review',
        program,
        fields: manifest.fields,
        submissions: manifest.submissions.map(({ documents: _documents, ...submission }) => submission),
      });
      for (const submission of manifest.submissions) {
        for (const d of submission.documents) {
          const bytes = opened.files.get(d.sha256) as Uint8Array;
          const documentId = addDocument(db, store, { bytes, mediaType: d.mediaType, pages: d.pages }, now);
          linkDocument(db, { reviewId, submissionId: submission.id, documentId, role: d.role, title: d.title, fileName: d.fileName });
        }
      }
      recordPackage(db, { digest: opened.digest, reviewId, direction: 'imported', localExpertId: options.expertId, coordinatorFingerprint: opened.coordinatorFingerprint, manifest, manifestJcs: opened.manifestJcs }, now);
      appendAudit(db, 'package.imported', reviewId, { digest: opened.digest, packageReviewId: manifest.review.id, coordinatorFingerprint: opened.coordinatorFingerprint, expertId: options.expertId, ...counts }, now);
      return { reviewId, program, ...counts, alreadyImported: false };
    })();
  } catch (error) {
    for (const sha256 of created) removeBlob(store, sha256);
    throw error;
  }
}
