import { pickText, type FormField } from '@oms/runtime';
import { Card } from 'antd';
import { useFormRender } from './form-render-context';
import { CompositeInput } from './address-input';
import { FieldItem } from './field-item';
import { LineItemsInput } from './line-items-input';
import { ScalarInput } from './scalar-input';

/** One field of the generated form, by type; hidden fields (visibleIf) render nothing. */
export function FormFieldView({ field }: { field: FormField }) {
  const { evaluation, locale } = useFormRender();
  if (evaluation.visible[field.key] === false) return null;
  switch (field.type) {
    case 'section':
      return (
        <Card size="small" title={pickText(field.label, locale)} style={{ marginBottom: 16 }}>
          {(field.fields ?? []).map((f) => <FormFieldView key={f.key} field={f} />)}
        </Card>
      );
    case 'line-items':
      return <FieldItem field={field} path={field.key}><LineItemsInput field={field} /></FieldItem>;
    case 'address':
    case 'customer':
      return <FieldItem field={field} path={field.key}><CompositeInput field={field} kind={field.type} /></FieldItem>;
    case 'checkbox':
      return <FieldItem field={field} path={field.key} noLabel><ScalarInput field={field} path={field.key} /></FieldItem>;
    default:
      return (
        <FieldItem field={field} path={field.key}>
          <ScalarInput field={field} path={field.key} computedValue={field.computed !== undefined ? evaluation.computed[field.key] : undefined} />
        </FieldItem>
      );
  }
}
