import { Button, Form, Input, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/error-alert';
import { useKeysetList } from '../components/use-keyset-list';
import { useTenantFormat } from '../components/use-tenant-format';
import { listMovements, type StockMovement } from './stock-api';

/** The append-only ledger, newest first. */
export function StockMovements() {
  const { t } = useTranslation();
  const fmt = useTenantFormat();
  const [filter, setFilter] = useState<{ sku?: string; location?: string }>({});
  const list = useKeysetList((c) => listMovements(filter, c), JSON.stringify(filter));
  return (
    <div data-testid="stock-movements">
      <Form layout="inline" style={{ marginBottom: 12 }} onFinish={(v: { sku?: string; location?: string }) => setFilter({ sku: v.sku?.trim() || undefined, location: v.location?.trim() || undefined })}>
        <Form.Item name="location" label={t('stock.col.location')}><Input allowClear /></Form.Item>
        <Form.Item name="sku" label={t('stock.col.sku')}><Input allowClear /></Form.Item>
        <Button type="primary" htmlType="submit">{t('stock.filter')}</Button>
      </Form>
      {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
      <Table<StockMovement> size="small" rowKey="id" loading={list.loading} dataSource={list.items} pagination={false}
        columns={[
          { title: t('stock.col.at'), dataIndex: 'at', render: (d: string) => fmt.date(d) },
          { title: t('stock.col.location'), dataIndex: 'location' },
          { title: t('stock.col.sku'), dataIndex: 'sku' },
          { title: t('stock.col.bucket'), dataIndex: 'bucket', render: (b: string) => t(`stock.bucket.${b}`, { defaultValue: b }) },
          { title: t('stock.col.delta'), dataIndex: 'delta', align: 'right', render: (d: number) => (d > 0 ? `+${fmt.number(d)}` : fmt.number(d)) },
          { title: t('stock.col.reason'), dataIndex: 'reason' },
          { title: t('stock.col.ref'), key: 'ref', render: (_: unknown, m) => (m.refType ? `${m.refType}:${m.refId ?? ''}` : '—') },
        ]} />
      {list.hasMore && <Button style={{ marginTop: 12 }} onClick={list.more} loading={list.loading}>{t('stock.loadMore')}</Button>}
    </div>
  );
}
