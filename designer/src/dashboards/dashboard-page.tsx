import { Alert, Input, Select, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getKpis, type Granularity } from '../api/kpis-api';
import { ErrorAlert } from '../components/error-alert';
import { useAsync } from '../components/use-async';
import { KpiCharts } from './kpi-charts';
import { KpiStats } from './kpi-stats';
import { useTenantFormat } from './use-tenant-format';
import { addDays, startOfDayIso, todayIn } from './zoned-dates';

/** KPIs of the orders placed in a date range; the range is in calendar days of the tenant's time zone. */
export function DashboardPage() {
  const { t } = useTranslation();
  const { format, error: settingsError } = useTenantFormat();
  if (settingsError) return <ErrorAlert error={settingsError} />;
  if (!format) return <Spin style={{ display: 'block', margin: 48 }} />;
  return <Dashboard key={format.settings.timeZone} format={format} title={t('dash.title')} />;
}

function Dashboard({ format, title }: { format: NonNullable<ReturnType<typeof useTenantFormat>['format']>; title: string }) {
  const { t } = useTranslation();
  const tz = format.settings.timeZone;
  const [range, setRange] = useState(() => ({ from: addDays(todayIn(tz), -29), to: todayIn(tz) }));
  const [granularity, setGranularity] = useState<Granularity>('day');
  const valid = range.from !== '' && range.to !== '' && range.from <= range.to;
  const kpis = useAsync(
    () => (valid ? getKpis(startOfDayIso(range.from, tz), startOfDayIso(addDays(range.to, 1), tz), granularity) : Promise.resolve(undefined)),
    [range.from, range.to, granularity, tz, valid],
  );
  return (
    <div>
      <Typography.Title level={2}>{title}</Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input type="date" aria-label={t('dash.from')} value={range.from} max={range.to} onChange={(e) => setRange((r) => ({ ...r, from: e.target.value }))} />
        <Input type="date" aria-label={t('dash.to')} value={range.to} min={range.from} onChange={(e) => setRange((r) => ({ ...r, to: e.target.value }))} />
        <Select<Granularity> aria-label={t('dash.granularity')} value={granularity} onChange={setGranularity} style={{ width: 140 }}
          options={(['day', 'week', 'month'] as const).map((g) => ({ value: g, label: t(`dash.granularities.${g}`) }))} />
        <Typography.Text type="secondary">{t('dash.timeZone', { tz, currency: format.settings.currency })}</Typography.Text>
      </Space>
      {!valid && <Alert type="warning" showIcon title={t('dash.badRange')} />}
      {kpis.error ? <ErrorAlert error={kpis.error} /> : null}
      {kpis.loading && !kpis.data && <Spin style={{ display: 'block', margin: 48 }} />}
      {kpis.data && (
        <>
          <KpiStats kpis={kpis.data} format={format} />
          <KpiCharts kpis={kpis.data} format={format} />
          <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>{t('dash.drillHint')}</Typography.Paragraph>
        </>
      )}
    </div>
  );
}
