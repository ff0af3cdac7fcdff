import { pickText, type FormField } from '@oms/runtime';
import { Form, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { inputId, useFormRender } from './form-render-context';

/** Label, help, required mark and the error of one field, at the field (antd Form.Item without a Form store). */
export function FieldItem({ field, path, children, noLabel }: { field: FormField; path: string; children: ReactNode; noLabel?: boolean }) {
  const { t } = useTranslation();
  const { locale, evaluation, showErrorAt } = useFormRender();
  const error = showErrorAt(path);
  const computed = field.computed !== undefined;
  const label = noLabel ? undefined : (
    <span>
      {pickText(field.label, locale)}
      {computed && <Tag style={{ marginInlineStart: 8 }}>{t('form.computed')}</Tag>}
    </span>
  );
  return (
    <Form.Item
      label={label}
      htmlFor={inputId(path)}
      required={evaluation.required[path] === true}
      validateStatus={error ? 'error' : undefined}
      help={error ? <span data-testid={`error-${path}`}>{error}</span> : field.help ? pickText(field.help, locale) : undefined}
      style={{ marginBottom: 16 }}
    >
      {children}
    </Form.Item>
  );
}
