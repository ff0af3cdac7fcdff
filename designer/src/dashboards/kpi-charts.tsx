import { Card, Col, Row } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Kpis } from '../api/kpis-api';
import { consoleUrl } from './drill-down';
import { EChart, type ChartOption } from './echart';
import type { TenantFormat } from './use-tenant-format';

/**
 * A bar per key. `label` names a key in the UI language (statuses); the category stays the key, so a click
 * drills down by the key whatever the language.
 */
const bar = (entries: Array<[string, number]>, name: string, valueFormatter?: (v: number) => string, label?: (key: string) => string): ChartOption => ({
  tooltip: {
    trigger: 'axis',
    valueFormatter: valueFormatter as never,
    ...(label ? { formatter: (ps: Array<{ name: string; marker: string; value: number }>) => ps.map((p) => `${label(p.name)}<br/>${p.marker}${name}: ${p.value}`).join('') } : {}),
  },
  grid: { left: 48, right: 16, top: 16, bottom: 32 },
  xAxis: { type: 'category', data: entries.map(([k]) => k), ...(label ? { axisLabel: { formatter: label } } : {}) },
  yAxis: { type: 'value' },
  series: [{ type: 'bar', name, data: entries.map(([, v]) => v), cursor: 'pointer' }],
});

const sorted = (r: Record<string, number>) => Object.entries(r).sort((a, b) => b[1] - a[1]);

/** The charts; a click on a status or channel opens the order console filtered to it and to the range. */
export function KpiCharts({ kpis, format }: { kpis: Kpis; format: TenantFormat }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const range = { from: kpis.range.from, to: kpis.range.to };
  const options = useMemo(() => ({
    status: bar(sorted(kpis.ordersByStatus), t('dash.chart.orders'), undefined, (k) => t(`orderStatus.${k}`, { defaultValue: k })),
    channel: {
      tooltip: { trigger: 'item' },
      legend: { bottom: 0 },
      series: [{ type: 'pie', radius: ['40%', '70%'], name: t('dash.chart.orders'), data: sorted(kpis.ordersByChannel).map(([name, value]) => ({ name, value })) }],
    } as ChartOption,
    gmv: bar(sorted(kpis.gmvByChannel), t('dash.chart.gmv'), format.money),
    series: {
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 48, right: 56, top: 16, bottom: 48 },
      xAxis: { type: 'category', data: kpis.series.map((s) => s.bucket.slice(0, 10)) },
      yAxis: [{ type: 'value' }, { type: 'value' }],
      series: [
        { type: 'bar', name: t('dash.chart.orders'), data: kpis.series.map((s) => s.orders) },
        { type: 'line', name: t('dash.chart.gmv'), yAxisIndex: 1, data: kpis.series.map((s) => s.gmv), tooltip: { valueFormatter: format.money } },
      ],
    } as ChartOption,
  }), [kpis, t, format]);

  const card = (key: keyof typeof options, onClick?: (name: string) => void) => (
    <Col xs={24} lg={12}>
      <Card title={t(`dash.chart.${key}Title`)} size="small">
        <EChart option={options[key]} label={t(`dash.chart.${key}Title`)} testId={`chart-${key}`} onClick={onClick && ((p) => onClick(p.name))} />
      </Card>
    </Col>
  );
  return (
    <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
      {card('status', (status) => navigate(consoleUrl({ ...range, status })))}
      {card('channel', (channel) => navigate(consoleUrl({ ...range, channel })))}
      {card('gmv', (channel) => navigate(consoleUrl({ ...range, channel })))}
      {card('series')}
    </Row>
  );
}
