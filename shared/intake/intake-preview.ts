import { z } from 'zod';

const roleSchema = z.enum(['application', 'stamped', 'summary', 'summary-stamped', 'evidence', 'other']);

/** One file found in the drop, with what was learnt and guessed; nothing is stored in the review yet. */
export const previewFileSchema = z.object({
  /** Where it came from, relative to what was dropped (a zip entry as `<zip path>/<entry>`); the file's key in the preview. */
  sourcePath: z.string(),
  fileName: z.string(),
  sha256: z.string(),
  size: z.number().int().nonnegative(),
  kind: z.string(),
  readability: z.enum(['ok', 'encrypted', 'broken', 'empty', 'wrong-kind']),
  pageCount: z.number().int().nonnegative().nullable(),
  imageOnlyPages: z.number().int().nonnegative().nullable(),
  /** A PDF's first or last pages show a red seal (null: not a PDF, or nothing there could be looked at). */
  redSeal: z.boolean().nullable(),
  receivedAt: z.string(),
  receivedAtSource: z.enum(['file-time', 'zip-entry-time', 'set-by-hand']),
  role: roleSchema,
  roleReason: z.string(),
  /** The applications it goes to: one, or every application with a row in a 汇总表 of everything; [] while unassigned. */
  applicationKeys: z.array(z.string()),
  matchReason: z.string(),
});

/** One file of the preview. */
export type PreviewFile = z.infer<typeof previewFileSchema>;

/** One application the drop holds (one school's bid in one category). */
export const previewApplicationSchema = z.object({
  key: z.string(),
  applicant: z.string(),
  categoryId: z.string(),
  applicantType: z.string(),
  partners: z.array(z.string()),
  title: z.string(),
  /** The submission already in the review that this import supplements (补正), or null for a new one. */
  existingSubmissionId: z.string().nullable(),
  /** Its rows in the 汇总表 read, as `<sha256>#<sheet>!<row>`. */
  summaryRowKeys: z.array(z.string()),
});

/** One application of the preview. */
export type PreviewApplication = z.infer<typeof previewApplicationSchema>;

/** A question the import would otherwise answer silently; `proposed` is what is done unless the coordinator says otherwise. */
export const ambiguitySchema = z.object({
  kind: z.enum(['file-unassigned', 'file-several', 'name-guessed', 'category-unknown']),
  /** The file (source path) or application (key) it is about. */
  subject: z.string(),
  message: z.string(),
  proposed: z.string(),
});

/** An ambiguity of the preview. */
export type Ambiguity = z.infer<typeof ambiguitySchema>;

/** What the drop would import: shown before anything is committed. */
export const intakePreviewSchema = z.object({
  scanId: z.string(),
  applications: z.array(previewApplicationSchema),
  files: z.array(previewFileSchema),
  /** What could not be opened or was unsafe, with the reason; the rest is still offered. */
  refused: z.array(z.object({ path: z.string(), reason: z.string() })),
  ambiguities: z.array(ambiguitySchema),
});

/** The preview of a scan. */
export type IntakePreview = z.infer<typeof intakePreviewSchema>;

/** A change the coordinator makes to the preview before committing. */
export const intakeEditSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('set-role'), sourcePath: z.string().max(2000), role: roleSchema }).strict(),
  /** Moves a file to one application, or leaves it out of the import (null). */
  z.object({ kind: z.literal('move-file'), sourcePath: z.string().max(2000), applicationKey: z.string().max(300).nullable() }).strict(),
  z.object({ kind: z.literal('set-category'), applicationKey: z.string().max(300), categoryId: z.string().max(80) }).strict(),
]);

/** A change to the preview. */
export type IntakeEdit = z.infer<typeof intakeEditSchema>;
