import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { codeKey } from '../i18n/code-key';
import type { LocationTrace, RoutingPlan } from './console-api';

const fix = (n: number | null | undefined, d = 3) => (n === null || n === undefined ? '—' : Number(n.toFixed(d)).toString());

/** The allocation plan and, per location, why it was excluded or how it scored (orders.plan.trace). */
export function RoutingTrace({ plan }: { plan: RoutingPlan | null }) {
  const { t } = useTranslation();
  if (!plan) return <Typography.Text type="secondary">{t('console.detail.noPlan')}</Typography.Text>;
  const trace = plan.trace;
  return (
    <div data-testid="routing-trace">
      <Typography.Paragraph>
        {t('console.trace.status')}: <Tag>{t(`console.trace.routing.${plan.status}`, { defaultValue: plan.status })}</Tag>
        {trace && <>{t('console.trace.strategy')}: <Tag>{trace.strategy}</Tag></>}
      </Typography.Paragraph>
      {plan.shipments.map((s) => (
        <Typography.Paragraph key={s.location} data-testid="plan-shipment">
          <Typography.Text strong>{s.location}</Typography.Text>: {s.lines.map((l) => `${l.sku} × ${l.qty}`).join(', ')}
        </Typography.Paragraph>
      ))}
      {plan.unfilled.length > 0 && (
        <Typography.Paragraph type="danger">{t('console.trace.unfilled')}: {plan.unfilled.map((l) => `${l.sku} × ${l.qty}`).join(', ')}</Typography.Paragraph>
      )}
      {trace && (
        <Table<LocationTrace>
          size="small"
          rowKey="location"
          pagination={false}
          dataSource={[...trace.locations].sort((a, b) => (a.rank ?? 999) - (b.rank ?? 999))}
          columns={[
            { title: t('console.trace.location'), dataIndex: 'location', render: (l: string, r) => <>{l} {r.selected && <Tag color="#237804">{t('console.trace.selected')}</Tag>}</> },
            { title: t('console.trace.rank'), dataIndex: 'rank', render: (v?: number) => v ?? '—' },
            { title: t('console.trace.score'), dataIndex: 'score', render: (v?: number) => fix(v) },
            {
              title: t('console.trace.components'), key: 'factors',
              render: (_: unknown, r) =>
                r.excluded ? (
                  <Tag color="#a8071a" data-testid="trace-excluded">{t('console.trace.excluded')}: {t(`console.reason.${codeKey(r.excluded.code)}`, { defaultValue: r.excluded.code })}</Tag>
                ) : (
                  <span data-testid="trace-factors">
                    {(r.factors ?? []).map((f) => (
                      <Tag key={f.factor} title={`${t('console.trace.raw')} ${fix(f.raw, 2)} · ${t('console.trace.normalized')} ${fix(f.normalized)} · ${t('console.trace.weight')} ${fix(f.weight, 2)}`}>
                        {t(`console.factor.${f.factor}`, { defaultValue: f.factor })} {fix(f.contribution)}
                      </Tag>
                    ))}
                    {r.boost ? <Tag color="#874d00">{t('console.trace.boost')} +{fix(r.boost)}</Tag> : null}
                  </span>
                ),
            },
          ]}
        />
      )}
    </div>
  );
}
