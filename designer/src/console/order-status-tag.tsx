import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<string, string> = {
  'on-hold': 'orange', exception: 'red', rejected: 'red', cancelled: 'default', allocated: 'blue', backordered: 'gold',
  'awaiting-approval': 'purple', approved: 'cyan', shipped: 'green', delivered: 'green', completed: 'green', 'partially-shipped': 'lime',
};

export function OrderStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status] ?? 'geekblue'} data-testid="order-status">{t(`console.status.${status}`, { defaultValue: status })}</Tag>;
}
