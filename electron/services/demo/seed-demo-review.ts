import type { Database } from 'better-sqlite3';
import { appendAudit } from '../db/audit-log.ts';
import type { BlobStore } from '../documents/blob-store.ts';
import { addDocument, linkDocument } from '../documents/document-repository.ts';
import { getReview, insertReview, recordStandInDigest, setOrganisation, standInDigestOf } from '../reviews/review-repository.ts';
import { demoPackageDigest } from './demo-digest.ts';
import { loadDemoReview } from './load-demo-review.ts';
import { countPdfPages } from '../pdf-read/count-pdf-pages.ts';
import { renderDemoFiles } from './write-demo-files.ts';

/** The shipped program template the demo review is scored with. */
export const demoProgramId = 'anhui-2026-high-skill-clusters';

/**
 * Adds the built-in demo review to a profile that does not have it yet, with each application's
 * 申报书 and 佐证材料 PDFs in the document store; returns true if added. The PDFs are rendered
 * before the transaction, and the records go in all together or not at all. The demo's stand-in
 * digest is recorded with it, so its sheets are signed like any review's.
 */
export async function seedDemoReview(db: Database, store: BlobStore, resourcesDir?: string): Promise<boolean> {
  const demo = loadDemoReview(resourcesDir);
  const held = getReview(db, demo.review.id);
  if (held) {
    // A demo seeded before migration 14 gets its stand-in now; a package that replaced the demo keeps none.
    if (held.isDemo && standInDigestOf(db, held.id) === null) recordStandInDigest(db, held.id, demoPackageDigest(resourcesDir));
    // A demo seeded before migration 23 names its organisation now.
    if (held.isDemo && held.organisation === '') setOrganisation(db, held.id, demo.review.organisation);
    return false;
  }
  const rendered = (await renderDemoFiles(resourcesDir ? { resourcesDir } : {})).filter((f) => f.submissionId !== undefined);
  const files = await Promise.all(rendered.map(async (f) => ({ ...f, pages: await countPdfPages(f.data) })));
  // The demo is scored with the shipped Anhui template, pinning the version installed now.
  const program = db.prepare('SELECT id, max(version) AS version FROM programs WHERE id = ?').get(demoProgramId) as
    | { id: string | null; version: number | null }
    | undefined;
  db.transaction(() => {
    insertReview(db, {
      ...demo.review,
      isDemo: true,
      createdAt: new Date().toISOString(),
      // The demo comes with its packages and sheets: it shows expert review and the merge.
      stage: 'expert-review',
      ...(program?.id && program.version ? { program: { id: program.id, version: program.version } } : {}),
    });
    recordStandInDigest(db, demo.review.id, demoPackageDigest(resourcesDir));
    const setFigures = db.prepare('UPDATE submissions SET figures = ? WHERE review_id = ? AND id = ?');
    for (const application of demo.applications) setFigures.run(JSON.stringify(application.figures), demo.review.id, application.submissionId);
    for (const file of files) {
      const documentId = addDocument(db, store, { bytes: file.data, mediaType: 'application/pdf', pages: file.pages });
      linkDocument(db, {
        reviewId: demo.review.id,
        submissionId: file.submissionId as string,
        documentId,
        role: file.role ?? 'other',
        title: file.title ?? file.path,
        fileName: file.path.split('/').at(-1) ?? file.path,
      });
    }
    appendAudit(db, 'review.demo-seeded', demo.review.id, { submissions: demo.review.submissions.length, documents: files.length });
  })();
  return true;
}
