import { Button, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTenantFormat } from '../components/use-tenant-format';
import type { OrderListItem } from './console-api';
import { OrderStatusTag } from './order-status-tag';

interface Props {
  items: OrderListItem[];
  loading: boolean;
  hasMore: boolean;
  selected: string[];
  onSelect(ids: string[]): void;
  onOpen(id: string): void;
  onLoadMore(): void;
}

/** The console's order list; rows open the detail drawer, checkboxes select orders to merge. */
export function OrderTable({ items, loading, hasMore, selected, onSelect, onOpen, onLoadMore }: Props) {
  const { t } = useTranslation();
  const fmt = useTenantFormat();
  return (
    <>
      <Table<OrderListItem>
        rowKey="id"
        size="small"
        data-testid="order-table"
        loading={loading}
        dataSource={items}
        pagination={false}
        rowSelection={{ selectedRowKeys: selected, onChange: (keys) => onSelect(keys as string[]), getCheckboxProps: (r) => ({ 'aria-label': t('console.selectOrder', { number: r.number }) }) }}
        columns={[
          {
            title: t('console.col.number'), dataIndex: 'number',
            render: (n: string, r) => <Button type="link" size="small" onClick={() => onOpen(r.id)} data-testid={`open-${n}`}>{n}</Button>,
          },
          { title: t('console.col.status'), dataIndex: 'status', render: (s: string) => <OrderStatusTag status={s} /> },
          { title: t('console.col.channel'), dataIndex: 'channel' },
          { title: t('console.col.customer'), key: 'customer', render: (_: unknown, r) => r.customer.name ?? r.customer.email ?? r.customer.id ?? '—' },
          { title: t('console.col.total'), key: 'total', align: 'right', render: (_: unknown, r) => fmt.money(r.total, r.currency) },
          { title: t('console.col.created'), dataIndex: 'createdAt', render: (d: string) => fmt.date(d) },
        ]}
      />
      <div style={{ textAlign: 'center', marginTop: 12 }}>
        {hasMore ? (
          <Button onClick={onLoadMore} loading={loading} data-testid="load-more">{t('console.loadMore')}</Button>
        ) : (
          <span style={{ color: '#595959' }}>{t('console.endOfList', { count: items.length })}</span>
        )}
      </div>
    </>
  );
}
