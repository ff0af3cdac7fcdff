import { Button, InputNumber, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/error-alert';
import { routingApi, type ReplayItem, type ReplayResult, type ReplaySummary } from './routing-api';

const where = (s: ReplaySummary) => `${s.status}: ${s.locations.join(', ') || '—'}`;

/** Replay the last N orders against the unsaved draft (POST /api/simulate/replay): which allocations change. */
export function ReplayPanel({ body }: { body: unknown }) {
  const { t } = useTranslation();
  const [last, setLast] = useState(500);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<ReplayResult | null>(null);
  async function run() {
    setBusy(true);
    setError(null);
    try {
      setResult(await routingApi.replay(body, last));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }
  const fmt = (n: number) => Number(n.toFixed(1)).toString();
  return (
    <div data-testid="replay-panel">
      <Space wrap style={{ marginBottom: 12 }}>
        <label htmlFor="replay-last">{t('routingDesigner.replay.last')}</label>
        <InputNumber id="replay-last" min={1} max={2000} value={last} onChange={(v) => setLast(v ?? 500)} />
        <Button type="primary" loading={busy} onClick={() => void run()} data-testid="run-replay">{t('routingDesigner.replay.run')}</Button>
      </Space>
      {error ? <ErrorAlert error={error} /> : null}
      {result && (
        <>
          <Typography.Paragraph strong data-testid="replay-summary">
            {t('routingDesigner.replay.summary', { changed: result.changed, total: result.total })}
          </Typography.Paragraph>
          <Typography.Paragraph type="secondary" data-testid="replay-totals">
            {t('routingDesigner.replay.totals', {
              sb: result.totals.before.shipments, sa: result.totals.after.shipments,
              kb: fmt(result.totals.before.distanceKm), ka: fmt(result.totals.after.distanceKm),
              cb: fmt(result.totals.before.cost), ca: fmt(result.totals.after.cost),
            })}
          </Typography.Paragraph>
          <Table<ReplayItem>
            size="small" rowKey="orderId" dataSource={result.items} pagination={{ pageSize: 20 }}
            columns={[
              { title: t('routingDesigner.replay.order'), dataIndex: 'number' },
              { title: t('routingDesigner.replay.before'), key: 'b', render: (_: unknown, r) => where(r.before) },
              { title: t('routingDesigner.replay.after'), key: 'a', render: (_: unknown, r) => where(r.after) },
              { title: t('routingDesigner.replay.changed'), dataIndex: 'changed', render: (c: boolean) => (c ? <Tag color="#874d00">{t('routingDesigner.replay.yes')}</Tag> : t('routingDesigner.replay.no')) },
            ]}
          />
        </>
      )}
    </div>
  );
}
