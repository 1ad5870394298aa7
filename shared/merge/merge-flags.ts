import type { FlagParams } from '../domain/merge-view.ts';
import type { Figure } from './exact.ts';

/** An expert named in a flag. */
export interface FlaggedExpert {
  readonly expertId: string;
  readonly name: string;
}

/** Why an application needs the coordinator's attention before the list is signed; each says which rule and whom. */
export type MergeFlag =
  | { readonly kind: 'too_few'; readonly panel: number; readonly minimum: number }
  | {
      readonly kind: 'divergence';
      readonly range: Figure;
      readonly stdDev: Figure;
      readonly maxRange: number;
      readonly maxStdDev: number;
      /** The experts farthest from the median, with their signed distance from it. */
      readonly outliers: readonly (FlaggedExpert & { readonly distance: Figure })[];
    }
  | { readonly kind: 'deviation'; readonly expert: FlaggedExpert; readonly total: number; readonly othersMean: Figure; readonly percent: Figure; readonly limitPercent: number }
  | { readonly kind: 'veto'; readonly experts: readonly (FlaggedExpert & { readonly items: readonly string[] })[] }
  | { readonly kind: 'check_failed'; readonly checkId: string; readonly title: string; readonly failed: number; readonly panel: number }
  | { readonly kind: 'unrecused_conflict'; readonly expert: FlaggedExpert; readonly institutions: readonly string[] }
  /** The review's 形式审查 failed it (not overridden) or 材料审核 concluded 不通过: out of the ranking, whatever its scores. */
  | { readonly kind: 'formal_check_failed'; readonly reasons: readonly string[] };

/** The kinds of flag, in the order they are shown. */
export type MergeFlagKind = MergeFlag['kind'];

const signed = (f: Figure) => (f.value > 0 ? `+${String(f.value)}` : String(f.value));

/** The flag in one Chinese sentence, as the CLI prints it and the exports write it. */
export function flagReason(flag: MergeFlag): string {
  switch (flag.kind) {
    case 'too_few':
      return `有效评分仅 ${String(flag.panel)} 份，少于最少 ${String(flag.minimum)} 份`;
    case 'divergence': {
      const over = [
        flag.range.value > flag.maxRange ? `分差 ${String(flag.range.value)} 分超过 ${String(flag.maxRange)} 分` : null,
        flag.stdDev.value > flag.maxStdDev ? `标准差 ${String(flag.stdDev.value)} 超过 ${String(flag.maxStdDev)}` : null,
      ].filter((x) => x !== null);
      const who = flag.outliers.map((o) => `${o.name}（${signed(o.distance)}）`).join('、');
      return `专家评分分歧：${over.join('，')}；离中位数最远：${who}`;
    }
    case 'deviation':
      return `${flag.expert.name} 的总分 ${String(flag.total)} 偏离其他专家均值 ${String(flag.othersMean.value)} 达 ${String(flag.percent.value)}%（超过 ${String(flag.limitPercent)}%），须书面说明`;
    case 'veto':
      return `一票否决：${flag.experts.map((e) => `${e.name}（${e.items.join('、')}）`).join('；')}`;
    case 'check_failed':
      return `达标项「${flag.title}」被 ${String(flag.failed)}/${String(flag.panel)} 位专家判为不达标`;
    case 'unrecused_conflict':
      return `${flag.expert.name} 的单位与 ${flag.institutions.join('、')} 相同或相关，但未回避且已评分`;
    case 'formal_check_failed':
      return `形式审查未通过：${flag.reasons.join('；')}`;
  }
}

/** The flag's code and parameters with its figures as their published values: what a screen needs to write it in its own language. */
export function flagParams(flag: MergeFlag): FlagParams {
  switch (flag.kind) {
    case 'too_few':
    case 'veto':
    case 'check_failed':
    case 'unrecused_conflict':
    case 'formal_check_failed':
      return flag as FlagParams;
    case 'divergence':
      return { ...flag, range: flag.range.value, stdDev: flag.stdDev.value, outliers: flag.outliers.map((o) => ({ expertId: o.expertId, name: o.name, distance: o.distance.value })) };
    case 'deviation':
      return { ...flag, othersMean: flag.othersMean.value, percent: flag.percent.value };
  }
}
