import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export type ChartOption = echarts.EChartsCoreOption;
export interface ChartClick { name: string; seriesName?: string; dataIndex: number }

/** A minimal ECharts wrapper: one instance per element, option replaced on change, resized with its box. */
export function EChart({ option, onClick, label, testId, height = 280 }: {
  option: ChartOption; onClick?: (p: ChartClick) => void; label: string; testId?: string; height?: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const click = useRef(onClick);
  click.current = onClick;

  useEffect(() => {
    const c = echarts.init(ref.current!, undefined, { renderer: 'svg' });
    chart.current = c;
    c.on('click', (p) => click.current?.({ name: String(p.name), seriesName: p.seriesName, dataIndex: p.dataIndex }));
    const ro = new ResizeObserver(() => c.resize());
    ro.observe(ref.current!);
    return () => { ro.disconnect(); c.dispose(); chart.current = null; };
  }, []);

  useEffect(() => { chart.current?.setOption(option, true); }, [option]);

  return <div ref={ref} role="img" aria-label={label} data-testid={testId} style={{ width: '100%', height }} />;
}
