import type { MergeDiscussion, RoundExpert } from '../../../../shared/domain/merge-discussion.ts';

/** The words the round chart shows, in the UI's language. */
export interface RoundChartLabels {
  readonly round1: string;
  readonly now: string;
  readonly mean: string;
}

const totalOf = (list: readonly RoundExpert[], expertId: string): number | null => list.find((e) => e.expertId === expertId)?.total ?? null;

/**
 * A divergence round as a slope chart, pure: each expert's total in round 1 and now, joined by a
 * line (the experts asked to reconsider drawn bold, the others faint), and the panel's mean of
 * each round dashed, so the coordinator sees who moved, how far, and whether the spread closed.
 */
export function roundChartOption(d: MergeDiscussion, labels: RoundChartLabels) {
  const ids = [...new Set([...d.round1.experts, ...d.now.experts].map((e) => e.expertId))];
  const asked = new Set(d.experts.map((e) => e.expertId));
  const nameOf = (id: string) => (d.now.experts.find((e) => e.expertId === id) ?? d.round1.experts.find((e) => e.expertId === id))?.name ?? id;
  const experts = ids.map((id) => ({
    name: nameOf(id),
    type: 'line',
    data: [totalOf(d.round1.experts, id), totalOf(d.now.experts, id)],
    symbolSize: asked.has(id) ? 10 : 6,
    lineStyle: { width: asked.has(id) ? 3 : 1.5, opacity: asked.has(id) ? 1 : 0.45 },
    itemStyle: { opacity: asked.has(id) ? 1 : 0.55 },
    endLabel: asked.has(id) ? { show: true, formatter: '{a}' } : undefined,
  }));
  const mean = {
    name: labels.mean,
    type: 'line',
    data: [d.round1.figures.mean, d.now.figures.mean],
    symbol: 'diamond',
    symbolSize: 12,
    lineStyle: { type: 'dashed', width: 2, color: '#8c8c8c' },
    itemStyle: { color: '#8c8c8c' },
  };
  return {
    animation: false,
    tooltip: { trigger: 'item' },
    legend: { type: 'scroll', bottom: 0 },
    grid: { left: 48, right: 96, top: 16, bottom: 40 },
    xAxis: { type: 'category', boundaryGap: false, data: [labels.round1, labels.now] },
    yAxis: { type: 'value', scale: true },
    series: [...experts, mean],
  };
}
