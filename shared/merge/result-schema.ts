import { z } from 'zod';
import { publicKeySchema, sha256HexSchema, signatureSchema } from '../crypto/signature-schema.ts';
import { idSchema } from '../domain/id.ts';

/** The format tag of signed results this version writes and reads. */
export const RESULT_FORMAT = 'pingshen.result/1';

const text = (max: number) => z.string().max(max);
const figure = z.number().nullable();

/** One application in the signed result: its place, the figures by each rule, the decision and its reason. */
export const resultApplicationSchema = z.strictObject({
  submissionId: idSchema,
  applicant: text(500),
  rank: z.number().int().positive().nullable(),
  tied: z.boolean(),
  aggregates: z.strictObject({ mean: figure, trimmedMean: figure, median: figure }),
  decision: z.enum(['recommend', 'reserve', 'reject']),
  reason: text(1000),
});

const resultShape = {
  format: z.literal(RESULT_FORMAT),
  reviewId: idSchema,
  title: text(500),
  documentNumber: text(200),
  program: z.strictObject({ id: idSchema, version: z.number().int().positive() }),
  rule: z.enum(['mean', 'trimmed-mean', 'median']),
  /** Where the trimmed mean trimmed: written only for `criteria` (each item's highest and lowest); absent means the experts' totals. */
  trimOn: z.literal('criteria').optional(),
  createdAt: z.iso.datetime({ offset: true }),
  coordinator: z.strictObject({ name: text(200), publicKey: publicKeySchema }),
  /** The packages issued for the review, which the counted sheets name. */
  packageDigests: z.array(sha256HexSchema).max(1000),
  /** Every counted sheet: the decisions rest on exactly these. */
  sheets: z.array(z.strictObject({ expertId: idSchema, name: text(100), version: z.number().int().positive(), digest: sha256HexSchema, fingerprint: text(64) })).max(1000),
  categories: z.array(z.strictObject({ id: idSchema, name: text(200), quota: z.number().int().nonnegative(), applications: z.array(resultApplicationSchema).max(5000) })).max(500),
};

/** The committee's result before signing. */
export const unsignedResultSchema = z.strictObject(resultShape);

/** The signed result (`*.pingshen-result.json`, format pingshen.result/1), signed by the coordinator's key. */
export const signedResultSchema = z.strictObject({ ...resultShape, signature: signatureSchema });

/** The result before signing. */
export type UnsignedResult = z.infer<typeof unsignedResultSchema>;
/** The signed result. */
export type SignedResult = z.infer<typeof signedResultSchema>;
