import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTenantFormat } from '../components/use-tenant-format';
import type { TimelineEntry } from './console-api';

/** Who did what when, and under which definition version. */
export function OrderTimeline({ entries }: { entries: TimelineEntry[] }) {
  const { t } = useTranslation();
  const fmt = useTenantFormat();
  return (
    <Timeline
      data-testid="order-timeline"
      items={entries.map((e) => ({
        key: e.seq,
        content: (
          <div data-testid="timeline-entry">
            <Typography.Text strong>{t(`console.event.${e.type}`, { defaultValue: e.type })}</Typography.Text>{' '}
            <Typography.Text type="secondary">{fmt.date(e.at)} · {e.actor.label ?? t('console.detail.system')}</Typography.Text>
            {e.definition?.key && (
              <Typography.Text type="secondary"> · {t('console.detail.definition', { kind: e.definition.kind ?? '', key: e.definition.key, version: e.definition.version ?? '?' })}</Typography.Text>
            )}
            {e.message && <div>{e.message}</div>}
          </div>
        ),
      }))}
    />
  );
}
