import { Badge, Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<string, string> = {
  received: 'blue', 'awaiting-approval': 'gold', approved: 'cyan', allocated: 'cyan', released: 'geekblue', shipped: 'green',
  'partially-shipped': 'lime', delivered: 'green', completed: 'green', rejected: 'red', cancelled: 'gray', 'on-hold': 'orange',
  exception: 'red', backordered: 'purple',
};

/** Status in dark text with a coloured dot: antd's coloured tags fail WCAG contrast for small text. */
export function OrderStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Tag>
      <Badge color={COLORS[status] ?? 'gray'} style={{ marginInlineEnd: 6 }} />
      <span data-testid="order-status">{t(`orderStatus.${status}`, { defaultValue: status })}</span>
    </Tag>
  );
}
