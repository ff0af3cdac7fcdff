import { defaultFieldTypes, type FormField } from '@oms/runtime';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { updateField } from '../model';
import { propId, propStatus, type PanelProps } from '../property-panel';

/** Reads a typed bound or default: numbers for numeric types, true/false for checkboxes, text otherwise. */
export function typedValue(text: string, field: FormField): unknown {
  if (text === '') return undefined;
  const kind = defaultFieldTypes.get(field.type)?.valueKind;
  if (kind === 'number' && Number.isFinite(Number(text))) return Number(text);
  if (kind === 'boolean') return text === 'true';
  if (kind === 'string[]') return text.split(',').map((s) => s.trim()).filter(Boolean);
  return text;
}

const show = (v: unknown) => (v === undefined ? '' : Array.isArray(v) ? v.join(', ') : String(v));

/** min / max, pattern, default: typed by the field's value kind. */
export function ValuePropsEditor({ doc, apply, fieldRef, issues, field, part }: PanelProps & { field: FormField; part: 'bounds' | 'pattern' | 'default' }) {
  const { t } = useTranslation();
  const input = (prop: 'min' | 'max' | 'pattern' | 'default', parse: (s: string) => unknown) => (
    <Form.Item key={prop} label={t(`formDesigner.${prop}`)} htmlFor={propId(fieldRef, prop)} {...propStatus(issues, fieldRef, prop)}>
      <Input id={propId(fieldRef, prop)} data-testid={`fd-prop-${prop}`} value={show(field[prop])}
        onChange={(e) => apply(updateField(doc, fieldRef, { [prop]: parse(e.target.value) }), `${fieldRef}/${prop}`)} />
    </Form.Item>
  );
  if (part === 'pattern') return input('pattern', (s) => s || undefined);
  if (part === 'default') return input('default', (s) => typedValue(s, field));
  // dates bound by ISO date text; every other type by a number
  const bound = (s: string) => (s === '' ? undefined : field.type === 'date' || !Number.isFinite(Number(s)) ? s : Number(s));
  return <>{input('min', bound)}{input('max', bound)}</>;
}
