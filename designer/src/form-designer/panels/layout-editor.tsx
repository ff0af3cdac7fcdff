import { Form, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { layoutOf, setSpan, slotOf } from '../model';
import { propId, type PanelProps } from '../property-panel';

/** The field's width on the 24-column grid (placed fields only). */
export function LayoutEditor({ doc, apply, fieldRef }: PanelProps) {
  const { t } = useTranslation();
  const sections = layoutOf(doc);
  const slot = slotOf(sections, fieldRef);
  if (!slot) return null;
  const span = sections[slot.section].rows[slot.row].columns[slot.col].span ?? 24;
  return (
    <Form.Item label={t('formDesigner.span')} htmlFor={propId(fieldRef, 'span')}>
      <InputNumber id={propId(fieldRef, 'span')} min={1} max={24} value={span} onChange={(v) => typeof v === 'number' && apply(setSpan(doc, fieldRef, v), `${fieldRef}/span`)} />
    </Form.Item>
  );
}
