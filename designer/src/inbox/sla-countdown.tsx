import { Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatSpan } from './format-span';

/** One ticking clock per page: every countdown re-renders from it once a second. */
export function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const h = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(h);
  }, [intervalMs]);
  return now;
}

export function SlaCountdown({ dueAt, now, closed }: { dueAt: string | null; now: number; closed?: boolean }) {
  const { t } = useTranslation();
  if (!dueAt) return <Typography.Text type="secondary">{t('inbox.noDue')}</Typography.Text>;
  const left = new Date(dueAt).getTime() - now;
  if (closed) return <Typography.Text type="secondary">—</Typography.Text>;
  return left < 0
    ? <Typography.Text type="danger" strong data-testid="sla-countdown" data-overdue="true">{t('inbox.overdueBy', { time: formatSpan(left) })}</Typography.Text>
    : <Typography.Text data-testid="sla-countdown">{t('inbox.dueIn', { time: formatSpan(left) })}</Typography.Text>;
}
