import { z } from 'zod';
import { idSchema } from './id.ts';

const flaggedExpert = z.object({ expertId: idSchema, name: z.string() });

/** A flag's code and the numbers and names its sentence needs, so each screen language writes its own (docs/merge.md, Flags). */
export const flagParamsSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('too_few'), panel: z.number(), minimum: z.number() }),
  z.object({ kind: z.literal('divergence'), range: z.number(), stdDev: z.number(), maxRange: z.number(), maxStdDev: z.number(), outliers: z.array(flaggedExpert.extend({ distance: z.number() })) }),
  z.object({ kind: z.literal('deviation'), expert: flaggedExpert, total: z.number(), othersMean: z.number(), percent: z.number(), limitPercent: z.number() }),
  z.object({ kind: z.literal('veto'), experts: z.array(flaggedExpert.extend({ items: z.array(z.string()) })) }),
  z.object({ kind: z.literal('check_failed'), checkId: z.string(), title: z.string(), failed: z.number(), panel: z.number() }),
  z.object({ kind: z.literal('unrecused_conflict'), expert: flaggedExpert, institutions: z.array(z.string()) }),
  z.object({ kind: z.literal('formal_check_failed'), reasons: z.array(z.string()) }),
]);

/** A flag's code and parameters. */
export type FlagParams = z.infer<typeof flagParamsSchema>;
