import { pickText, type FormField } from '@oms/runtime';
import { Checkbox, Input, InputNumber, Select } from 'antd';
import { getIn, useFormikContext } from 'formik';
import { useTranslation } from 'react-i18next';
import { inputId, useFormRender } from './form-render-context';
import { SkuPicker } from './sku-picker';

interface Props {
  field: FormField;
  path: string;
  /** Accessible name when the visible label is elsewhere (table cells). */
  ariaLabel?: string;
  computedValue?: unknown;
  onSkuPicked?(price: number | null): void;
}

/** One input for a scalar field type; values go to Formik as the form engine expects them (it coerces). */
export function ScalarInput({ field, path, ariaLabel, computedValue, onSkuPicked }: Props) {
  const { t } = useTranslation();
  const { values, setFieldValue, setFieldTouched } = useFormikContext<Record<string, unknown>>();
  const { locale, showErrorAt } = useFormRender();
  const value = computedValue !== undefined || field.computed !== undefined ? computedValue : getIn(values, path);
  const id = inputId(path);
  const set = (v: unknown) => void setFieldValue(path, v === null || v === '' ? undefined : v);
  const blur = () => void setFieldTouched(path, true, false);
  const common = { id, 'aria-label': ariaLabel, 'aria-invalid': showErrorAt(path) ? true : undefined, onBlur: blur };
  const readOnly = field.readOnly === true || field.computed !== undefined;
  const placeholder = field.placeholder ? pickText(field.placeholder, locale) : undefined;
  const options = (field.options ?? []).map((o) => ({ value: o.value as string, label: pickText(o.label, locale) }));

  switch (field.type) {
    case 'number':
    case 'money':
      return (
        <InputNumber
          {...common}
          style={{ width: '100%' }}
          value={typeof value === 'number' ? value : value === undefined ? null : Number(value)}
          readOnly={readOnly}
          precision={field.type === 'money' && readOnly ? (field.scale ?? 2) : undefined}
          onChange={(v) => set(v)}
          placeholder={placeholder}
        />
      );
    case 'date':
      return <Input {...common} type="date" value={(value as string) ?? ''} readOnly={readOnly} onChange={(e) => set(e.target.value)} />;
    case 'textarea':
      return <Input.TextArea {...common} rows={3} value={(value as string) ?? ''} readOnly={readOnly} placeholder={placeholder} onChange={(e) => set(e.target.value)} />;
    case 'select':
      return <Select {...common} allowClear value={value as string | undefined} options={options} placeholder={t('form.select')} onChange={set} disabled={readOnly} />;
    case 'multiselect':
      return <Select {...common} mode="multiple" value={(value as string[]) ?? []} options={options} placeholder={t('form.select')} onChange={set} disabled={readOnly} />;
    case 'checkbox':
      return (
        <Checkbox id={id} aria-label={ariaLabel} checked={value === true} disabled={readOnly} onChange={(e) => set(e.target.checked)}>
          {ariaLabel ? null : pickText(field.label, locale)}
        </Checkbox>
      );
    case 'sku':
      return <SkuPicker {...common} value={(value as string) ?? ''} onChange={set} onPicked={onSkuPicked} />;
    default:
      return <Input {...common} value={value === undefined ? '' : String(value)} readOnly={readOnly} placeholder={placeholder} onChange={(e) => set(e.target.value)} />;
  }
}
