import type { FormField } from '@oms/runtime';
import { Form, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formulaJson, parseFormula, updateField, type Formula } from '../model';
import { propId, propStatus, type PanelProps } from '../property-panel';
import { RuleProp, variablesFor } from './rule-prop-editor';

type Choice = Formula['kind'] | 'rule';

/** The computed value: A × B, A + B, sum over a table, a condition (rule builder), or custom JSON kept as is. */
export function ComputedEditor(props: PanelProps & { field: FormField }) {
  const { t } = useTranslation();
  const { doc, apply, fieldRef, field, issues } = props;
  const formula = parseFormula(field.computed);
  const isRule = formula.kind === 'custom' && field.type === 'checkbox';
  const choice: Choice = isRule ? 'rule' : formula.kind;
  const vars = variablesFor(doc, fieldRef);
  const numbers = vars.filter((v) => v.kind === 'number' || v.kind === 'unknown').map((v) => ({ value: v.path, label: v.label }));
  const tables = doc.fields.filter((f) => f.type === 'line-items');
  const set = (f: Formula | { kind: 'rule' }) =>
    apply(updateField(doc, fieldRef, { computed: f.kind === 'rule' ? { and: [] } : formulaJson(f), readOnly: f.kind === 'none' ? field.readOnly : true }));
  const pick = (choice: Choice) => {
    const a = numbers[0]?.value ?? '';
    const b = numbers[1]?.value ?? a;
    if (choice === 'product' || choice === 'sum') set({ kind: choice, a, b });
    else if (choice === 'sumLines') set({ kind: 'sumLines', lines: tables[0]?.key ?? 'lines' });
    else if (choice === 'rule') set({ kind: 'rule' });
    else if (choice === 'none') set({ kind: 'none' });
  };
  const operand = (which: 'a' | 'b') =>
    formula.kind === 'product' || formula.kind === 'sum' ? (
      <Select aria-label={t(`formDesigner.formula.${which}`)} data-testid={`fd-formula-${which}`} style={{ minWidth: 160 }} showSearch
        value={formula[which]} options={numbers} onChange={(v: string) => set({ ...formula, [which]: v })} />
    ) : null;
  return (
    <Form.Item label={t('formDesigner.computed')} htmlFor={propId(fieldRef, 'computed')} {...propStatus(issues, fieldRef, 'computed')}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Select id={propId(fieldRef, 'computed')} data-testid="fd-formula-kind" aria-label={t('formDesigner.formula.kind')} value={choice} onChange={pick}
          options={(['none', 'product', 'sum', 'sumLines', 'rule', ...(choice === 'custom' ? ['custom'] : [])] as Choice[]).map((k) => ({ value: k, label: t(`formDesigner.formula.${k}`) }))} />
        {(formula.kind === 'product' || formula.kind === 'sum') && (
          <Space wrap>{operand('a')}<Typography.Text>{formula.kind === 'product' ? '×' : '+'}</Typography.Text>{operand('b')}</Space>
        )}
        {formula.kind === 'sumLines' && (
          <Space wrap>
            <Select aria-label={t('formDesigner.formula.lines')} style={{ minWidth: 140 }} value={formula.lines}
              options={tables.map((f) => ({ value: f.key, label: f.key }))} onChange={(lines: string) => set({ ...formula, lines })} />
            <Select aria-label={t('formDesigner.columns')} style={{ minWidth: 140 }} allowClear value={formula.column}
              options={(tables.find((f) => f.key === formula.lines)?.columns ?? []).map((c) => ({ value: c.key, label: c.key }))}
              onChange={(column?: string) => set({ ...formula, column })} />
          </Space>
        )}
        {choice === 'rule' && <RuleProp {...props} prop="computed" value={field.computed} onChange={(v) => apply(updateField(doc, fieldRef, { computed: v }), `${fieldRef}/computed`)} />}
        {choice === 'custom' && <Typography.Text code>{JSON.stringify(field.computed)}</Typography.Text>}
      </Space>
    </Form.Item>
  );
}
