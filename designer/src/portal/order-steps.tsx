import { Steps } from 'antd';
import { useTranslation } from 'react-i18next';

const STEP_OF: Record<string, number> = {
  received: 0, 'awaiting-approval': 1, approved: 2, allocated: 2, backordered: 2, released: 2,
  'partially-shipped': 3, shipped: 3, delivered: 4, completed: 4,
};
const ENDED = new Set(['rejected', 'cancelled']);

/** received → awaiting approval → approved → shipped → delivered; a hold, exception or end marks the step it reached. */
export function OrderSteps({ status, history }: { status: string; history: Array<{ to: string | null }> }) {
  const { t } = useTranslation();
  // On hold / in exception / ended: the furthest step the order reached before.
  const reached = Math.max(0, ...history.map((h) => STEP_OF[h.to ?? ''] ?? 0));
  const current = STEP_OF[status] ?? reached;
  const trouble = !(status in STEP_OF);
  const keys = ['received', 'approval', 'approved', 'shipped', 'delivered'];
  return (
    <Steps
      data-testid="order-steps"
      current={current}
      status={ENDED.has(status) || status === 'exception' ? 'error' : trouble ? 'wait' : current === 4 ? 'finish' : 'process'}
      items={keys.map((k) => ({ title: t(`order.steps.${k}`) }))}
      style={{ marginBottom: 24 }}
    />
  );
}

export const isFinal = (status: string) => ENDED.has(status) || status === 'delivered' || status === 'completed';
