import { z } from 'zod';
import { idSchema } from './id.ts';

/** A program as the library lists it (latest version). */
export const programSummarySchema = z.object({
  id: idSchema,
  version: z.number().int().positive(),
  title: z.string(),
  documentNumber: z.string(),
  issuer: z.string(),
  categoryLabel: z.string(),
  categoryCount: z.number().int().nonnegative(),
  rubricCount: z.number().int().nonnegative(),
  /** Shipped template: read-only, duplicate to edit. */
  builtIn: z.boolean(),
  /** A review pins this version: saving makes the next version. */
  inUse: z.boolean(),
  updatedAt: z.string(),
});

/** A program as the library lists it. */
export type ProgramSummary = z.infer<typeof programSummarySchema>;
