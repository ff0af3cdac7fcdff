import type { LocationTrace, ReasonRef, RoutingResult } from '@oms/runtime';
import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { codeKey } from '../i18n/code-key';

const fix = (n: number | null | undefined, d = 3) => (n === null || n === undefined ? '—' : Number(n.toFixed(d)).toString());
const paramsText = (p?: Record<string, unknown>) =>
  p ? Object.entries(p).map(([k, v]) => `${k} ${typeof v === 'number' ? fix(v, 2) : JSON.stringify(v)}`).join(' · ') : '';

function Reason({ r, testId }: { r: ReasonRef; testId: string }) {
  const { t } = useTranslation();
  const p = paramsText(r.params);
  return (
    <Tag color="#a8071a" data-testid={testId}>
      {t(`console.reason.${codeKey(r.code)}`, { defaultValue: r.code })}{p ? ` (${p})` : ''}
    </Tag>
  );
}

/** Every location of the tenant for the sample order: rank, score and its components, or why it was excluded. */
export function RankingTable({ result }: { result: RoutingResult }) {
  const { t } = useTranslation();
  const trace = result.trace;
  const rows = [...trace.locations].sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9));
  return (
    <div data-testid="routing-ranking">
      <Typography.Paragraph>
        {t('routingDesigner.preview.status')}: <Tag data-testid="ranking-status">{t(`console.trace.routing.${result.status}`, { defaultValue: result.status })}</Tag>
        {t('routingDesigner.preview.strategy')}: <Tag>{trace.strategy}</Tag>
        {t('routingDesigner.preview.weights')}: {Object.entries(trace.weights).map(([k, w]) => `${t(`console.factor.${k}`)} ${fix(w, 2)}`).join(' · ')}
      </Typography.Paragraph>
      {result.shipments.map((s) => (
        <Typography.Paragraph key={s.location} data-testid="ranking-shipment">
          <Typography.Text strong>{s.location}</Typography.Text>: {s.lines.map((l) => `${l.sku} × ${l.qty}`).join(', ')}
        </Typography.Paragraph>
      ))}
      {result.unfilled.length > 0 && (
        <Typography.Paragraph type="danger">{t('routingDesigner.preview.unfilled')}: {result.unfilled.map((l) => `${l.sku} × ${l.qty}`).join(', ')}</Typography.Paragraph>
      )}
      <Table<LocationTrace>
        size="small" rowKey="location" pagination={false} dataSource={rows}
        rowClassName={(r) => (r.rank === 1 ? 'routing-top' : '')}
        onRow={(r) => ({ 'data-testid': `rank-row-${r.location}`, 'data-rank': r.rank ?? '' }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('routingDesigner.preview.rank'), dataIndex: 'rank', width: 70, render: (v?: number) => <span data-testid="rank-cell">{v ?? '—'}</span> },
          { title: t('routingDesigner.preview.location'), dataIndex: 'location', render: (l: string, r) => <>{l} {r.selected && <Tag color="#237804">{t('console.trace.selected')}</Tag>}</> },
          { title: t('routingDesigner.preview.score'), dataIndex: 'score', width: 90, render: (v?: number) => fix(v) },
          {
            title: t('routingDesigner.preview.components'), key: 'why',
            render: (_: unknown, r) => r.excluded ? <Reason r={r.excluded} testId="ranking-excluded" /> : (
              <span data-testid="ranking-factors">
                {(r.factors ?? []).map((f) => (
                  <Tag key={f.factor}>
                    {t(`console.factor.${f.factor}`)} {fix(f.contribution)} = {fix(f.weight, 2)} × {fix(f.normalized)}
                    {f.raw !== null ? ` (${t('console.trace.raw')} ${fix(f.raw, 1)})` : ''}
                  </Tag>
                ))}
                {r.boost ? <Tag color="#874d00">{t('console.trace.boost')} +{fix(r.boost)} ({(r.preferredBy ?? []).join(', ')})</Tag> : null}
              </span>
            ),
          },
        ]}
      />
      {trace.lines.some((l) => l.excluded.length > 0) && (
        <div data-testid="line-exclusions" style={{ marginTop: 8 }}>
          <Typography.Text strong>{t('routingDesigner.preview.lineExclusions')}</Typography.Text>
          {trace.lines.map((l) => l.excluded.map((e) => (
            <div key={`${l.lineId}-${e.location}`}>
              {l.sku} × {l.qty} · {e.location}: <Reason r={e} testId="line-excluded" />
            </div>
          )))}
        </div>
      )}
      {trace.rulesFired.length > 0 && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t('routingDesigner.preview.rulesFired')}: {trace.rulesFired.map((f) => f.rule + (f.lineId ? ` (${f.lineId})` : '')).join(', ')}
        </Typography.Paragraph>
      )}
    </div>
  );
}
