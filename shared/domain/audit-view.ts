import { z } from 'zod';
import { idSchema } from './id.ts';

/** A day as the committee reads it, YYYY-MM-DD (China Standard Time). */
const daySchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);

/** What the audit-log screen asks for: filters (all optional) and a page. */
export const auditQuerySchema = z
  .object({
    /** Rows about this review only (the row's subject). */
    reviewId: idSchema.nullable().optional(),
    /** The action's kind: the part before the dot (sheet, merge, intake, …). */
    kind: z.string().regex(/^[a-z-]{1,40}$/).nullable().optional(),
    /** Text anywhere in the row (an expert's name or id, a file, a fingerprint). */
    text: z.string().max(200).optional(),
    /** From the start of this day, to the end of that day, China Standard Time. */
    from: daySchema.nullable().optional(),
    to: daySchema.nullable().optional(),
    offset: z.number().int().nonnegative().max(10_000_000).default(0),
    limit: z.number().int().positive().max(500).default(100),
  })
  .strict();

/** The audit-log screen's query. */
export type AuditQuery = z.input<typeof auditQuerySchema>;

/** One audit row as shown: `detail` parsed (it is stored as the exact JSON that was hashed). */
export const auditEntrySchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  action: z.string(),
  subject: z.string(),
  detail: z.record(z.string(), z.unknown()),
  hash: z.string(),
});

/** One audit row as shown. */
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** A page of the audit log, newest first: the rows, how many match, and the kinds the whole log holds. */
export const auditPageSchema = z.object({
  entries: z.array(auditEntrySchema),
  total: z.number().int().nonnegative(),
  kinds: z.array(z.object({ kind: z.string(), count: z.number().int().nonnegative() })),
});

/** A page of the audit log. */
export type AuditPage = z.infer<typeof auditPageSchema>;

/** The chain checked over the whole log: whole, or where it first breaks. */
export const auditChainSchema = z.object({
  rows: z.number().int().nonnegative(),
  lastHash: z.string().nullable(),
  broken: z.object({ seq: z.number().int(), reason: z.enum(['edited', 'link', 'order']), message: z.string() }).nullable(),
});

/** The chain checked over the whole log. */
export type AuditChain = z.infer<typeof auditChainSchema>;

/** An action's kind, the part before its first dot (sheet.received → sheet). */
export function auditKindOf(action: string): string {
  const dot = action.indexOf('.');
  return dot === -1 ? action : action.slice(0, dot);
}

/** The UTC instants a CST day range covers, as ISO text comparable with the log's `at`: [from, to). */
export function auditTimeBounds(from: string | null | undefined, to: string | null | undefined): { readonly from: string | null; readonly to: string | null } {
  const start = (day: string) => new Date(`${day}T00:00:00+08:00`);
  const bound = (date: Date) => (Number.isNaN(date.getTime()) ? null : date.toISOString());
  const end = to ? start(to) : null;
  if (end) end.setUTCDate(end.getUTCDate() + 1);
  return { from: from ? bound(start(from)) : null, to: end ? bound(end) : null };
}
