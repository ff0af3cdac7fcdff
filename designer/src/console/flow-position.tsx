import { Spin, Tag, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderDetail } from './console-api';

const FlowPositionCanvas = lazy(() => import('./flow-position-canvas'));

/** Where each flow instance of the order stands, on its pinned flow version's canvas. */
export function FlowPosition({ order }: { order: OrderDetail }) {
  const { t } = useTranslation();
  if (order.flows.length === 0) return <Typography.Text type="secondary">{t('console.detail.noFlow')}</Typography.Text>;
  return (
    <div data-testid="flow-position">
      {order.flows.map((f) => {
        const active = f.position.map((p) => p.node);
        return (
          <div key={f.id} style={{ marginBottom: 12 }}>
            <Typography.Paragraph>
              {t('console.flow.instance', { key: f.flow.key, version: f.flow.version })} <Tag>{t(`console.flow.status.${f.status}`, { defaultValue: f.status })}</Tag>
              {active.length > 0 && <>{t('console.flow.at')}: {active.map((n) => <Tag key={n} color="#0958d9">{n}</Tag>)}</>}
            </Typography.Paragraph>
            {f.graph && (
              <Suspense fallback={<Spin />}>
                <FlowPositionCanvas graph={f.graph} active={active} />
              </Suspense>
            )}
          </div>
        );
      })}
    </div>
  );
}
