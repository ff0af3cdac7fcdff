import type { LocationSelector } from '@oms/runtime';
import { Col, Form, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ConditionField } from './condition-field';
import { listOrUndefined, numberOrUndefined } from './routing-doc';

export interface SelectorOptions { ids: string[]; types: string[]; tags: string[] }

type Sel = LocationSelector & { excludeTags?: string[]; boost?: number } & Record<string, unknown>;

/** The fields of a location selector (or the candidate filter): every given condition must hold. Unknown keys are kept. */
export function SelectorFields(props: {
  value: Sel; onChange(v: Sel): void; options: SelectorOptions; idPrefix: string; readOnly?: boolean;
  withIds?: boolean; withExcludeTags?: boolean; withBoost?: boolean;
}) {
  const { t } = useTranslation();
  const { value, onChange, options, idPrefix } = props;
  const set = (k: string, v: unknown) => {
    const next: Sel = { ...value };
    if (v === undefined) delete next[k];
    else next[k] = v;
    onChange(next);
  };
  const multi = (k: 'ids' | 'types' | 'tags' | 'anyTags' | 'excludeTags', opts: string[]) => (
    <Col xs={24} md={12} key={k}>
      <Form.Item label={t(`routingDesigner.selector.${k}`)} htmlFor={`${idPrefix}-${k}`}>
        <Select
          id={`${idPrefix}-${k}`} mode="tags" allowClear data-testid={`${idPrefix}-${k}`}
          value={(value[k] as string[] | undefined) ?? []}
          onChange={(v: string[]) => set(k, listOrUndefined(v))}
          options={opts.map((o) => ({ value: o, label: o }))}
        />
      </Form.Item>
    </Col>
  );
  return (
    <Form layout="vertical" disabled={props.readOnly}>
      <Row gutter={12}>
        {props.withIds && multi('ids', options.ids)}
        {multi('types', options.types)}
        {multi('tags', options.tags)}
        {multi('anyTags', options.tags)}
        {props.withExcludeTags && multi('excludeTags', options.tags)}
        <Col xs={12} md={6}>
          <Form.Item label={t('routingDesigner.selector.maxDistanceKm')} htmlFor={`${idPrefix}-km`}>
            <InputNumber id={`${idPrefix}-km`} min={0} value={value.maxDistanceKm} onChange={(v) => set('maxDistanceKm', numberOrUndefined(v))} />
          </Form.Item>
        </Col>
        {props.withBoost && (
          <Col xs={12} md={6}>
            <Form.Item label={t('routingDesigner.selector.boost')} htmlFor={`${idPrefix}-boost`}>
              <InputNumber id={`${idPrefix}-boost`} step={0.1} value={value.boost} onChange={(v) => set('boost', numberOrUndefined(v))} />
            </Form.Item>
          </Col>
        )}
      </Row>
      <ConditionField
        label={t('routingDesigner.selector.where')} value={value.where} onChange={(v) => set('where', v)}
        path={`inmemory://oms/routing/${idPrefix}-where.json`} readOnly={props.readOnly} testId={`${idPrefix}-where`}
      />
    </Form>
  );
}
