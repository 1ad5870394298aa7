import type { Aggregation } from '../domain/program.ts';
import type { Decision } from './decisions.ts';

// The Chinese words the command line and the exported files use; the screens use i18n (merge.rules, merge.decisions).

/** The aggregation rules as committees name them. */
export const ruleLabels: Readonly<Record<Aggregation['rule'], string>> = { mean: '平均分', 'trimmed-mean': '去掉最高分和最低分后的平均分', median: '中位数' };

/** The decisions as committees name them. */
export const decisionLabels: Readonly<Record<Decision, string>> = { recommend: '推荐', reserve: '候补', reject: '不推荐' };
