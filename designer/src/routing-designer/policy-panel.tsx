import { Col, Form, InputNumber, Row, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { numberOrUndefined, setIn } from './routing-doc';
import type { DocProps } from './doc-props';

/** Split policy, safety stock default and what happens to lines nobody can ship. */
export function PolicyPanel({ doc, onChange, readOnly }: DocProps) {
  const { t } = useTranslation();
  const split = doc.split ?? {};
  return (
    <Form layout="vertical" disabled={readOnly} data-testid="policy-panel">
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item label={t('routingDesigner.policy.shipComplete')} htmlFor="rd-ship-complete">
            <Switch id="rd-ship-complete" checked={split.shipComplete ?? true} onChange={(v) => onChange(setIn(doc, ['split', 'shipComplete'], v))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label={t('routingDesigner.policy.maxShipments')} htmlFor="rd-max-shipments">
            <InputNumber id="rd-max-shipments" min={1} max={50} value={split.maxShipments ?? 1} onChange={(v) => onChange(setIn(doc, ['split', 'maxShipments'], numberOrUndefined(v)))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label={t('routingDesigner.policy.perLineFallback')} htmlFor="rd-fallback">
            <Switch id="rd-fallback" checked={split.perLineFallback ?? false} onChange={(v) => onChange(setIn(doc, ['split', 'perLineFallback'], v))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label={t('routingDesigner.policy.safetyDefault')} htmlFor="rd-safety">
            <InputNumber id="rd-safety" min={0} value={doc.safetyStock?.default} onChange={(v) => onChange(setIn(doc, ['safetyStock', 'default'], numberOrUndefined(v)))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label={t('routingDesigner.policy.unfillable')} htmlFor="rd-unfillable">
            <Select
              id="rd-unfillable" style={{ width: 200 }} value={doc.unfillable ?? 'backorder'}
              onChange={(v) => onChange(setIn(doc, ['unfillable'], v))}
              options={(['backorder', 'hold', 'reject'] as const).map((v) => ({ value: v, label: t(`routingDesigner.policy.unfillableOption.${v}`) }))}
            />
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
