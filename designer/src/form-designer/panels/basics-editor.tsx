import type { FormField } from '@oms/runtime';
import { Form, Input, Switch } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { renameField, updateField } from '../model';
import { propId, propStatus, type PanelProps } from '../property-panel';
import { I18nInputs } from './i18n-inputs';

const KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Key, label and help per language, required, read-only. */
export function BasicsEditor({ doc, apply, fieldRef, issues, onSelect, field }: PanelProps & { field: FormField }) {
  const { t } = useTranslation();
  const [key, setKey] = useState(field.key);
  useEffect(() => setKey(field.key), [field.key]);
  const table = fieldRef.includes('.') ? fieldRef.slice(0, fieldRef.indexOf('.')) : null;
  const set = (patch: Partial<FormField>, prop: string) => apply(updateField(doc, fieldRef, patch), `${fieldRef}/${prop}`);
  const commitKey = () => {
    // a key is renamed on blur / Enter only, and only to a valid, unused one: selection and layout follow it
    if (key === field.key || !KEY.test(key)) return setKey(field.key);
    apply(renameField(doc, fieldRef, key));
    onSelect(table ? `${table}.${key}` : key);
  };
  return (
    <>
      <Form.Item label={t('formDesigner.key')} htmlFor={propId(fieldRef, 'key')} {...propStatus(issues, fieldRef, 'key')}>
        <Input id={propId(fieldRef, 'key')} data-testid="fd-prop-key" value={key} onChange={(e) => setKey(e.target.value)} onBlur={commitKey} onPressEnter={commitKey} />
      </Form.Item>
      <I18nInputs labelKey="formDesigner.label" testId="fd-prop-label" value={field.label} idFor={(l) => propId(fieldRef, `label-${l}`)}
        status={propStatus(issues, fieldRef, 'label')} onChange={(label) => set({ label: label ?? {} }, 'label')} />
      <I18nInputs labelKey="formDesigner.help" value={field.help} idFor={(l) => propId(fieldRef, `help-${l}`)}
        onChange={(help) => set({ help }, 'help')} />
      <Form.Item label={t('formDesigner.required')} htmlFor={propId(fieldRef, 'required')} {...propStatus(issues, fieldRef, 'required')}>
        <Switch id={propId(fieldRef, 'required')} data-testid="fd-prop-required" checked={field.required === true} onChange={(v) => apply(updateField(doc, fieldRef, { required: v || undefined }))} />
      </Form.Item>
      <Form.Item label={t('formDesigner.readOnly')} htmlFor={propId(fieldRef, 'readOnly')}>
        <Switch id={propId(fieldRef, 'readOnly')} checked={field.readOnly === true} onChange={(v) => apply(updateField(doc, fieldRef, { readOnly: v || undefined }))} />
      </Form.Item>
    </>
  );
}
