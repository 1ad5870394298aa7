import { domainError } from '../../../shared/errors/domain-error.ts';
import type { Database } from 'better-sqlite3';
import { PACKAGE_FORMAT, packageManifestSchema, packagePathOf } from '../../../shared/packages/package-manifest.ts';
import type { PackageAssignment, PackageConflict, PackageExpert, PackageManifest } from '../../../shared/packages/package-manifest.ts';
import { listSubmissionDocuments } from '../documents/document-repository.ts';
import { getProgram } from '../programs/program-repository.ts';
import { applicationsLeftOut } from '../formal-check/formal-check-service.ts';
import { getReview } from '../reviews/review-repository.ts';
import { dottedPath, issueLine } from '../../../shared/text/message-slots.ts';

/** What a package is made of besides the database: who reviews what, known conflicts, who signs. */
export interface ManifestInput {
  readonly reviewId: string;
  readonly coordinator: { readonly name: string; readonly publicKey: string };
  readonly experts: readonly PackageExpert[];
  readonly assignments: readonly PackageAssignment[];
  readonly conflicts: readonly PackageConflict[];
  /** A per-expert package: only this expert, their assignments and conflicts, their submissions. */
  readonly forExpertId?: string | undefined;
  readonly createdAt: string;
}

// Built member by member, never with `undefined` values: canonical JSON refuses them, and an absent key is what the schema means.
function expertEntry(expert: PackageExpert): PackageExpert {
  const entry: PackageExpert = { id: expert.id, name: expert.name, organisation: expert.organisation };
  return expert.publicKey === undefined ? entry : { ...entry, publicKey: expert.publicKey };
}

/**
 * The manifest of a review's package, from the database: the review, its pinned program version,
 * fields, submissions and their documents. Throws (in Chinese) when the review, its program or a
 * referenced expert is missing, or the result breaks the manifest schema.
 */
export function assembleManifest(db: Database, input: ManifestInput): PackageManifest {
  const review = getReview(db, input.reviewId);
  if (!review) throw domainError('reviews.not-found', { reviewId: input.reviewId });
  const pin = db.prepare('SELECT program_id, program_version FROM reviews WHERE id = ?').get(input.reviewId) as
    { program_id: string | null; program_version: number | null };
  if (pin.program_id === null || pin.program_version === null) throw domainError('packages.no-program', { title: review.title });
  const program = getProgram(db, pin.program_id, pin.program_version)?.program;
  if (!program) throw domainError('packages.program-missing', { title: review.title, programId: pin.program_id, version: pin.program_version });

  const forExpert = input.forExpertId;
  if (forExpert !== undefined && !input.experts.some((e) => e.id === forExpert)) throw domainError('packages.expert-not-on-roster', { expertId: forExpert });
  const mine = <T extends { expertId: string }>(items: readonly T[]) => (forExpert === undefined ? [...items] : items.filter((i) => i.expertId === forExpert));
  // The formal check decides what experts see: a failed application (not overridden), or one concluded 不通过, stays out.
  const leftOut = applicationsLeftOut(db, review.id);
  const assignments = mine(input.assignments).map((a) => ({ expertId: a.expertId, submissionIds: a.submissionIds.filter((id) => !leftOut.has(id)) }));
  const included = forExpert === undefined ? null : new Set(assignments.flatMap((a) => a.submissionIds));

  const submissions = review.submissions
    .filter((s) => !leftOut.has(s.id) && (included === null || included.has(s.id)))
    .map((s) => ({
      ...s,
      documents: listSubmissionDocuments(db, review.id, s.id).map((d) => ({
        id: d.id,
        sha256: d.id,
        role: d.role,
        title: d.title,
        fileName: d.fileName,
        mediaType: d.mediaType,
        path: packagePathOf(d.id, d.mediaType),
        size: d.size,
        pages: d.pages,
      })),
    }));

  const manifest = {
    format: PACKAGE_FORMAT,
    review: { id: review.id, title: review.title, programTitle: review.programTitle, documentNumber: review.documentNumber, deadline: review.deadline },
    program,
    fields: review.fields,
    experts: input.experts.filter((e) => forExpert === undefined || e.id === forExpert).map(expertEntry),
    assignments,
    // A per-expert package lists only the conflicts on submissions it carries: the others are not in it to refer to.
    conflicts: mine(input.conflicts).filter((c) => !leftOut.has(c.submissionId) && (included === null || included.has(c.submissionId))).map((c) => ({ expertId: c.expertId, submissionId: c.submissionId, reason: c.reason })),
    submissions,
    coordinator: { name: input.coordinator.name, publicKey: input.coordinator.publicKey },
    presetExpertId: forExpert ?? null,
    createdAt: input.createdAt,
  };
  const parsed = packageManifestSchema.safeParse(manifest);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw domainError('packages.manifest-invalid', { issue: issueLine(dottedPath(issue?.path), issue?.message ?? '未知问题') });
  }
  return parsed.data;
}
