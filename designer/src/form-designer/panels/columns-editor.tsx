import { ArrowLeftOutlined, ArrowRightOutlined, DeleteOutlined } from '@ant-design/icons';
import { pickText, type FormField } from '@oms/runtime';
import { Button, Card, Form, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n';
import { fieldUi, paletteTypes } from '../field-ui-registry';
import { addColumn, freshKey, moveColumn, removeField } from '../model';
import { FieldProps, propId, propStatus, type PanelProps } from '../property-panel';

/** The typed columns of a line-items table; the selected column gets the full property panel (row-scoped). */
export function ColumnsEditor(props: PanelProps & { field: FormField }) {
  const { t } = useTranslation();
  const locale = currentLanguage();
  const { doc, apply, fieldRef, field, issues } = props;
  const columns = field.columns ?? [];
  const [open, setOpen] = useState<string | null>(props.column ?? null);
  useEffect(() => {
    if (props.column) setOpen(props.column);
  }, [props.column]);
  const [type, setType] = useState('number');
  const columnTypes = paletteTypes().filter((x) => x.column);
  const current = open && columns.some((c) => c.key === open) ? open : null;
  const add = () => {
    const title = columnTypes.find((x) => x.key === type)?.title ?? {};
    const key = freshKey({ ...doc, fields: columns }, type);
    apply(addColumn(doc, fieldRef, { key, type, label: { en: pickText(title, 'en') || key, 'zh-CN': pickText(title, 'zh-CN') || key } }));
    setOpen(key);
  };
  return (
    <Form.Item label={t('formDesigner.columns')} {...propStatus(issues, fieldRef, 'columns')}>
      <Space direction="vertical" style={{ width: '100%' }} data-testid="fd-columns" data-prop={propId(fieldRef, 'columns')}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('formDesigner.rowScoped')}</Typography.Text>
        <Space wrap>
          {columns.map((c) => {
            const bad = issues.some((i) => i.target.field === `${fieldRef}.${c.key}`);
            return (
              <Button key={c.key} size="small" type={current === c.key ? 'primary' : 'default'} danger={bad} icon={fieldUi(c.type).icon}
                data-testid={`fd-column-${c.key}`} aria-label={t('formDesigner.editColumn', { name: pickText(c.label, locale) || c.key })}
                aria-pressed={current === c.key} onClick={() => setOpen(current === c.key ? null : c.key)}>
                {pickText(c.label, locale) || c.key}
              </Button>
            );
          })}
        </Space>
        <Space.Compact>
          <Select aria-label={t('formDesigner.columnType')} data-testid="fd-column-type" style={{ width: 150 }} value={type} onChange={setType}
            options={columnTypes.map((x) => ({ value: x.key, label: pickText(x.title ?? {}, locale) || x.key }))} />
          <Button onClick={add} data-testid="fd-add-column">{t('formDesigner.addColumn')}</Button>
        </Space.Compact>
        {current && (
          <Card size="small" title={current} extra={
            <Space size={0}>
              <Button size="small" type="text" icon={<ArrowLeftOutlined />} aria-label={t('formDesigner.moveUp', { name: current })} onClick={() => apply(moveColumn(doc, `${fieldRef}.${current}`, -1))} />
              <Button size="small" type="text" icon={<ArrowRightOutlined />} aria-label={t('formDesigner.moveDown', { name: current })} onClick={() => apply(moveColumn(doc, `${fieldRef}.${current}`, 1))} />
              <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('formDesigner.remove', { name: current })} onClick={() => { apply(removeField(doc, `${fieldRef}.${current}`)); setOpen(null); }} />
            </Space>
          }>
            <FieldProps {...props} column={undefined} fieldRef={`${fieldRef}.${current}`} asColumn onSelect={(ref) => setOpen(ref.slice(ref.indexOf('.') + 1))} />
          </Card>
        )}
      </Space>
    </Form.Item>
  );
}
