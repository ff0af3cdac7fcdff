import { FACTOR_KEYS, type RoutingRule } from '@oms/runtime';
import { Button, Card, Checkbox, Col, Input, InputNumber, Row, Select, Space, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ConditionField } from './condition-field';
import { numberOrUndefined } from './routing-doc';
import { SelectorFields, type SelectorOptions } from './selector-fields';

type Rule = RoutingRule & Record<string, unknown>;
const EFFECTS = ['restrict', 'exclude', 'prefer'] as const;

/** One ordered rule: when → restrict / exclude / prefer and weight overrides; unknown keys (e.g. title) are kept. */
export function RuleCard(props: {
  rule: Rule; index: number; count: number; options: SelectorOptions; readOnly?: boolean;
  onChange(r: Rule): void; onMove(to: number): void; onRemove(): void;
}) {
  const { t } = useTranslation();
  const { rule, index, readOnly } = props;
  const set = (k: string, v: unknown) => {
    const next: Rule = { ...rule };
    if (v === undefined) delete next[k];
    else next[k] = v;
    props.onChange(next);
  };
  const prefix = `rule-${index}`;
  return (
    <Card
      size="small" style={{ marginBottom: 12 }} data-testid={`routing-rule-${index}`}
      title={<Space>{`${index + 1}.`}<Input aria-label={t('routingDesigner.rules.id')} value={rule.id} disabled={readOnly} onChange={(e) => set('id', e.target.value)} style={{ width: 220 }} /></Space>}
      extra={
        <Space>
          <Button size="small" disabled={readOnly || index === 0} onClick={() => props.onMove(index - 1)} aria-label={t('routingDesigner.rules.up')}>↑</Button>
          <Button size="small" disabled={readOnly || index === props.count - 1} onClick={() => props.onMove(index + 1)} aria-label={t('routingDesigner.rules.down')}>↓</Button>
          <Button size="small" danger disabled={readOnly} onClick={props.onRemove}>{t('routingDesigner.rules.remove')}</Button>
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 8 }}>
        <Typography.Text>{t('routingDesigner.rules.scope')}</Typography.Text>
        <Select
          aria-label={t('routingDesigner.rules.scope')} style={{ width: 200 }} disabled={readOnly} value={rule.scope ?? 'order'}
          onChange={(v) => set('scope', v === 'order' ? undefined : v)}
          options={[{ value: 'order', label: t('routingDesigner.rules.scopeOrder') }, { value: 'line', label: t('routingDesigner.rules.scopeLine') }]}
        />
        <Typography.Text>{t('routingDesigner.rules.stop')}</Typography.Text>
        <Switch aria-label={t('routingDesigner.rules.stop')} disabled={readOnly} checked={!!rule.stop} onChange={(v) => set('stop', v || undefined)} />
      </Space>
      <ConditionField label={t('routingDesigner.rules.when')} value={rule.when} onChange={(v) => set('when', v)} path={`inmemory://oms/routing/${prefix}-when.json`} readOnly={readOnly} testId={`${prefix}-when`} />
      {EFFECTS.map((e) => (
        <div key={e} style={{ marginBottom: 8 }}>
          <Checkbox checked={rule[e] !== undefined} disabled={readOnly} onChange={(ev) => set(e, ev.target.checked ? {} : undefined)} data-testid={`${prefix}-${e}`}>
            {t(`routingDesigner.rules.effect.${e}`)}
          </Checkbox>
          {rule[e] !== undefined && (
            <div style={{ paddingLeft: 24 }}>
              <SelectorFields value={rule[e] as never} onChange={(v) => set(e, v)} options={props.options} idPrefix={`${prefix}-${e}`} readOnly={readOnly} withIds withBoost={e === 'prefer'} />
            </div>
          )}
        </div>
      ))}
      {(rule.scope ?? 'order') === 'order' && (
        <div>
          <Typography.Text>{t('routingDesigner.rules.weights')}</Typography.Text>
          <Row gutter={8}>
            {FACTOR_KEYS.map((k) => (
              <Col key={k} xs={12} md={4}>
                <InputNumber
                  aria-label={`${t('routingDesigner.rules.weights')}: ${t(`console.factor.${k}`)}`} placeholder={t(`console.factor.${k}`)}
                  min={0} max={1} step={0.05} disabled={readOnly} style={{ width: '100%' }} value={rule.weights?.[k]}
                  onChange={(v) => {
                    const w = { ...(rule.weights ?? {}) } as Record<string, number>;
                    const n = numberOrUndefined(v);
                    if (n === undefined) delete w[k];
                    else w[k] = n;
                    set('weights', Object.keys(w).length ? w : undefined);
                  }}
                />
              </Col>
            ))}
          </Row>
        </div>
      )}
    </Card>
  );
}
