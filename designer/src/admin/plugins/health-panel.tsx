import { Badge, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Health } from '../../api/plugins-api';
import { useDateTime } from '../use-date-time';

const CIRCUIT = { closed: 'success', open: 'error', 'half-open': 'warning' } as const;

/** Health of an installation: circuit, last success / error, queue depth and the last sync. */
export function HealthPanel({ health }: { health: Health }) {
  const { t } = useTranslation();
  const fmt = useDateTime();
  const sync = health.lastSync?.capabilities ?? [];
  return (
    <Descriptions size="small" column={1} bordered data-testid="installation-health">
      <Descriptions.Item label={t('admin.plugins.circuit')}>
        <Badge status={CIRCUIT[health.circuit]} text={t(`admin.plugins.circuitState.${health.circuit}`)} />
        {health.consecutiveFailures ? ` · ${t('admin.plugins.failures', { count: health.consecutiveFailures })}` : null}
      </Descriptions.Item>
      <Descriptions.Item label={t('admin.plugins.lastSuccess')}>{fmt(health.lastSuccessAt)}</Descriptions.Item>
      <Descriptions.Item label={t('admin.plugins.lastError')}>
        {health.lastError ? (
          <Typography.Text type="danger">{fmt(health.lastErrorAt)} · {health.lastError.code}: {health.lastError.message}</Typography.Text>
        ) : '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('admin.plugins.queue')}>
        {t('admin.plugins.queueDepth', { jobs: health.queueDepth.jobs, webhooks: health.queueDepth.webhooks, deadLetters: health.queueDepth.deadLetters })}
      </Descriptions.Item>
      <Descriptions.Item label={t('admin.plugins.lastSync')}>
        {fmt(health.lastSyncAt)}
        {sync.map((c) => (
          <div key={c.capability}>
            <Typography.Text code>{c.capability}</Typography.Text>{' '}
            {t('admin.plugins.syncCounts', { items: c.items, created: c.created, duplicates: c.duplicates, deadLetters: c.deadLetters })}
            {c.error ? <Typography.Text type="danger"> · {c.error.code}</Typography.Text> : null}
          </div>
        ))}
      </Descriptions.Item>
    </Descriptions>
  );
}
