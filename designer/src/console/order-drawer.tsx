import { Button, Collapse, Space, Typography } from 'antd';
import { Drawer } from '../components/drawer';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/error-alert';
import { useAsync } from '../components/use-async';
import { getOrder, listShipments } from './console-api';
import { FlowPosition } from './flow-position';
import { OrderActions } from './order-actions';
import { LinesSection, ReservationsSection, ReviewSection, ShipmentsSection, SummarySection, TasksSection } from './order-sections';
import { OrderStatusTag } from './order-status-tag';
import { OrderTimeline } from './order-timeline';
import { RoutingTrace } from './routing-trace';

/** Everything about one order, and the actions on it. */
export function OrderDrawer({ id, onClose, onChanged }: { id: string | null; onClose(): void; onChanged(): void }) {
  const { t } = useTranslation();
  const state = useAsync(async () => (id ? Promise.all([getOrder(id), listShipments(id)]) : null), [id]);
  const [order, shipments] = state.data ?? [null, []];
  return (
    <Drawer open={id !== null} onClose={onClose} size="large" width={920} destroyOnHidden data-testid="order-drawer"
      title={order ? <Space>{t('console.detail.title', { number: order.number })}<OrderStatusTag status={order.status} /></Space> : t('console.detail.loading')}>
      {state.error ? <ErrorAlert error={state.error} onRetry={state.reload} /> : null}
      {order && (
        <>
          <Space wrap>
            <OrderActions order={order} onDone={() => { state.reload(); onChanged(); }} />
            {/* the flow moves on in the background (release resumes it): refresh shows where it got to */}
            <Button onClick={state.reload} loading={state.loading} data-testid="order-refresh">{t('console.detail.refresh')}</Button>
          </Space>
          <div style={{ height: 12 }} />
          <SummarySection order={order} />
          <Collapse
            style={{ marginTop: 12 }}
            defaultActiveKey={['lines', 'review', 'plan', 'timeline', 'flow']}
            items={[
              { key: 'lines', label: t('console.detail.lines'), children: <LinesSection order={order} /> },
              { key: 'review', label: t('console.detail.review'), children: <ReviewSection order={order} /> },
              { key: 'plan', label: t('console.detail.plan'), children: <RoutingTrace plan={order.plan} /> },
              { key: 'reservations', label: t('console.detail.reservations'), children: <ReservationsSection order={order} /> },
              { key: 'shipments', label: t('console.detail.shipments'), children: <ShipmentsSection shipments={shipments} /> },
              { key: 'tasks', label: t('console.detail.tasks'), children: <TasksSection order={order} /> },
              { key: 'flow', label: t('console.detail.flow'), children: <FlowPosition order={order} /> },
              { key: 'timeline', label: t('console.detail.timeline'), children: <OrderTimeline entries={order.timeline} /> },
            ]}
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>{order.id}</Typography.Text>
        </>
      )}
    </Drawer>
  );
}
