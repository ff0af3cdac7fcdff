import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

// Dark solid colours: white text on them meets WCAG AA (antd's light presets do not).
const COLORS: Record<string, string> = {
  'on-hold': '#ad4e00', exception: '#a8071a', rejected: '#a8071a', cancelled: '#595959', allocated: '#0958d9', backordered: '#874d00',
  'awaiting-approval': '#531dab', approved: '#006d75', shipped: '#237804', delivered: '#237804', completed: '#237804', 'partially-shipped': '#3f6600',
};

export function OrderStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status] ?? '#1d39c4'} data-testid="order-status">{t(`console.status.${status}`, { defaultValue: status })}</Tag>;
}
