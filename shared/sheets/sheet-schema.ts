import { z } from 'zod';
import { idMaxLength, idPattern, idSchema } from '../domain/id.ts';
import { publicKeySchema, sha256HexSchema, signatureSchema } from '../crypto/signature-schema.ts';

/** The format tag of score sheets this version reads and writes. */
export const SHEET_FORMAT = 'pingshen.sheet/1';

// Bounds: far above any real call (a field has tens of applications, a rubric tens of criteria),
// low enough that a hostile file cannot make the verifier or the merge do unbounded work.
const text = (max: number) => z.string().max(max);
const POINTS_MAX = 1e6;
const COMMENT_MAX = 5000;
const points = z.number().min(0).max(POINTS_MAX);

/** A page of a document cited as evidence for a score, optionally with the quoted text. */
export const evidenceSchema = z.strictObject({
  documentId: z.string().min(1).max(200),
  page: z.number().int().min(1).max(100_000),
  quote: text(2000).optional(),
});

/** One criterion's score, comment and evidence. */
export const criterionScoreSchema = z.strictObject({
  criterionId: idSchema,
  score: points,
  comment: text(COMMENT_MAX),
  evidence: z.array(evidenceSchema).max(100),
});

/** One criterion's score line. */
export type CriterionScore = z.infer<typeof criterionScoreSchema>;

/**
 * A score line without evidence, checked by hand: true only for what criterionScoreSchema accepts
 * (property-tested against it), so it may stand in for the schema on the common case. A merge
 * reads hundreds of thousands of these lines, and zod's general machinery is most of its cost.
 */
export function isPlainCriterionScore(value: unknown): value is CriterionScore {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return false;
  const line = value as Record<string, unknown>;
  if (Object.keys(line).length !== 4) return false;
  const { criterionId, score, comment, evidence } = line;
  return (
    typeof criterionId === 'string' && criterionId.length <= idMaxLength && idPattern.test(criterionId)
    && typeof score === 'number' && Number.isFinite(score) && score >= 0 && score <= POINTS_MAX
    && typeof comment === 'string' && comment.length <= COMMENT_MAX
    && Array.isArray(evidence) && evidence.length === 0
  );
}

/** criterionScoreSchema, the plain line decided by hand: it accepts exactly what that schema accepts (a refusal is explained by the schema itself). */
const fastCriterionScoreSchema = z.custom<CriterionScore>((value) => isPlainCriterionScore(value) || criterionScoreSchema.safeParse(value).success);

// The English of each kind of item a sheet lists, for a refusal on an English screen (params.en).
const itemsEn: Readonly<Record<string, string>> = { 评分项: 'criterion', 达标项: 'check', 否决项: 'veto item', 申报: 'application', 回避申报: 'recused application', 修改理由: 'change reason' };

/** A custom issue in both languages: the Chinese message, its English twin in `params.en` (see englishMessage). */
function issueOf(path: (string | number)[], message: string, en: string) {
  return { code: 'custom' as const, path, message, params: { en } };
}

function unique<T>(items: readonly T[], key: (item: T) => string, what: string, ctx: z.core.$RefinementCtx, path: string): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const id = key(item);
    if (seen.has(id)) ctx.addIssue(issueOf([path, index], `${what}「${id}」重复出现`, `${itemsEn[what] ?? 'item'} 「${id}」 appears more than once`));
    seen.add(id);
  });
}

/** One application as the expert scored it, its score lines checked by `line`. */
function submissionScoresOf(line: z.ZodType<CriterionScore>) {
  return z
    .strictObject({
      submissionId: idSchema,
      rubricId: idSchema,
      scores: z.array(line).max(500),
      checks: z.array(z.strictObject({ checkId: idSchema, result: z.enum(['met', 'not-met']) })).max(200),
      vetoes: z.array(idSchema).max(200),
      total: points,
      overallComment: text(10_000),
    })
    .superRefine((submission, ctx) => {
      unique(submission.scores, (s) => s.criterionId, '评分项', ctx, 'scores');
      unique(submission.checks, (c) => c.checkId, '达标项', ctx, 'checks');
      unique(submission.vetoes, (v) => v, '否决项', ctx, 'vetoes');
    });
}

/** One application as the expert scored it. */
export const submissionScoresSchema = submissionScoresOf(criterionScoreSchema);

/**
 * Why one score of version N ≥ 2 differs from version N−1 (分差复议), or why an unchanged score
 * stands (`from` equal to the score: confirmed). `from` is N−1's score, null when N−1 did not score
 * it (the submission was recused there). Added within pingshen.sheet/1: see docs/trust.md.
 */
export const revisionSchema = z.strictObject({
  submissionId: idSchema,
  criterionId: idSchema,
  from: points.nullable(),
  reason: text(2000).refine((r) => r.trim() !== '', { message: '修改理由不能为空', params: { en: 'the change reason must not be empty' } }),
});

/** The members of a sheet, its applications checked by `submission`. */
const sheetShapeOf = <S extends z.ZodType>(submission: S) => ({
  format: z.literal(SHEET_FORMAT),
  reviewId: idSchema,
  packageDigest: sha256HexSchema,
  expert: z.strictObject({ id: idSchema, name: z.string().min(1).max(100), organisation: text(200), publicKey: publicKeySchema }),
  version: z.number().int().min(1).max(100_000),
  /** Digest of the signed version N−1 (see sheetDigest); null for version 1. */
  supersedes: sha256HexSchema.nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  conflicts: z.array(z.strictObject({ submissionId: idSchema, reason: text(1000) })).max(1000),
  submissions: z.array(submission).max(2000),
  /** Optional, version ≥ 2 only: present means every score changed since N−1 is listed with its reason. */
  revisions: z.array(revisionSchema).max(100_000).optional(),
});

const sheetShape = sheetShapeOf(submissionScoresSchema);

type SheetBody = {
  version: number;
  supersedes: string | null;
  conflicts: { submissionId: string }[];
  submissions: { submissionId: string; scores: { criterionId: string }[] }[];
  revisions?: { submissionId: string; criterionId: string }[] | undefined;
};

// A revision names a score this sheet gives, once; version 1 revises nothing.
function refineRevisions(sheet: SheetBody, ctx: z.core.$RefinementCtx): void {
  if (sheet.revisions === undefined) return;
  if (sheet.version === 1) {
    ctx.addIssue(issueOf(['revisions'], '第 1 版没有可修改的前一版本，不能带修改理由', 'version 1 has no earlier version to change, so it cannot carry change reasons'));
    return;
  }
  const scored = new Set(sheet.submissions.flatMap((s) => s.scores.map((c) => JSON.stringify([s.submissionId, c.criterionId]))));
  unique(sheet.revisions, (r) => `${r.submissionId}/${r.criterionId}`, '修改理由', ctx, 'revisions');
  sheet.revisions.forEach((r, index) => {
    if (!scored.has(JSON.stringify([r.submissionId, r.criterionId]))) {
      ctx.addIssue(issueOf(['revisions', index], `修改理由所指的申报「${r.submissionId}」评分项「${r.criterionId}」不在本评分表中`, `the change reason names criterion 「${r.criterionId}」 of application 「${r.submissionId}」, which this sheet does not score`));
    }
  });
}

// Rules across members, shared by the signed and unsigned schemas.
function refineSheet(sheet: SheetBody, ctx: z.core.$RefinementCtx): void {
  if ((sheet.version === 1) !== (sheet.supersedes === null)) {
    const [message, en] = sheet.version === 1 ? ['第 1 版不能取代其他版本（应为 null）', 'version 1 cannot replace another version (it must be null)'] : ['第 2 版起须写明所取代版本的摘要', 'from version 2 on, the digest of the version replaced is required'];
    ctx.addIssue(issueOf(['supersedes'], message, en));
  }
  unique(sheet.submissions, (s) => s.submissionId, '申报', ctx, 'submissions');
  unique(sheet.conflicts, (c) => c.submissionId, '回避申报', ctx, 'conflicts');
  const recused = new Set(sheet.conflicts.map((c) => c.submissionId));
  sheet.submissions.forEach((s, index) => {
    if (recused.has(s.submissionId)) ctx.addIssue(issueOf(['submissions', index, 'submissionId'], `已声明回避的申报「${s.submissionId}」不能评分`, `application 「${s.submissionId}」 was declared recused and cannot be scored`));
  });
  refineRevisions(sheet, ctx);
}

/** A score sheet before signing: everything but `signature`. */
export const unsignedScoreSheetSchema = z.strictObject(sheetShape).superRefine(refineSheet);

/** A signed score sheet, `*.pingshen-sheet.json` (format pingshen.sheet/1). */
export const scoreSheetSchema = z.strictObject({ ...sheetShape, signature: signatureSchema }).superRefine(refineSheet);

/**
 * scoreSheetSchema with its plain score lines checked by hand: it accepts exactly the same sheets,
 * several times faster on a large one; for why a sheet is refused, ask scoreSheetSchema.
 */
export const fastScoreSheetSchema = z.strictObject({ ...sheetShapeOf(submissionScoresOf(fastCriterionScoreSchema)), signature: signatureSchema }).superRefine(refineSheet);

/** A score sheet before signing. */
export type UnsignedScoreSheet = z.infer<typeof unsignedScoreSheetSchema>;
/** A signed score sheet. */
export type ScoreSheet = z.infer<typeof scoreSheetSchema>;
/** One score's reason for its change since the previous version (or for keeping it). */
export type SheetRevision = z.infer<typeof revisionSchema>;
/** One application as the expert scored it. */
export type SubmissionScores = z.infer<typeof submissionScoresSchema>;
