import { DeleteOutlined } from '@ant-design/icons';
import type { FieldOption, FormField } from '@oms/runtime';
import { Button, Form, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { updateField } from '../model';
import { propId, propStatus, type PanelProps } from '../property-panel';

/** Options of a dropdown / multiple choice: value and label per language. */
export function OptionsEditor({ doc, apply, fieldRef, issues, field }: PanelProps & { field: FormField }) {
  const { t } = useTranslation();
  const options = field.options ?? [];
  const set = (next: FieldOption[], coalesce?: string) => apply(updateField(doc, fieldRef, { options: next }), coalesce);
  const edit = (i: number, patch: Partial<FieldOption>) => set(options.map((o, j) => (j === i ? { ...o, ...patch } : o)), `${fieldRef}/options/${i}`);
  return (
    <Form.Item label={t('formDesigner.options')} {...propStatus(issues, fieldRef, 'options')}>
      <Space direction="vertical" style={{ width: '100%' }} data-prop={propId(fieldRef, 'options')}>
        {options.map((o, i) => (
          <Space.Compact key={i} style={{ width: '100%' }}>
            <Input aria-label={t('formDesigner.optionValue')} value={String(o.value)} style={{ width: '30%' }} onChange={(e) => edit(i, { value: e.target.value })} />
            <Input aria-label={t('formDesigner.optionLabel', { lang: 'en' })} value={o.label.en ?? ''} onChange={(e) => edit(i, { label: { ...o.label, en: e.target.value } })} />
            <Input aria-label={t('formDesigner.optionLabel', { lang: 'zh-CN' })} value={o.label['zh-CN'] ?? ''} onChange={(e) => edit(i, { label: { ...o.label, 'zh-CN': e.target.value } })} />
            <Button icon={<DeleteOutlined />} aria-label={t('formDesigner.removeOption', { value: String(o.value) })} onClick={() => set(options.filter((_, j) => j !== i))} />
          </Space.Compact>
        ))}
        <Button size="small" onClick={() => set([...options, { value: `option${options.length + 1}`, label: { en: `Option ${options.length + 1}`, 'zh-CN': `选项 ${options.length + 1}` } }])}>
          {t('formDesigner.addOption')}
        </Button>
      </Space>
    </Form.Item>
  );
}
