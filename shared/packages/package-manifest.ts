import { z } from 'zod';
import { submissionDocumentSchema } from '../domain/document.ts';
import { programSchema } from '../domain/program.ts';
import { idSchema } from '../domain/id.ts';
import { reviewFieldSchema, submissionSummarySchema } from '../domain/review.ts';
import type { CryptoPort } from '../crypto/crypto-port.ts';
import { publicKeySchema, sha256HexSchema } from '../crypto/signature-schema.ts';
import { canonicalDigest } from '../crypto/signing-input.ts';

/** The review package format this version reads and writes. */
export const PACKAGE_FORMAT = 'pingshen.package/1';
/** The manifest's name in a package: its bytes are the JCS of the manifest. */
export const MANIFEST_FILE = 'manifest.json';
/** The detached signature's name: `{ algorithm: 'Ed25519', publicKey, value }` over the manifest's JCS bytes. */
export const MANIFEST_SIGNATURE_FILE = 'manifest.sig';

const text = (max: number) => z.string().max(max);

const extensions: Readonly<Record<string, string>> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
};

/** Where a document lives inside a package: named by its digest only, never by a name an applicant chose. */
export function packagePathOf(sha256: string, mediaType: string): string {
  return `files/${sha256}.${extensions[mediaType] ?? 'bin'}`;
}

/** One document of a submission as the package lists it; `id` is its SHA-256, as everywhere in the app. */
export const packageDocumentSchema = z
  .object({
    id: sha256HexSchema,
    sha256: sha256HexSchema,
    role: submissionDocumentSchema.shape.role,
    title: text(500),
    /** The file's original name, shown to the expert; never used as a path. */
    fileName: text(500),
    mediaType: text(200),
    path: text(100),
    size: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
    pages: z.number().int().nonnegative().nullable(),
  })
  .superRefine((doc, ctx) => {
    if (doc.id !== doc.sha256) ctx.addIssue({ code: 'custom', path: ['id'], message: '文档编号应等于其 SHA-256' });
    const expected = packagePathOf(doc.sha256, doc.mediaType);
    if (doc.path !== expected) ctx.addIssue({ code: 'custom', path: ['path'], message: `文档路径应为 ${expected}` });
  });

/** A submission with its documents. */
export const packageSubmissionSchema = submissionSummarySchema.extend({ documents: z.array(packageDocumentSchema).max(1000) });

/** An expert on the roster; the public key is known once the expert has enrolled. */
export const packageExpertSchema = z.object({
  id: idSchema,
  name: z.string().min(1).max(100),
  organisation: text(200),
  publicKey: publicKeySchema.optional(),
});

/** A roster entry. */
export type PackageExpert = z.infer<typeof packageExpertSchema>;
/** Which submissions one expert scores. */
export const packageAssignmentSchema = z.object({ expertId: idSchema, submissionIds: z.array(idSchema).max(5000) });
/** Which submissions one expert scores. */
export type PackageAssignment = z.infer<typeof packageAssignmentSchema>;
/** A conflict of interest (回避) the coordinator knows of. */
export const packageConflictSchema = z.object({ expertId: idSchema, submissionId: idSchema, reason: text(1000) });
/** A conflict of interest (回避) the coordinator knows of. */
export type PackageConflict = z.infer<typeof packageConflictSchema>;

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(values.filter((v) => (seen.has(v) ? true : (seen.add(v), false))))];
}

/**
 * `manifest.json` of a review package (`pingshen.package/1`): everything an expert needs, offline,
 * with no other file: the review, the full pinned program (rubrics, floors, aggregation), the
 * fields with their quotas (`fields[].quota`), the roster, assignments, known conflicts, and each
 * submission's documents with size and SHA-256. Members are checked against each other.
 */
export const packageManifestSchema = z
  .object({
    format: z.literal(PACKAGE_FORMAT),
    review: z.object({ id: idSchema, title: z.string().min(1).max(300), programTitle: text(300), documentNumber: text(200), deadline: text(40) }),
    program: programSchema,
    fields: z.array(reviewFieldSchema).min(1).max(500),
    experts: z.array(packageExpertSchema).max(1000),
    assignments: z.array(packageAssignmentSchema).max(1000),
    conflicts: z.array(packageConflictSchema).max(100_000),
    submissions: z.array(packageSubmissionSchema).max(5000),
    coordinator: z.object({ name: z.string().min(1).max(100), publicKey: publicKeySchema }),
    /** The expert a per-expert package was made for; null for the full package. */
    presetExpertId: idSchema.nullable(),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .superRefine((m, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    for (const id of duplicates(m.fields.map((f) => f.id))) issue(['fields'], `领域「${id}」重复出现`);
    for (const id of duplicates(m.submissions.map((s) => s.id))) issue(['submissions'], `申报「${id}」重复出现`);
    for (const id of duplicates(m.experts.map((e) => e.id))) issue(['experts'], `专家「${id}」重复出现`);
    for (const id of duplicates(m.assignments.map((a) => a.expertId))) issue(['assignments'], `专家「${id}」的分配重复出现`);
    const fields = new Set(m.fields.map((f) => f.id));
    const submissions = new Set(m.submissions.map((s) => s.id));
    const experts = new Set(m.experts.map((e) => e.id));
    const sizes = new Map<string, number>();
    m.submissions.forEach((s, i) => {
      if (!fields.has(s.fieldId)) issue(['submissions', i, 'fieldId'], `申报「${s.id}」的领域「${s.fieldId}」不存在`);
      for (const id of duplicates(s.documents.map((d) => d.id))) issue(['submissions', i, 'documents'], `申报「${s.id}」中的文档「${id}」重复出现`);
      s.documents.forEach((d, j) => {
        if ((sizes.get(d.sha256) ?? d.size) !== d.size) issue(['submissions', i, 'documents', j, 'size'], `同一文档「${d.sha256}」的大小前后不一致`);
        sizes.set(d.sha256, d.size);
      });
    });
    m.assignments.forEach((a, i) => {
      if (!experts.has(a.expertId)) issue(['assignments', i, 'expertId'], `分配中的专家「${a.expertId}」不在专家名单中`);
      for (const id of a.submissionIds.filter((s) => !submissions.has(s))) issue(['assignments', i], `分配中的申报「${id}」不在包中`);
    });
    m.conflicts.forEach((c, i) => {
      if (!experts.has(c.expertId)) issue(['conflicts', i, 'expertId'], `回避中的专家「${c.expertId}」不在专家名单中`);
      if (!submissions.has(c.submissionId)) issue(['conflicts', i, 'submissionId'], `回避中的申报「${c.submissionId}」不在包中`);
    });
    if (m.presetExpertId !== null && !experts.has(m.presetExpertId)) issue(['presetExpertId'], `专家「${m.presetExpertId}」不在专家名单中`);
  });

/** The manifest of a review package. */
export type PackageManifest = z.infer<typeof packageManifestSchema>;
/** A document as the package lists it. */
export type PackageDocument = z.infer<typeof packageDocumentSchema>;

/** The format tag of a parsed manifest, for the version check that precedes the schema: null when there is none. */
export function manifestFormatOf(value: unknown): string | null {
  const format = typeof value === 'object' && value !== null ? (value as { format?: unknown }).format : undefined;
  return typeof format === 'string' ? format : null;
}

/**
 * A package's identity, which score sheets carry (`packageDigest`): SHA-256 (lowercase hex) of the JCS
 * bytes of the manifest, i.e. of the exact bytes `manifest.sig` signs. It covers every document
 * through the SHA-256 the manifest lists for it; the signature itself is outside it.
 */
export function packageDigest(crypto: CryptoPort, manifest: unknown): string {
  return canonicalDigest(crypto, manifest);
}
