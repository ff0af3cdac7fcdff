import type { FormField } from '@oms/runtime';
import { Button, Form, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n';
import { RuleBuilder } from '../../rule-builder';
import { formVariables, rowVariables } from '../field-vars';
import { findField, splitRef, updateField, type FormDoc } from '../model';
import { propId, propStatus, type PanelProps } from '../property-panel';

/** The variables a rule of this field may read: the form's fields; inside a table column also `row.*`. */
export function variablesFor(doc: FormDoc, ref: string) {
  const locale = currentLanguage();
  const [table, column] = splitRef(ref);
  const own = doc.fields;
  if (column === undefined) return formVariables(own, locale).filter((v) => v.path !== ref);
  const t = findField(doc, table);
  return t ? rowVariables(t, own, locale).filter((v) => v.path !== `row.${column}`) : formVariables(own, locale);
}

/** A condition property (visibleIf / requiredIf / computed as a condition) edited with the rule builder. */
export function RuleProp({ doc, apply, fieldRef, issues, prop, value, onChange }: PanelProps & { prop: string; value: unknown; onChange(v: unknown): void }) {
  const { t } = useTranslation();
  const vars = variablesFor(doc, fieldRef);
  if (value === undefined) {
    const first = vars[0]?.path ?? '';
    return (
      <Button size="small" id={propId(fieldRef, prop)} data-testid={`fd-add-${prop}`} onClick={() => onChange({ and: [{ '==': [{ var: first }, ''] }] })}>
        {t('formDesigner.addRule')}
      </Button>
    );
  }
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid={`fd-rule-${prop}`} data-prop={propId(fieldRef, prop)} tabIndex={-1}>
      <RuleBuilder value={value} onChange={onChange} variables={vars} path={`inmemory://oms/form-rule/${doc.key}/${fieldRef}/${prop}.json`} />
      <Button size="small" danger onClick={() => onChange(undefined)} data-testid={`fd-remove-${prop}`}>{t('formDesigner.removeRule')}</Button>
      {propStatus(issues, fieldRef, prop).help}
    </Space>
  );
}

export function RulePropEditor(props: PanelProps & { field: FormField }) {
  const { t } = useTranslation();
  const { doc, apply, fieldRef, field, issues } = props;
  return (
    <>
      {(['visibleIf', 'requiredIf'] as const).map((prop) => (
        <Form.Item key={prop} label={t(`formDesigner.${prop}`)} {...propStatus(issues, fieldRef, prop)}>
          <RuleProp {...props} prop={prop} value={field[prop]} onChange={(v) => apply(updateField(doc, fieldRef, { [prop]: v }), `${fieldRef}/${prop}`)} />
        </Form.Item>
      ))}
    </>
  );
}
