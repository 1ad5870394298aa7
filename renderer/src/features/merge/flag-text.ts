import type { TFunction } from 'i18next';
import type { FlagParams } from '../../../../shared/domain/merge-view.ts';

const signed = (n: number) => (n > 0 ? `+${String(n)}` : String(n));

/** A merge flag as one sentence in the screen's language, from its code and parameters (the CLI writes the same in Chinese: flagReason). */
export function flagText(flag: FlagParams, t: TFunction): string {
  const list = (items: readonly string[]) => items.join(t('merge.flag.listSeparator'));
  switch (flag.kind) {
    case 'too_few':
      return t('merge.flag.too_few', { panel: flag.panel, minimum: flag.minimum });
    case 'divergence': {
      const over = [
        flag.range > flag.maxRange ? t('merge.flag.divergenceRange', { range: flag.range, max: flag.maxRange }) : null,
        flag.stdDev > flag.maxStdDev ? t('merge.flag.divergenceSd', { sd: flag.stdDev, max: flag.maxStdDev }) : null,
      ].filter((x) => x !== null);
      const who = list(flag.outliers.map((o) => t('merge.flag.outlier', { name: o.name, distance: signed(o.distance) })));
      return t('merge.flag.divergence', { over: over.join(t('merge.flag.overSeparator')), who });
    }
    case 'deviation':
      return t('merge.flag.deviation', { name: flag.expert.name, total: flag.total, othersMean: flag.othersMean, percent: flag.percent, limit: flag.limitPercent });
    case 'veto':
      return t('merge.flag.veto', { who: flag.experts.map((e) => t('merge.flag.vetoExpert', { name: e.name, items: list(e.items) })).join(t('merge.flag.vetoSeparator')) });
    case 'check_failed':
      return t('merge.flag.check_failed', { title: flag.title, failed: flag.failed, panel: flag.panel });
    case 'unrecused_conflict':
      return t('merge.flag.unrecused_conflict', { name: flag.expert.name, institutions: list(flag.institutions) });
    case 'formal_check_failed':
      // The reasons are the formal check's own words (Chinese, as the rules write them).
      return t('merge.flag.formal_check_failed', { reasons: flag.reasons.join('；') });
  }
}
