import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<string, string> = {
  received: 'blue', 'awaiting-approval': 'gold', approved: 'cyan', allocated: 'cyan', released: 'geekblue', shipped: 'green',
  'partially-shipped': 'lime', delivered: 'green', completed: 'green', rejected: 'red', cancelled: 'default', 'on-hold': 'orange',
  exception: 'red', backordered: 'purple',
};

export function OrderStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]} data-testid="order-status">{t(`orderStatus.${status}`, { defaultValue: status })}</Tag>;
}
