import type { CanonicalOrder, RoutingDefinition } from '@oms/runtime';
import { Alert, Input, Select, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/error-alert';
import { useTenantFormat } from '../components/use-tenant-format';
import { RankingTable } from './ranking-table';
import { SAMPLE_ORDERS } from './sample-orders';
import { useLiveRanking } from './use-live-ranking';

const pretty = (v: unknown) => JSON.stringify(v, null, 2);

function parseOrder(text: string): CanonicalOrder | null {
  try {
    const v = JSON.parse(text) as CanonicalOrder;
    return v && Array.isArray(v.lines) ? v : null;
  } catch {
    return null;
  }
}

/** A sample order (pick one, or edit it) routed live by the draft: ranking, score components, exclusions. */
export function PreviewPanel({ def }: { def: RoutingDefinition }) {
  const { t } = useTranslation();
  const { timeZone } = useTenantFormat();
  const [sample, setSample] = useState(SAMPLE_ORDERS[0].id);
  const [text, setText] = useState(pretty(SAMPLE_ORDERS[0].order));
  const [order, setOrder] = useState<CanonicalOrder | null>(SAMPLE_ORDERS[0].order);
  const live = useLiveRanking(def, order, timeZone);
  return (
    <div data-testid="routing-preview">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Typography.Text>{t('routingDesigner.preview.sample')}</Typography.Text>
          <Select
            aria-label={t('routingDesigner.preview.sample')} style={{ width: 280 }} value={sample} data-testid="sample-order"
            onChange={(id) => {
              const s = SAMPLE_ORDERS.find((x) => x.id === id)!;
              setSample(id);
              setText(pretty(s.order));
              setOrder(s.order);
            }}
            options={SAMPLE_ORDERS.map((s) => ({ value: s.id, label: t(`routingDesigner.samples.${s.id}`) }))}
          />
        </Space>
        <Input.TextArea
          aria-label={t('routingDesigner.preview.orderJson')} rows={6} value={text} spellCheck={false} data-testid="sample-order-json"
          onChange={(e) => { setText(e.target.value); const o = parseOrder(e.target.value); if (o) setOrder(o); }}
          style={{ fontFamily: 'monospace', fontSize: 12 }}
        />
        {!parseOrder(text) && <Alert type="warning" showIcon title={t('routingDesigner.preview.orderInvalid')} />}
        {live.error ? <ErrorAlert error={live.error} /> : null}
        {live.loading ? <Skeleton active /> : live.result ? <RankingTable result={live.result} /> : null}
        {!live.loading && live.locations.length === 0 && <Typography.Text type="secondary">{t('routingDesigner.preview.noLocations')}</Typography.Text>}
      </Space>
    </div>
  );
}
