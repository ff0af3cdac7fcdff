import { ORDER_STATUSES } from '@oms/runtime';
import { Button, Form, Input, Select, Space } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { zonedDay, zonedMidnightIso } from '../components/zoned-date';
import type { OrderFilters } from './console-api';

interface FormValues { status?: string[]; channel?: string; from?: string; to?: string; sku?: string; customer?: string; location?: string; q?: string }

const DAY = 86_400_000;

/** Filters of the console. Dates are calendar days in the tenant's zone; `to` is inclusive here, exclusive in the API. */
export function FilterBar({ filters, timeZone, onChange }: { filters: OrderFilters; timeZone: string; onChange(next: OrderFilters): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  useEffect(() => {
    form.setFieldsValue({
      ...filters,
      status: filters.status ? filters.status.split(',') : [],
      from: filters.from ? zonedDay(filters.from, timeZone) : undefined,
      to: filters.to ? zonedDay(new Date(new Date(filters.to).getTime() - 1).toISOString(), timeZone) : undefined,
    });
  }, [filters, form, timeZone]);

  const submit = (v: FormValues) => {
    const next: OrderFilters = {};
    if (v.status?.length) next.status = v.status.join(',');
    for (const k of ['channel', 'sku', 'customer', 'location', 'q'] as const) if (v[k]?.trim()) next[k] = v[k]!.trim();
    if (v.from) next.from = zonedMidnightIso(v.from, timeZone);
    if (v.to) next.to = new Date(new Date(zonedMidnightIso(v.to, timeZone)).getTime() + DAY).toISOString();
    onChange(next);
  };

  return (
    <Form form={form} layout="inline" onFinish={submit} data-testid="console-filters" style={{ rowGap: 8, marginBottom: 12 }}>
      <Form.Item name="q" label={t('console.filter.q')}><Input allowClear style={{ width: 180 }} data-testid="filter-q" /></Form.Item>
      <Form.Item name="status" label={t('console.filter.status')}>
        <Select mode="multiple" allowClear style={{ minWidth: 180 }} aria-label={t('console.filter.status')} data-testid="filter-status"
          options={ORDER_STATUSES.map((s) => ({ value: s, label: t(`console.status.${s}`, { defaultValue: s }) }))} />
      </Form.Item>
      <Form.Item name="channel" label={t('console.filter.channel')}><Input allowClear style={{ width: 110 }} /></Form.Item>
      <Form.Item name="from" label={t('console.filter.from')}><Input type="date" /></Form.Item>
      <Form.Item name="to" label={t('console.filter.to')}><Input type="date" /></Form.Item>
      <Form.Item name="sku" label={t('console.filter.sku')}><Input allowClear style={{ width: 120 }} /></Form.Item>
      <Form.Item name="customer" label={t('console.filter.customer')}><Input allowClear style={{ width: 160 }} /></Form.Item>
      <Form.Item name="location" label={t('console.filter.location')}><Input allowClear style={{ width: 140 }} /></Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" data-testid="filter-apply">{t('console.filter.apply')}</Button>
        <Button onClick={() => onChange({})}>{t('console.filter.clear')}</Button>
      </Space>
    </Form>
  );
}
