import { Button, Form, Input, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/error-alert';
import { useKeysetList } from '../components/use-keyset-list';
import { useTenantFormat } from '../components/use-tenant-format';
import { AdjustModal } from './adjust-modal';
import { listStock, type StockLevel } from './stock-api';

/** Levels by location and SKU: every bucket and what is available to promise. */
export function StockLevels() {
  const { t } = useTranslation();
  const fmt = useTenantFormat();
  const [filter, setFilter] = useState<{ sku?: string; location?: string }>({});
  const list = useKeysetList((c) => listStock(filter, c), JSON.stringify(filter));
  const [adjusting, setAdjusting] = useState<StockLevel | null>(null);
  const n = (v: number) => fmt.number(v);
  return (
    <div data-testid="stock-levels">
      <Form layout="inline" style={{ marginBottom: 12 }} onFinish={(v: { sku?: string; location?: string }) => setFilter({ sku: v.sku?.trim() || undefined, location: v.location?.trim() || undefined })}>
        <Form.Item name="location" label={t('stock.col.location')}><Input allowClear data-testid="stock-filter-location" /></Form.Item>
        <Form.Item name="sku" label={t('stock.col.sku')}><Input allowClear data-testid="stock-filter-sku" /></Form.Item>
        <Button type="primary" htmlType="submit" data-testid="stock-filter-apply">{t('stock.filter')}</Button>
      </Form>
      {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
      <Table<StockLevel> size="small" rowKey={(r) => `${r.location}|${r.sku}`} loading={list.loading} dataSource={list.items} pagination={false}
        columns={[
          { title: t('stock.col.location'), dataIndex: 'location' },
          { title: t('stock.col.sku'), dataIndex: 'sku' },
          { title: t('stock.bucket.on_hand'), dataIndex: 'onHand', align: 'right', render: n },
          { title: t('stock.bucket.reserved'), dataIndex: 'reserved', align: 'right', render: n },
          { title: t('stock.bucket.incoming'), dataIndex: 'incoming', align: 'right', render: n },
          { title: t('stock.bucket.safety'), dataIndex: 'safety', align: 'right', render: n },
          { title: t('stock.bucket.damaged'), dataIndex: 'damaged', align: 'right', render: n },
          { title: t('stock.col.available'), dataIndex: 'available', align: 'right', render: (v: number) => <strong>{n(v)}</strong> },
          { title: t('stock.col.updated'), dataIndex: 'updatedAt', render: (d: string) => fmt.date(d) },
          { title: t('stock.col.actions'), key: 'a', render: (_: unknown, r) => <Button size="small" onClick={() => setAdjusting(r)}>{t('stock.adjust.button')}</Button> },
        ]} />
      <Space style={{ marginTop: 12 }}>
        {list.hasMore && <Button onClick={list.more} loading={list.loading}>{t('stock.loadMore')}</Button>}
      </Space>
      <AdjustModal level={adjusting} onClose={() => setAdjusting(null)} onDone={() => { setAdjusting(null); list.reload(); }} />
    </div>
  );
}
