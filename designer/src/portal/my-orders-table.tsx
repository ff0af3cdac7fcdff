import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyText } from '../components/empty-text';
import { Link } from 'react-router';
import { useTenantFormat } from '../components/use-tenant-format';
import { OrderStatusTag } from './order-status-tag';
import type { MyOrderSummary } from './portal-api';

export function MyOrdersTable({ items, loading }: { items: MyOrderSummary[]; loading?: boolean }) {
  const { t } = useTranslation();
  const fmt = useTenantFormat();
  return (
    <Table<MyOrderSummary>
      data-testid="my-orders"
      rowKey="id"
      size="small"
      loading={loading}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: <EmptyText text={t('portal.noOrders')} /> }}
      dataSource={items}
      columns={[
        { key: 'number', title: t('portal.col.number'), render: (_, o) => <Link to={`/portal/orders/${o.id}`}>{o.number}</Link> },
        { key: 'status', title: t('portal.col.status'), render: (_, o) => <OrderStatusTag status={o.status} /> },
        { key: 'total', title: t('portal.col.total'), align: 'right', render: (_, o) => fmt.money(o.total, o.currency) },
        { key: 'form', title: t('portal.col.form'), render: (_, o) => o.form?.key ?? '—' },
        { key: 'created', title: t('portal.col.created'), render: (_, o) => fmt.dateTime(o.createdAt) },
      ]}
    />
  );
}
