import type { Database } from 'better-sqlite3';
import type { PackagePreview } from '../../../shared/domain/trust-views.ts';
import { decodeBase64url, PUBLIC_KEY_BYTES } from '../../../shared/crypto/base64url.ts';
import { fingerprintOf } from '../../../shared/crypto/fingerprint.ts';
import type { BlobStore } from '../documents/blob-store.ts';
import { setConflict } from '../scoring/scoring-repository.ts';
import type { UploadStore } from '../transfer/upload-store.ts';
import { nodeCrypto } from '../crypto/node-crypto.ts';
import { importReviewPackage } from './import-package.ts';
import { openReviewPackage, type OpenedPackage } from './open-package.ts';
import { PackageRefused } from './package-refused.ts';
import { placeOf, type PackagePlace } from './package-place.ts';
import { removeDemoReview } from './replace-demo-review.ts';
import { domainError } from '../../../shared/errors/domain-error.ts';

/** The expert's side of packages: check an uploaded package completely, then import it as one roster expert. */
export interface PackageIntake {
  open(uploadId: string): Promise<PackagePreview>;
  import(uploadId: string, expertId: string, replaceDemo: boolean): Promise<{ reviewId: string; alreadyImported: boolean }>;
}

function refusal(error: unknown): unknown {
  // The catalogue gives a conflict its own category; every other refusal is bad input.
  return error instanceof PackageRefused ? error.framed('packages.nothing-saved') : error;
}

/**
 * Package intake over the upload store. Every check of `openReviewPackage` runs before anything is
 * shown; a refused package is discarded with its reason. The last opened package is kept in memory
 * until it is imported, so the documents are not hashed twice.
 */
export function createPackageIntake(deps: { db: Database; store: BlobStore; uploads: UploadStore; localPublicKey: () => string | null }): PackageIntake {
  const { db, uploads } = deps;
  let last: { uploadId: string; opened: OpenedPackage } | null = null;

  const openUpload = async (uploadId: string): Promise<OpenedPackage> => {
    if (last?.uploadId === uploadId) return last.opened;
    const { path } = uploads.complete(uploadId);
    try {
      const opened = await openReviewPackage({ file: path, crypto: nodeCrypto });
      last = { uploadId, opened };
      return opened;
    } catch (error) {
      uploads.discard(uploadId);
      throw refusal(error);
    }
  };

  return {
    async open(uploadId) {
      const opened = await openUpload(uploadId);
      const { manifest } = opened;
      let place: PackagePlace;
      try {
        place = placeOf(db, opened);
      } catch (error) {
        last = null;
        uploads.discard(uploadId);
        throw error;
      }
      const local = deps.localPublicKey();
      return {
        uploadId,
        digest: opened.digest,
        review: { id: manifest.review.id, title: manifest.review.title },
        coordinator: { name: manifest.coordinator.name, fingerprint: opened.coordinatorFingerprint },
        experts: manifest.experts.map((e) => ({
          id: e.id,
          name: e.name,
          organisation: e.organisation,
          fingerprint: e.publicKey === undefined ? null : fingerprintOf(nodeCrypto, decodeBase64url(e.publicKey, PUBLIC_KEY_BYTES)),
          isThisComputer: e.publicKey !== undefined && e.publicKey === local,
        })),
        presetExpertId: manifest.presetExpertId,
        submissions: manifest.submissions.length,
        documents: opened.files.size,
        alreadyImported: place.alreadyImported,
        keptApart: place.keptApart,
        replacesDemo: place.replacesDemo,
        demoWork: place.demoWork,
      };
    },
    async import(uploadId, expertId, replaceDemo) {
      const opened = await openUpload(uploadId);
      const { manifest } = opened;
      const place = placeOf(db, opened);
      const reviewId = place.localReviewId;
      if (place.replacesDemo && !replaceDemo) {
        throw domainError('packages.replaces-demo', {});
      }
      let result: { reviewId: string; alreadyImported: boolean };
      try {
        result = db.transaction(() => {
          if (place.replacesDemo) removeDemoReview(db, reviewId);
          const imported = importReviewPackage(db, deps.store, opened, { expertId, localReviewId: reviewId });
          if (!imported.alreadyImported) {
            // Conflicts the coordinator already knows of are this expert's own from the start (回避, scoring locked).
            for (const c of manifest.conflicts.filter((c) => c.expertId === expertId)) setConflict(db, { reviewId, submissionId: c.submissionId }, c.reason.slice(0, 500) || '组织方登记的回避');
          }
          return { reviewId, alreadyImported: imported.alreadyImported };
        })();
      } catch (error) {
        throw refusal(error);
      }
      last = null;
      uploads.discard(uploadId);
      return result;
    },
  };
}
