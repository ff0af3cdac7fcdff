import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { runAction, splitOrder, type OrderAction, type OrderDetail } from './console-api';
import { useConfirmAction } from './use-confirm-action';

const TERMINAL = new Set(['cancelled', 'rejected', 'completed', 'shipped', 'delivered']);

/** Which actions make sense for an order's status (the server decides; this only hides the impossible). */
function available(o: OrderDetail): OrderAction[] {
  if (o.status === 'exception') return ['retry', 'skip', 'cancel'];
  if (o.status === 'on-hold') return ['release', 'cancel'];
  if (TERMINAL.has(o.status)) return [];
  const list: OrderAction[] = ['hold', 'cancel'];
  if (['allocated', 'backordered', 'approved', 'received'].includes(o.status)) list.push('reroute');
  return list;
}

export function OrderActions({ order, onDone }: { order: OrderDetail; onDone(): void }) {
  const { t } = useTranslation();
  const confirm = useConfirmAction();
  const ask = (action: OrderAction) =>
    confirm({
      title: t(`console.actions.${action}.title`, { number: order.number }),
      content: t(`console.actions.${action}.what`, { number: order.number }),
      okText: t(`console.actions.${action}.ok`),
      danger: action === 'cancel' || action === 'skip',
      run: () => runAction(order.id, action, t('console.actions.reasonFromConsole')),
      done: onDone,
    });
  const splittable = order.lines.length > 1 && !TERMINAL.has(order.status) && order.status !== 'exception';
  const split = () => {
    const last = order.lines[order.lines.length - 1];
    confirm({
      title: t('console.actions.split.title', { number: order.number }),
      content: t('console.actions.split.what', { number: order.number, sku: last.sku }),
      okText: t('console.actions.split.ok'),
      run: () => splitOrder(order.id, [last.id]),
      done: onDone,
    });
  };
  return (
    <Space wrap data-testid="order-actions">
      {available(order).map((a) => (
        <Button key={a} danger={a === 'cancel'} onClick={() => ask(a)} data-testid={`action-${a}`}>{t(`console.actions.${a}.button`)}</Button>
      ))}
      {splittable && <Button onClick={split} data-testid="action-split">{t('console.actions.split.button')}</Button>}
    </Space>
  );
}
