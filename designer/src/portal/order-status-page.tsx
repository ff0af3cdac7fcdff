import { Alert, Card, Descriptions, Empty, Spin, Table, Timeline, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ErrorAlert } from '../components/error-alert';
import { useTenantFormat } from '../components/use-tenant-format';
import { isFinal, OrderSteps } from './order-steps';
import { OrderStatusTag } from './order-status-tag';
import { portalApi, type MyOrder } from './portal-api';

const POLL_MS = 3000;

/** Follows one of my orders: polls until it reaches a final status. */
export function OrderStatusPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const fmt = useTenantFormat();
  const submitted = (useLocation().state as { submitted?: string } | null)?.submitted;
  const [order, setOrder] = useState<MyOrder | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = () =>
      portalApi.myOrder(id).then(
        (o) => {
          if (!live) return;
          setOrder(o);
          setError(null);
          if (!isFinal(o.status)) timer = setTimeout(load, POLL_MS);
        },
        (e: unknown) => { if (live) setError(e); },
      );
    void load();
    return () => { live = false; clearTimeout(timer); };
  }, [id]);

  if (error && !order) return <ErrorAlert error={error} />;
  if (!order) return <Spin style={{ display: 'block', margin: 48 }} />;
  return (
    <div style={{ maxWidth: 1100 }} data-testid="order-status-page">
      <Link to="/portal/orders">← {t('order.back')}</Link>
      <Typography.Title level={2}>
        <span data-testid="order-number">{t('order.title', { number: order.number })}</span> <OrderStatusTag status={order.status} />
      </Typography.Title>
      {submitted && <Alert type="success" showIcon style={{ marginBottom: 16 }} title={t('order.submitted', { number: submitted })} />}
      {(order.status === 'rejected' || order.status === 'cancelled') && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('order.ended', { status: t(`orderStatus.${order.status}`) })} />
      )}
      <OrderSteps status={order.status} history={order.history} />
      <Descriptions size="small" column={3} style={{ marginBottom: 16 }} items={[
        { key: 'placed', label: t('portal.col.created'), children: fmt.dateTime(order.createdAt) },
        { key: 'total', label: t('order.total'), children: fmt.money(order.total, order.currency) },
        { key: 'live', label: t('order.refresh'), children: isFinal(order.status) ? '—' : t('order.live') },
      ]} />
      <Card title={t('order.lines')} size="small" style={{ marginBottom: 16 }}>
        <Table size="small" rowKey={(_, i) => String(i)} pagination={false} dataSource={order.lines} columns={[
          { key: 'sku', title: t('order.col.sku'), dataIndex: 'sku' },
          { key: 'name', title: t('order.col.name'), render: (_, l) => l.name ?? '—' },
          { key: 'qty', title: t('order.col.qty'), dataIndex: 'qty', align: 'right' },
          { key: 'price', title: t('order.col.price'), align: 'right', render: (_, l) => fmt.money(l.unitPrice, order.currency) },
          { key: 'shipped', title: t('order.col.shipped'), dataIndex: 'shippedQty', align: 'right' },
        ]} />
      </Card>
      <Card title={t('order.shipments')} size="small" style={{ marginBottom: 16 }}>
        {order.shipments.length === 0 ? <Empty description={t('order.noShipments')} /> : (
          <Table size="small" rowKey="id" pagination={false} dataSource={order.shipments} columns={[
            { key: 'carrier', title: t('order.carrier'), render: (_, s) => s.carrier ?? '—' },
            { key: 'tracking', title: t('order.tracking'), render: (_, s) => s.trackingUrl
              ? <a href={s.trackingUrl} target="_blank" rel="noreferrer">{s.tracking ?? t('order.track')}</a> : (s.tracking ?? '—') },
            { key: 'status', title: t('portal.col.status'), render: (_, s) => <OrderStatusTag status={s.status} /> },
            { key: 'at', title: t('order.shippedAt'), render: (_, s) => fmt.dateTime(s.shippedAt) },
          ]} />
        )}
      </Card>
      <Card title={t('order.history')} size="small">
        <Timeline items={order.history.map((h, i) => ({
          key: i,
          content: `${fmt.dateTime(h.at)} · ${t('order.statusChange', { from: t(`orderStatus.${h.from}`, { defaultValue: h.from ?? '' }), to: t(`orderStatus.${h.to}`, { defaultValue: h.to ?? '' }) })}`,
        }))} />
      </Card>
    </div>
  );
}
