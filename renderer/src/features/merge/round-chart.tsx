import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MergeDiscussion } from '../../../../shared/domain/merge-discussion.ts';
import { EChart } from '../../components/echart.tsx';
import { roundChartOption } from './round-chart-option.ts';

use([LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** A divergence round's totals, round 1 beside now, per expert (Apache ECharts, canvas). */
export function RoundChart({ discussion }: { discussion: MergeDiscussion }) {
  const { t } = useTranslation();
  const option = useMemo(
    () => roundChartOption(discussion, { round1: t('merge.discussion.round1'), now: discussion.closed ? t('merge.discussion.round2') : t('merge.discussion.roundNow'), mean: t('merge.discussion.chartMean') }),
    [discussion, t],
  );
  return <EChart option={option} height={240} testId={`discussion-chart-${String(discussion.id)}`} />;
}
