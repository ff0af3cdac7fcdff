import { DEFAULT_WEIGHTS, FACTOR_KEYS, type FactorKey, type Weights } from '@oms/runtime';
import { Col, InputNumber, Row, Slider, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { getIn, numberOrUndefined, setIn, type RoutingDoc } from './routing-doc';
import type { DocProps } from './doc-props';

/** The weights the engine uses: the given ones (missing factors count 0) or the defaults when none are given. */
export function effectiveWeights(doc: RoutingDoc): Weights {
  const given = doc.scoring?.weights;
  if (!given) return { ...DEFAULT_WEIGHTS };
  return Object.fromEntries(FACTOR_KEYS.map((k) => [k, given[k] ?? 0])) as Weights;
}

/** One slider per score factor, plus the normalisation bounds. The first move writes all five weights (given weights replace the defaults). */
export function WeightsPanel({ doc, onChange, readOnly }: DocProps) {
  const { t } = useTranslation();
  const w = effectiveWeights(doc);
  const setWeight = (k: FactorKey, v: number) => onChange(setIn(doc, ['scoring', 'weights'], { ...w, [k]: Math.round(v * 100) / 100 }));
  const bound = (path: string[], label: string, testId: string) => (
    <Col xs={12} md={6} key={testId}>
      <Typography.Text type="secondary">{label}</Typography.Text>
      <InputNumber
        aria-label={label} data-testid={testId} min={0} style={{ width: '100%' }} disabled={readOnly}
        value={getIn(doc, path) as number | undefined}
        onChange={(v) => onChange(setIn(doc, path, numberOrUndefined(v)))}
      />
    </Col>
  );
  return (
    <div data-testid="weights-panel">
      {FACTOR_KEYS.map((k) => (
        <Row key={k} gutter={12} align="middle">
          <Col span={6}><Typography.Text id={`weight-label-${k}`}>{t(`console.factor.${k}`)}</Typography.Text></Col>
          <Col span={13} data-testid={`weight-${k}`}>
            <Slider
              min={0} max={1} step={0.05} value={w[k]} disabled={readOnly}
              ariaLabelForHandle={t('routingDesigner.weights.sliderLabel', { factor: t(`console.factor.${k}`) })}
              onChange={(v: number) => setWeight(k, v)}
            />
          </Col>
          <Col span={5}><Typography.Text data-testid={`weight-value-${k}`}>{w[k].toFixed(2)}</Typography.Text></Col>
        </Row>
      ))}
      {!doc.scoring?.weights && <Typography.Paragraph type="secondary">{t('routingDesigner.weights.defaults')}</Typography.Paragraph>}
      <Row gutter={12}>
        {bound(['scoring', 'distance', 'maxKm'], t('routingDesigner.weights.maxKm'), 'max-km')}
        {bound(['scoring', 'stock', 'cap'], t('routingDesigner.weights.stockCap'), 'stock-cap')}
        {bound(['scoring', 'priority', 'max'], t('routingDesigner.weights.priorityMax'), 'priority-max')}
        {bound(['scoring', 'cost', 'default'], t('routingDesigner.weights.costDefault'), 'cost-default')}
      </Row>
    </div>
  );
}
