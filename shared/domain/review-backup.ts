import { z } from 'zod';
import { signatureSchema } from '../crypto/signature-schema.ts';
import { idSchema } from './id.ts';

/** The format of a whole-review backup's `backup.json` (a `.pingshen-review` zip holds it and `blobs/<sha256>`), signed by the exporting coordinator. */
export const reviewBackupFormat = 'pingshen.review-backup/2' as const;

/** The format of backups written before they were signed: still read, once the user accepts it unsigned. */
export const unsignedReviewBackupFormat = 'pingshen.review-backup/1' as const;

/** A SQLite value as JSON carries it: BLOBs (signed sheets' bytes) as `{ base64 }`. */
const cellSchema = z.union([z.string(), z.number(), z.null(), z.object({ base64: z.string() }).strict()]);

/** One table's rows: column names, then each row's values in that order. */
const tableRowsSchema = z.object({ columns: z.array(z.string().min(1).max(64)).min(1).max(100), rows: z.array(z.array(cellSchema)) }).strict();

/** A backup of one review: every row of it, the documents it uses, and the schema version they were read with. */
export const reviewBackupSchema = z
  .object({
    format: z.enum([reviewBackupFormat, unsignedReviewBackupFormat]),
    schemaVersion: z.number().int().positive(),
    reviewId: idSchema,
    title: z.string(),
    exportedAt: z.string(),
    /** Rows by table name: every table with a review_id column, plus documents and their texts. */
    tables: z.record(z.string().min(1).max(64), tableRowsSchema),
    /** The documents whose bytes are in `blobs/`. */
    documents: z.array(z.object({ id: z.string().regex(/^[0-9a-f]{64}$/u), size: z.number().int().nonnegative() }).strict()),
    /** Who exported it (format 2): the identity whose key signed it. */
    exportedBy: z.object({ name: z.string().max(200), organisation: z.string().max(200) }).strict().optional(),
    /** Ed25519 over the JCS without this member (format 2): it covers every row and, by their SHA-256, every document. */
    signature: signatureSchema.optional(),
  })
  .strict();

/** A backup of one review, as `backup.json` holds it. */
export type ReviewBackup = z.infer<typeof reviewBackupSchema>;

/** What a backup holds before it is signed: the review's rows and documents. */
export type ReviewBackupContents = Omit<ReviewBackup, 'format' | 'exportedBy' | 'signature'>;

/** A written backup, ready to save, and the fingerprint of the key that signed it (to compare on the other computer). */
export const reviewBackupOutputSchema = z.object({ id: z.string(), fileName: z.string(), size: z.number().int().nonnegative(), digest: z.string(), fingerprint: z.string() });

/** Who signed a backup, as checked: their name, organisation and key fingerprint, and whether the key is this profile's own. */
export const backupSignerSchema = z.object({ name: z.string(), organisation: z.string(), fingerprint: z.string(), own: z.boolean() });

/** Who signed a backup. */
export type BackupSigner = z.infer<typeof backupSignerSchema>;

/** A backup read and checked but not imported: what the user confirms before 导入 (the signer null for an unsigned, format 1, backup). */
export const reviewBackupPreviewSchema = z.object({
  fileName: z.string(),
  reviewId: idSchema,
  title: z.string(),
  exportedAt: z.string(),
  documents: z.number().int().nonnegative(),
  signer: backupSignerSchema.nullable(),
});

/** A backup read and checked but not imported. */
export type ReviewBackupPreview = z.infer<typeof reviewBackupPreviewSchema>;
