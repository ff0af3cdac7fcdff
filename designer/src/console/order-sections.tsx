import { Descriptions, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTenantFormat } from '../components/use-tenant-format';
import type { OrderDetail, ShipmentView } from './console-api';

export function LinesSection({ order }: { order: OrderDetail }) {
  const { t } = useTranslation();
  const fmt = useTenantFormat();
  return (
    <Table size="small" rowKey="id" pagination={false} dataSource={order.lines} data-testid="order-lines"
      columns={[
        { title: t('console.line.sku'), dataIndex: 'sku' },
        { title: t('console.line.name'), dataIndex: 'name' },
        { title: t('console.line.qty'), dataIndex: 'qty', align: 'right' },
        { title: t('console.line.price'), dataIndex: 'unitPrice', align: 'right', render: (p: number | null) => fmt.money(p, order.currency) },
        { title: t('console.line.shipped'), dataIndex: 'shippedQty', align: 'right' },
        { title: t('console.line.returned'), dataIndex: 'returnedQty', align: 'right' },
      ]} />
  );
}

export function ReviewSection({ order }: { order: OrderDetail }) {
  const { t } = useTranslation();
  const r = order.review;
  if (!r) return <Typography.Text type="secondary">{t('console.detail.noReview')}</Typography.Text>;
  return (
    <div data-testid="order-review">
      <Tag color={r.decision === 'pass' ? '#237804' : r.decision === 'hold' ? '#ad4e00' : '#a8071a'}>{t(`console.review.${r.decision}`, { defaultValue: r.decision })}</Tag>
      {r.matched.length === 0 ? <Typography.Text type="secondary">{t('console.review.noReasons')}</Typography.Text> : (
        <ul>{r.matched.map((m) => <li key={m.id}><Typography.Text code>{m.code}</Typography.Text> {m.message}</li>)}</ul>
      )}
      {order.holdReason && <Typography.Paragraph>{t('console.detail.holdReason')}: {order.holdReason}</Typography.Paragraph>}
      {order.exception && <Typography.Paragraph type="danger">{t('console.detail.exception')}: {order.exception.code} {order.exception.message}</Typography.Paragraph>}
    </div>
  );
}

export function ReservationsSection({ order }: { order: OrderDetail }) {
  const { t } = useTranslation();
  return (
    <Table size="small" rowKey="id" pagination={false} dataSource={order.reservations} data-testid="order-reservations"
      columns={[
        { title: t('console.res.location'), dataIndex: 'location' },
        { title: t('console.res.sku'), dataIndex: 'sku' },
        { title: t('console.res.qty'), dataIndex: 'qty', align: 'right' },
        { title: t('console.res.consumed'), dataIndex: 'consumed', align: 'right' },
        { title: t('console.res.released'), dataIndex: 'released', align: 'right' },
        { title: t('console.res.status'), dataIndex: 'status' },
      ]} />
  );
}

export function ShipmentsSection({ shipments }: { shipments: ShipmentView[] }) {
  const { t } = useTranslation();
  const fmt = useTenantFormat();
  return (
    <Table size="small" rowKey="id" pagination={false} dataSource={shipments} data-testid="order-shipments"
      columns={[
        { title: t('console.ship.location'), dataIndex: 'location' },
        { title: t('console.ship.carrier'), dataIndex: 'carrier' },
        {
          title: t('console.ship.tracking'), key: 'tracking',
          render: (_: unknown, s) => (s.trackingUrl ? <a href={s.trackingUrl} target="_blank" rel="noreferrer">{s.tracking ?? s.trackingUrl}</a> : s.tracking ?? '—'),
        },
        { title: t('console.ship.lines'), key: 'lines', render: (_: unknown, s) => (s.lines ?? []).map((l) => `${l.sku} × ${l.qty}`).join(', ') },
        { title: t('console.ship.at'), dataIndex: 'shippedAt', render: (d?: string) => fmt.date(d) },
      ]} />
  );
}

export function TasksSection({ order }: { order: OrderDetail }) {
  const { t } = useTranslation();
  const fmt = useTenantFormat();
  return (
    <Table size="small" rowKey="id" pagination={false} dataSource={order.tasks} data-testid="order-tasks"
      columns={[
        { title: t('console.task.title'), key: 'title', render: (_: unknown, k) => k.title ?? k.node },
        { title: t('console.task.assignee'), key: 'assignee', render: (_: unknown, k) => k.assignee.user ?? k.assignee.role ?? '—' },
        { title: t('console.task.status'), dataIndex: 'status' },
        { title: t('console.task.due'), dataIndex: 'dueAt', render: (d: string | null) => fmt.date(d) },
      ]} />
  );
}

export function SummarySection({ order }: { order: OrderDetail }) {
  const { t } = useTranslation();
  const fmt = useTenantFormat();
  return (
    <Descriptions size="small" column={2} bordered>
      <Descriptions.Item label={t('console.col.channel')}>{order.channel}</Descriptions.Item>
      <Descriptions.Item label={t('console.col.customer')}>{order.customer.name ?? order.customer.email ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('console.col.total')}>{fmt.money(order.total, order.currency)}</Descriptions.Item>
      <Descriptions.Item label={t('console.col.created')}>{fmt.date(order.createdAt)}</Descriptions.Item>
    </Descriptions>
  );
}
