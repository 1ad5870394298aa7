import { init, type EChartsCoreOption, type EChartsType } from 'echarts/core';
import { useEffect, useRef } from 'react';

/**
 * An Apache ECharts chart on a canvas, sized to its box and redrawn when `option` changes; the
 * chart modules it draws with are registered by the caller (`use([...])`), so only they are bundled.
 */
export function EChart({ option, height, testId }: { option: EChartsCoreOption; height: number; testId: string }) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  useEffect(() => {
    if (!element.current) return undefined;
    chart.current = init(element.current, null, { renderer: 'canvas' });
    const resize = () => chart.current?.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option]);
  return <div ref={element} style={{ width: '100%', height }} data-testid={testId} />;
}
