import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeUnsignedSheet } from '../../../shared/sheets/compose-sheet.ts';
import { openDatabase } from '../db/open-database.ts';
import { BlobStore } from '../documents/blob-store.ts';
import { listSubmissionDocuments } from '../documents/document-repository.ts';
import { writeFileAtomic } from '../fs/write-file-atomic.ts';
import { buildReviewPackage } from '../packages/build-package.ts';
import { installProgramTemplates } from '../programs/install-templates.ts';
import { getReview } from '../reviews/review-repository.ts';
import { programForReview, rubricForField } from '../scoring/review-program.ts';
import { signSheet } from '../sheets/sign-sheet.ts';
import { roundPoints } from '../../../shared/scoring/decimal.ts';
import { demoCoordinatorName, demoExperts, demoKey, demoPanelRoles, demoScoring, type DemoKey } from './demo-experts.ts';
import { seedDemoReview } from './seed-demo-review.ts';

/** A trust file the demo wrote, relative to the output folder. */
export interface DemoTrustFile {
  readonly path: string;
  readonly bytes: number;
  readonly digest: string;
}

// Fixed times: with the same PDFs, the package and the sheets come out byte for byte the same.
const packageTime = new Date('2026-06-01T08:00:00.000Z');
const sheetTime = '2026-06-02T10:00:00.000Z';
const amendTime = '2026-06-02T15:30:00.000Z';

/**
 * Writes `demo.pingshen-pkg` (the demo review, signed with the demo coordinator key) and the signed
 * score sheets of the seven demo experts (one recused, one divergent, one amended to version 2),
 * scored deterministically and naming the package's digest. The keys
 * come from fixed public seeds (demoKey): the files show the formats and verification, not trust.
 */
export async function writeDemoTrustFiles(outDir: string, options: { resourcesDir?: string } = {}): Promise<DemoTrustFile[]> {
  const profile = mkdtempSync(join(tmpdir(), 'pingshen-demo-'));
  const db = openDatabase(profile);
  try {
    const store = new BlobStore(profile);
    installProgramTemplates(db, options.resourcesDir);
    await seedDemoReview(db, store, options.resourcesDir);
    const review = getReview(db, 'demo-2026-anhui');
    if (!review) throw new Error('演示评审未能载入');
    const last = review.submissions.at(-1)?.id ?? '';
    const first = review.submissions[0]?.id ?? '';
    const recused = { expertId: demoPanelRoles.recusing, submissionId: last, reason: '（演示）本人所在单位为该项目的合作单位' };
    const coordinator = demoKey('coordinator');
    const keys = new Map(demoExperts.map((e) => [e.id, demoKey(e.id)] as const));
    const built = await buildReviewPackage({
      db,
      store,
      reviewId: review.id,
      coordinator: { name: demoCoordinatorName, publicKeyRaw: coordinator.publicKeyRaw, privateKeyPkcs8: coordinator.privateKeyPkcs8 },
      experts: demoExperts.map((e) => ({ ...e, publicKey: (keys.get(e.id) as DemoKey).publicKey })),
      assignments: demoExperts.map((e) => ({ expertId: e.id, submissionIds: review.submissions.map((s) => s.id).filter((id) => e.id !== recused.expertId || id !== last) })),
      conflicts: [recused],
      outFile: join(outDir, 'demo.pingshen-pkg'),
      now: packageTime,
    });
    const files: DemoTrustFile[] = [{ path: 'demo.pingshen-pkg', bytes: built.size, digest: built.digest }];
    const program = programForReview(db, review.id);
    for (const expert of demoExperts) {
      const key = keys.get(expert.id) as DemoKey;
      const submissions = review.submissions.map((s) => {
        const rubric = rubricForField(program, s.fieldId);
        const application = listSubmissionDocuments(db, review.id, s.id).find((d) => d.role === 'application')?.id ?? null;
        const scoring = demoScoring(expert.id, review.id, s.id, rubric, application);
        const conflict = expert.id === recused.expertId && s.id === recused.submissionId ? { reason: recused.reason, declaredAt: sheetTime } : null;
        // The divergent expert scores the first application at about 30 % of every maximum.
        const harsh = expert.id === demoPanelRoles.divergent && s.id === first;
        const scores = harsh ? Object.fromEntries(rubric.sections.flatMap((x) => x.criteria).map((c) => [c.id, roundPoints(Math.round((c.maxPoints * 0.3) / c.step) * c.step)])) : scoring.entry.scores;
        return { rubric, scoring: { ...scoring, entry: { ...scoring.entry, scores }, conflict } };
      });
      const sign = (version: number, supersedes: string | null, items: typeof submissions, createdAt: string) => {
        const unsigned = composeUnsignedSheet({ reviewId: review.id, packageDigest: built.digest, expert: { ...expert, publicKey: key.publicKey }, version, supersedes, createdAt, submissions: items });
        const signed = signSheet(unsigned, key.privateKeyPkcs8, key.publicKeyRaw);
        writeFileAtomic(join(outDir, signed.fileName), signed.bytes);
        files.push({ path: signed.fileName, bytes: signed.bytes.length, digest: signed.digest });
        return signed;
      };
      const v1 = sign(1, null, submissions, sheetTime);
      if (expert.id === demoPanelRoles.amending) {
        // Version 2 lowers the first criterion of the first application by two steps: it supersedes version 1.
        const amended = submissions.map((item, i) => {
          const criterion = item.rubric.sections[0]?.criteria[0];
          if (i !== 0 || !criterion) return item;
          const lowered = Math.max(0, (item.scoring.entry.scores[criterion.id] ?? 0) - 2 * criterion.step);
          return { ...item, scoring: { ...item.scoring, entry: { ...item.scoring.entry, scores: { ...item.scoring.entry.scores, [criterion.id]: roundPoints(lowered) } } } };
        });
        sign(2, v1.digest, amended, amendTime);
      }
    }
    return files;
  } finally {
    db.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
