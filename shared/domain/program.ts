import { z } from 'zod';
import { defaultFormalCheckRules, formalCheckRulesSchema } from './formal-check-rules.ts';
import { outcomeFloorSchema } from './outcome-floor.ts';
import { idSchema } from './id.ts';
import { rubricSchema } from './rubric.ts';

/** The program file format; a file of another major version is refused with a clear message. */
export const programFormat = 'pingshen.program/1';

/**
 * A category of applications: a field (领域) in the 2026 Anhui call, a project type (项目类型)
 * under an 工程 in the Wanjiang call. Each is scored with one of the program's rubrics.
 */
export const programCategorySchema = z.object({
  id: idSchema,
  name: z.string().min(1).max(100),
  /** The larger grouping where the call has one (e.g. 004's five 工程); empty otherwise. */
  group: z.string().max(100).default(''),
  leadInstitutions: z.array(z.string().min(1)),
  /** How many applications of this category may be recommended (推荐名额); 0 = not fixed by the call. */
  quota: z.number().int().nonnegative(),
  rubricId: idSchema,
});

/** A category (field or project type) of a program. */
export type ProgramCategory = z.infer<typeof programCategorySchema>;

/** A document every application must include. */
export const requiredMaterialSchema = z.object({
  id: idSchema,
  title: z.string().min(1),
  role: z.enum(['application', 'summary', 'evidence', 'other']),
  /** Accepted file kinds, e.g. ['pdf'] or ['xlsx']. */
  formats: z.array(z.enum(['pdf', 'xlsx', 'docx', 'zip'])).min(1),
  /** A stamped (盖章) PDF scan must accompany the electronic file. */
  stampedPdfRequired: z.boolean(),
  required: z.boolean(),
});

/** A document every application must include. */
export type RequiredMaterial = z.infer<typeof requiredMaterialSchema>;

/** A type of applicant the call admits (e.g. 高水平高职学校, 龙头企业). */
export const applicantTypeSchema = z.object({
  id: idSchema,
  label: z.string().min(1),
  description: z.string(),
});

/** A type of applicant the call admits. */
export type ApplicantType = z.infer<typeof applicantTypeSchema>;

/** How tied totals are ordered, tried in turn. */
export const tieBreakSchema = z.discriminatedUnion('kind', [
  /** Higher score in this section first. */
  z.object({ kind: z.literal('section'), sectionId: idSchema }),
  /** Higher median of the experts' totals first. */
  z.object({ kind: z.literal('median') }),
  /** Smaller spread (max − min) of the experts' totals first. */
  z.object({ kind: z.literal('spread') }),
  /** Left to the coordinator, who records a reason. */
  z.object({ kind: z.literal('coordinator') }),
]);

/** One step of the tie-break order. */
export type TieBreak = z.infer<typeof tieBreakSchema>;

/** How the experts' totals become one score per application, and when to flag it. */
export const aggregationSchema = z.object({
  rule: z.enum(['mean', 'trimmed-mean', 'median']),
  /** Trimmed mean: how many highest and how many lowest totals are dropped … */
  trimCount: z.number().int().nonnegative(),
  /** … when at least this many experts scored (fewer: plain mean). */
  trimMinimumPanel: z.number().int().positive(),
  /** Fewer scores than this flags the application (too few scores). */
  minimumPanel: z.number().int().positive(),
  /** Divergence flags, in points of the total: range (max − min) and population standard deviation. */
  divergence: z.object({ maxRange: z.number().positive(), maxStdDev: z.number().positive() }),
  tieBreak: z.array(tieBreakSchema),
});

/** Aggregation settings of a program. */
export type Aggregation = z.infer<typeof aggregationSchema>;

/** A review program (评审方案): what a call asks for and how its applications are scored. */
export const programSchema = z.object({
  format: z.literal(programFormat),
  id: idSchema,
  /** Raised each time a program in use is changed; reviews keep the version they started with. */
  version: z.number().int().positive(),
  title: z.string().min(1).max(200),
  /** The issuing bodies (发文单位). */
  issuer: z.string(),
  /** 文号, e.g. 皖教秘职成〔2026〕26号. */
  documentNumber: z.string(),
  /** ISO date of the application deadline, or '' where the call sets none. */
  deadline: z.union([z.literal(''), z.iso.date()]),
  /** What the call names its categories: 领域, 项目类型 … */
  categoryLabel: z.string().min(1).max(20),
  categories: z.array(programCategorySchema).min(1),
  requiredMaterials: z.array(requiredMaterialSchema),
  applicantTypes: z.array(applicantTypeSchema),
  outcomeFloors: z.array(outcomeFloorSchema),
  /** The formal check's rules (形式审查); a program file without them gets every rule on with its defaults. */
  formalCheck: formalCheckRulesSchema.default(defaultFormalCheckRules),
  aggregation: aggregationSchema,
  rubrics: z.array(rubricSchema).min(1),
  /** Where the content comes from (seed files, our proposals): shown in the library. */
  provenance: z.string(),
});

/** A review program (评审方案). */
export type Program = z.infer<typeof programSchema>;
