import { z } from 'zod';
import { idSchema } from './id.ts';

// The formal check's rules (issue 11 §3) as program data: which are on and with what parameters.
// The code of each rule lives in shared/formal-check/; a program only chooses and tunes them.

/** The stable ids of the formal-check rules; results, overrides and exports refer to them. */
export const formalCheckRuleIds = [
  'materials.missing',
  'materials.unreadable',
  'deadline.late',
  'eligibility.type',
  'applications.duplicate',
  'applications.multi-joint',
  'applications.lead-institution',
  'floors.below',
  'summary.mismatch',
  'stamp.unverified',
] as const;

/** A formal-check rule id. */
export type FormalCheckRuleId = (typeof formalCheckRuleIds)[number];

const plain = <Id extends FormalCheckRuleId>(id: Id) => z.object({ id: z.literal(id), enabled: z.boolean() }).strict();

/** One rule of a program's formal check: its id, whether it runs, and its parameters where it has any. */
export const formalCheckRuleSchema = z.discriminatedUnion('id', [
  plain('materials.missing'),
  plain('materials.unreadable'),
  plain('deadline.late'),
  z
    .object({
      id: z.literal('eligibility.type'),
      enabled: z.boolean(),
      /** The applicant-type ids that may lead an application; empty: every type of the program. */
      leadTypes: z.array(idSchema).default([]),
    })
    .strict(),
  plain('applications.duplicate'),
  plain('applications.multi-joint'),
  z
    .object({
      id: z.literal('applications.lead-institution'),
      enabled: z.boolean(),
      /** What an application led by its category's commissioned lead institution gets: `fail` where the call forbids it, `warn` where it is silent. */
      result: z.enum(['fail', 'warn']).default('warn'),
    })
    .strict(),
  plain('floors.below'),
  plain('summary.mismatch'),
  plain('stamp.unverified'),
]);

/** One rule of a program's formal check. */
export type FormalCheckRule = z.infer<typeof formalCheckRuleSchema>;

/** Every rule on, with its default parameters: what a program that says nothing about the formal check gets. */
export function defaultFormalCheckRules(): FormalCheckRule[] {
  return formalCheckRuleIds.map((id) => formalCheckRuleSchema.parse({ id, enabled: true }));
}

/** A program's formal-check rule set: each id at most once. */
export const formalCheckRulesSchema = z
  .array(formalCheckRuleSchema)
  .superRefine((rules, ctx) => {
    const seen = new Set<string>();
    rules.forEach((rule, index) => {
      if (seen.has(rule.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `形式审查规则重复：${rule.id}` });
      seen.add(rule.id);
    });
  });
