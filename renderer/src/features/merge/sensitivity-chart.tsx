import { ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CategorySensitivity } from '../../../../shared/domain/merge-sensitivity.ts';
import type { MergeReport } from '../../../../shared/domain/merge-view.ts';
import { EChart } from '../../components/echart.tsx';

// Only the parts drawn here, bundled from our own origin; the canvas renderer needs nothing the CSP forbids (no eval, no inline script).
use([ScatterChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

type Category = MergeReport['categories'][number];

/** The chart's series, pure: every expert's total, the rule's figure and the normalised score, per application in rank order; the quota line. */
export function sensitivityChartOption(category: Category, sensitivity: CategorySensitivity, ruleFigure: (a: Category['ranking'][number]) => number | null, labels: { experts: string; rule: string; normalised: string; quotaLine: string }) {
  const ranked = category.ranking.filter((a) => a.rank !== null);
  const normalised = new Map(sensitivity.normalised.map((n) => [n.submissionId, n.value]));
  return {
    animation: false,
    tooltip: { trigger: 'item' },
    legend: { data: [labels.experts, labels.rule, labels.normalised] },
    grid: { left: 48, right: 64, top: 40, bottom: 72 },
    xAxis: { type: 'category', data: ranked.map((a) => a.applicant), axisLabel: { interval: 0, rotate: ranked.length > 4 ? 30 : 0 } },
    yAxis: { type: 'value', scale: true },
    series: [
      { name: labels.experts, type: 'scatter', symbolSize: 7, itemStyle: { opacity: 0.55 }, data: ranked.flatMap((a, i) => a.experts.map((e) => ({ value: [i, e.total], name: e.name }))) },
      {
        name: labels.rule,
        type: 'scatter',
        symbol: 'diamond',
        symbolSize: 14,
        data: ranked.map((a, i) => [i, ruleFigure(a)]),
        markLine: sensitivity.cutLine === null ? undefined : { symbol: 'none', label: { formatter: labels.quotaLine }, lineStyle: { type: 'dashed', color: '#d4380d' }, data: [{ yAxis: sensitivity.cutLine }] },
      },
      { name: labels.normalised, type: 'scatter', symbol: 'triangle', symbolSize: 10, data: ranked.map((a, i) => [i, normalised.get(a.submissionId) ?? null]) },
    ],
  };
}

/** Scores with each expert's spread and the quota line, for one category (Apache ECharts, canvas). */
export function SensitivityChart(props: { category: Category; sensitivity: CategorySensitivity; ruleFigure: (a: Category['ranking'][number]) => number | null }) {
  const { t } = useTranslation();
  const option = useMemo(() => {
    const labels = { experts: t('merge.sensitivity.chartExperts'), rule: t('merge.sensitivity.chartRule'), normalised: t('merge.sensitivity.chartNormalised'), quotaLine: t('merge.sensitivity.quotaLine') };
    return sensitivityChartOption(props.category, props.sensitivity, props.ruleFigure, labels);
  }, [props.category, props.sensitivity, props.ruleFigure, t]);
  return <EChart option={option} height={320} testId={`sensitivity-chart-${props.category.id}`} />;
}
