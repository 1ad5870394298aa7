import type { Aggregation } from '../domain/program.ts';
import type { Rubric } from '../domain/rubric.ts';
import { aggregateApplication, ruleFigure, type ApplicationAggregate, type MergeSettings } from './aggregate-application.ts';
import { exactOf, figureOf } from './exact.ts';
import type { MergedCategory } from './merge-review.ts';
import { rankCategory, type RankedApplication } from './rank-category.ts';
import { normalisedScores } from './sensitivity-normalised.ts';

/** A rule the recommended set is compared under: the review's three, and the normalised view. */
export type SensitivityRule = Aggregation['rule'] | 'normalised';

/** How a recommended set differs from the review's: who would come in, who would drop out, who would tie at the quota line. */
export interface SetChange {
  readonly changed: boolean;
  readonly entering: readonly string[];
  readonly leaving: readonly string[];
  readonly tied: readonly string[];
}

/** An application within one expert's influence of the cut line: its distance from the line is no more than one expert moves it. */
export interface NearCut {
  readonly submissionId: string;
  readonly figure: number;
  /** Points from the cut line (the first application outside it for one inside, the last inside for one outside). */
  readonly distance: number;
  /** The most its figure moves when any one expert is left out, and that expert. */
  readonly swing: number;
  readonly expertId: string;
  readonly name: string;
}

/** Whether a category's recommended set is robust: under every other rule, leaving any one expert out, and near the cut line. */
export interface CategorySensitivity {
  readonly categoryId: string;
  readonly recommended: readonly string[];
  readonly rules: readonly (SetChange & { readonly rule: SensitivityRule })[];
  readonly leaveOneOut: readonly (SetChange & { readonly expertId: string; readonly name: string })[];
  readonly nearCut: readonly NearCut[];
  /** The rule's figure of the last application within the quota; null when the quota takes every one. */
  readonly cutLine: number | null;
  /** The normalised score of each application (sensitivity only, never ranks). */
  readonly normalised: readonly { readonly submissionId: string; readonly value: number | null }[];
  readonly robust: boolean;
}

type Entry = { readonly submissionId: string; readonly aggregate: ApplicationAggregate };

const ids = (ranking: readonly RankedApplication[], standing: RankedApplication['standing']) => ranking.filter((r) => r.standing === standing).map((r) => r.submissionId);

function changeOf(base: readonly RankedApplication[], other: readonly RankedApplication[]): SetChange {
  const [inBase, inOther] = [new Set(ids(base, 'within-quota')), new Set(ids(other, 'within-quota'))];
  const tied = ids(other, 'tie-at-quota-line');
  const entering = [...inOther].filter((id) => !inBase.has(id));
  const leaving = [...inBase].filter((id) => !inOther.has(id));
  const tiedBefore = ids(base, 'tie-at-quota-line');
  const changed = entering.length > 0 || leaving.length > 0 || tied.length !== tiedBefore.length || tied.some((id) => !tiedBefore.includes(id));
  return { changed, entering, leaving, tied };
}

// Published figures are 2-decimal numbers: their difference is taken exactly.
const minus = (a: number, b: number) => figureOf(exactOf(a).minus(exactOf(b))).value;

/**
 * The sensitivity report of one merged category: would the recommended set (within the quota)
 * change under another rule (mean, trimmed mean, median, normalised), or leaving any one expert
 * out (their scores removed everywhere in the category, each application re-aggregated, so a panel
 * may fall below the trim minimum)? Which applications sit within one expert's influence of the cut
 * line (their distance from it no more than the most one expert moves their figure)? Rankings reuse
 * rankCategory with the program's tie-breaks; the normalised view ranks through the mean slot.
 */
export function categorySensitivity(category: MergedCategory, rubric: Rubric, settings: MergeSettings): CategorySensitivity {
  const { aggregation } = settings;
  const { quota } = category;
  const base = category.applications.map((a) => a.ranking);
  const entries: Entry[] = category.applications.map((a) => ({ submissionId: a.submissionId, aggregate: a.aggregate }));
  const normal = normalisedScores(category.applications);
  const rankedBy = (rule: SensitivityRule) =>
    rule === 'normalised'
      ? rankCategory(entries.map((e) => ({ ...e, aggregate: { ...e.aggregate, mean: normal.get(e.submissionId) ?? null } })), { ...aggregation, rule: 'mean' }, quota)
      : rankCategory(entries, { ...aggregation, rule }, quota);
  const rules = (['mean', 'trimmed-mean', 'median', 'normalised'] as const).filter((r) => r !== aggregation.rule).map((rule) => ({ rule, ...changeOf(base, rankedBy(rule)) }));

  const experts = [...new Map(category.applications.flatMap((a) => a.scores.map((s) => [s.expertId, s.name] as const))).entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  const figure = (aggregate: ApplicationAggregate) => ruleFigure(aggregate, aggregation.rule)?.value ?? null;
  // submissionId → expertId → the rule's figure without that expert.
  const without = new Map<string, Map<string, number | null>>();
  const leaveOneOut = experts.map(([expertId, name]) => {
    const others = category.applications.map((a): Entry => {
      if (!a.scores.some((s) => s.expertId === expertId)) return { submissionId: a.submissionId, aggregate: a.aggregate };
      // An application the formal check failed stays out of the ranking without any one expert too.
      const formal = a.aggregate.flags.find((f) => f.kind === 'formal_check_failed');
      const aggregate = aggregateApplication(a.scores.filter((s) => s.expertId !== expertId), rubric, settings, [a.applicant, ...a.partners], formal?.reasons ?? null);
      without.set(a.submissionId, (without.get(a.submissionId) ?? new Map<string, number | null>()).set(expertId, figure(aggregate)));
      return { submissionId: a.submissionId, aggregate };
    });
    return { expertId, name, ...changeOf(base, rankCategory(others, aggregation, quota)) };
  });

  const ranked = category.applications.filter((a) => a.ranking.rank !== null);
  const inside = ranked.filter((a) => a.ranking.standing === 'within-quota').flatMap((a) => figure(a.aggregate) ?? []);
  const outside = ranked.filter((a) => a.ranking.standing !== 'within-quota').flatMap((a) => figure(a.aggregate) ?? []);
  const lastIn = inside.length > 0 ? Math.min(...inside) : null;
  const firstOut = outside.length > 0 ? Math.max(...outside) : null;
  const nearCut: NearCut[] = [];
  if (quota > 0 && firstOut !== null) {
    for (const a of ranked) {
      const f = figure(a.aggregate);
      if (f === null) continue;
      const distance = a.ranking.standing === 'within-quota' ? minus(f, firstOut) : a.ranking.standing === 'tie-at-quota-line' ? 0 : minus(lastIn ?? f, f);
      const swings = [...(without.get(a.submissionId) ?? new Map<string, number | null>())].flatMap(([expertId, g]) => (g === null ? [] : [{ expertId, swing: Math.abs(minus(f, g)) }]));
      const most = swings.reduce<{ expertId: string; swing: number } | null>((m, s) => (m === null || s.swing > m.swing ? s : m), null);
      if (most && distance <= most.swing) nearCut.push({ submissionId: a.submissionId, figure: f, distance, swing: most.swing, expertId: most.expertId, name: experts.find(([id]) => id === most.expertId)?.[1] ?? most.expertId });
    }
  }
  return {
    categoryId: category.id,
    recommended: ids(base, 'within-quota'),
    rules,
    leaveOneOut,
    nearCut,
    cutLine: quota > 0 && firstOut !== null ? (lastIn ?? firstOut) : null,
    normalised: category.applications.map((a) => ({ submissionId: a.submissionId, value: normal.get(a.submissionId)?.value ?? null })),
    robust: rules.every((r) => !r.changed) && leaveOneOut.every((l) => !l.changed),
  };
}
