import { Form, Input, InputNumber, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { getIn, setIn, type Config, type PanelProps } from './panel-props';
import { JsonField } from './json-field';

/** One editable property, addressed by its path inside `config`. */
export interface FieldSpec {
  path: string[];
  /** i18n key under `flowDesigner.field.` */
  label: string;
  kind: 'text' | 'number' | 'select' | 'switch' | 'json';
  options?: string[];
  testId?: string;
}

/** A property panel described by its fields: most node types need nothing more. */
export function FieldPanel(props: PanelProps & { fields: FieldSpec[] }) {
  const { t } = useTranslation();
  const config = (props.node.config ?? {}) as Config;
  const set = (path: string[], v: unknown) => props.onChange(setIn(config, path, v), path.join('.'));
  return (
    <Form layout="vertical" size="small">
      {props.fields.map((f) => {
        const id = `fd-${props.node.id}-${f.path.join('-')}`;
        const value = getIn(config, f.path);
        const testId = f.testId ?? `prop-${f.path.join('-')}`;
        return (
          <Form.Item key={f.path.join('.')} label={t(`flowDesigner.field.${f.label}`)} htmlFor={id}>
            {f.kind === 'text' && <Input id={id} data-testid={testId} value={(value as string) ?? ''} onChange={(e) => set(f.path, e.target.value)} />}
            {f.kind === 'number' && <InputNumber id={id} data-testid={testId} value={value as number | undefined} onChange={(v) => set(f.path, v ?? undefined)} />}
            {f.kind === 'switch' && <Switch id={id} data-testid={testId} checked={value === true} onChange={(v) => set(f.path, v || undefined)} />}
            {f.kind === 'select' && (
              <Select id={id} data-testid={testId} allowClear value={value as string | undefined} onChange={(v) => set(f.path, v)}
                options={(f.options ?? []).map((o) => ({ value: o, label: o }))} />
            )}
            {f.kind === 'json' && <JsonField id={id} testId={testId} value={value} onChange={(v) => set(f.path, v)} />}
          </Form.Item>
        );
      })}
    </Form>
  );
}
