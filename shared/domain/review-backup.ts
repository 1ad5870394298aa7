import { z } from 'zod';
import { idSchema } from './id.ts';

/** The format of a whole-review backup's `backup.json` (a `.pingshen-review` zip holds it and `blobs/<sha256>`). */
export const reviewBackupFormat = 'pingshen.review-backup/1' as const;

/** A SQLite value as JSON carries it: BLOBs (signed sheets' bytes) as `{ base64 }`. */
const cellSchema = z.union([z.string(), z.number(), z.null(), z.object({ base64: z.string() }).strict()]);

/** One table's rows: column names, then each row's values in that order. */
const tableRowsSchema = z.object({ columns: z.array(z.string().min(1).max(64)).min(1).max(100), rows: z.array(z.array(cellSchema)) }).strict();

/** A backup of one review: every row of it, the documents it uses, and the schema version they were read with. */
export const reviewBackupSchema = z
  .object({
    format: z.literal(reviewBackupFormat),
    schemaVersion: z.number().int().positive(),
    reviewId: idSchema,
    title: z.string(),
    exportedAt: z.string(),
    /** Rows by table name: every table with a review_id column, plus documents and their texts. */
    tables: z.record(z.string().min(1).max(64), tableRowsSchema),
    /** The documents whose bytes are in `blobs/`. */
    documents: z.array(z.object({ id: z.string().regex(/^[0-9a-f]{64}$/u), size: z.number().int().nonnegative() }).strict()),
  })
  .strict();

/** A backup of one review, as `backup.json` holds it. */
export type ReviewBackup = z.infer<typeof reviewBackupSchema>;

/** A written backup, ready to save. */
export const reviewBackupOutputSchema = z.object({ id: z.string(), fileName: z.string(), size: z.number().int().nonnegative(), digest: z.string() });
