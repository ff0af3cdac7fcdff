import { Form, Input, InputNumber, Radio, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VariableOption } from '../../rule-builder/model';
import { constantFor, type MappingRow, type MappingValue } from './input-mapping';
import { VariableSelect } from './variable-select';

interface Props {
  row: MappingRow;
  /** The source the row shows while it is empty (the user's last choice). */
  mode: 'var' | 'const';
  variables: readonly VariableOption[];
  onMode(mode: 'var' | 'const'): void;
  onChange(value: MappingValue): void;
  /** Test id prefix of the row (default `action-input`; the compensation's rows use their own). */
  testPrefix?: string;
  /** How the property is named in the controls' labels (default its key), so two mappings on screen stay distinct. */
  keyLabel?: string;
}

/** One input property: read from a variable or a typed constant; any other stored rule read-only. */
export function MappingRowEditor({ row, mode, variables, onMode, onChange, testPrefix = 'action-input', keyLabel }: Props) {
  const { t } = useTranslation();
  const tid = `${testPrefix}-${row.key}`;
  const key = keyLabel ?? row.key;
  const label = (
    <span>
      <code>{row.key}</code>{row.title ? ` ${row.title}` : ''}{' '}
      {row.required && <Tag color="red" data-testid={`${tid}-required`}>{t('flowDesigner.action.required')}</Tag>}
      {!row.inSchema && <Tag color="orange">{t('flowDesigner.action.notInSchema')}</Tag>}
    </span>
  );
  if (row.value.kind === 'opaque') {
    return (
      <Form.Item label={label} data-testid={tid}>
        <Typography.Text type="secondary">{t('flowDesigner.action.opaque')}</Typography.Text>
        <pre data-testid={`${tid}-opaque`} style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{`input.${row.key} = ${JSON.stringify(row.value.rule)}`}</pre>
      </Form.Item>
    );
  }
  const v = row.value;
  const current: 'var' | 'const' = v.kind === 'var' ? 'var' : v.kind === 'const' ? 'const' : mode;
  const canConst = row.type !== 'other' || v.kind === 'const';
  const constText = v.kind === 'const' ? v.value : undefined;
  return (
    <Form.Item label={label} data-testid={tid}>
      <Radio.Group size="small" optionType="button" value={current} aria-label={t('flowDesigner.action.sourceOf', { key })}
        data-testid={`${tid}-mode`} style={{ marginBottom: 4 }}
        options={[{ value: 'var', label: t('flowDesigner.action.fromVariable') }, { value: 'const', label: t('flowDesigner.action.constant'), disabled: !canConst }]}
        onChange={(e) => { onMode(e.target.value); if (v.kind !== 'empty') onChange({ kind: 'empty' }); }} />
      {current === 'var' && (
        <VariableSelect testId={`${tid}-var`} ariaLabel={t('flowDesigner.action.variableOf', { key })} variables={variables}
          value={v.kind === 'var' ? v.path : undefined} onChange={(p) => onChange(p ? { kind: 'var', path: p } : { kind: 'empty' })} />
      )}
      {current === 'const' && row.type === 'boolean' && (
        <Select aria-label={t('flowDesigner.action.valueOf', { key })} data-testid={`${tid}-const`} allowClear style={{ width: '100%' }}
          value={typeof constText === 'boolean' ? String(constText) : undefined}
          options={[{ value: 'true', label: t('flowDesigner.action.yes') }, { value: 'false', label: t('flowDesigner.action.no') }]}
          onChange={(s?: string) => onChange(constantFor('boolean', s ?? ''))} />
      )}
      {current === 'const' && (row.type === 'number' || row.type === 'integer') && (
        <InputNumber aria-label={t('flowDesigner.action.valueOf', { key })} data-testid={`${tid}-const`} style={{ width: '100%' }}
          value={typeof constText === 'number' ? constText : null}
          onChange={(n) => onChange(n === null || n === undefined ? { kind: 'empty' } : { kind: 'const', value: Number(n) })} />
      )}
      {current === 'const' && row.type !== 'boolean' && row.type !== 'number' && row.type !== 'integer' && (
        <Input aria-label={t('flowDesigner.action.valueOf', { key })} data-testid={`${tid}-const`}
          value={constText === undefined ? '' : String(constText)} onChange={(e) => onChange(constantFor('string', e.target.value))} />
      )}
    </Form.Item>
  );
}
