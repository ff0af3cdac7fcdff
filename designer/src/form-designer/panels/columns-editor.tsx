import { ArrowLeftOutlined, ArrowRightOutlined, DeleteOutlined } from '@ant-design/icons';
import { pickText, type FormField } from '@oms/runtime';
import { Button, Card, Form, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n';
import { fieldUi, paletteTypes } from '../field-ui-registry';
import { DragGhost } from '../drag-ghost';
import { addColumn, freshKey, moveColumn, placeColumn, removeField } from '../model';
import { FieldProps, propId, propStatus, type PanelProps } from '../property-panel';
import { usePointerDrag } from '../use-pointer-drag';

/** `data-drop` of a column button: dropping a column there gives it that column's position. */
const colZone = (i: number) => `col:${i}`;
const parseColZone = (zone: string) => (/^col:\d+$/.test(zone) ? Number(zone.slice(4)) : null);

/**
 * The typed columns of a line-items table; the selected column gets the full property panel (row-scoped).
 * Reorder by dragging a column onto another's place (the form designer's pointer drag), or with the move
 * left / right buttons; each is one undo step.
 */
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
  const { drag, source, ghostRef } = usePointerDrag<string>((column, zone) => {
    const to = parseColZone(zone);
    if (to !== null && to !== columns.findIndex((c) => c.key === column)) apply(placeColumn(doc, `${fieldRef}.${column}`, to));
  });
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
          {columns.map((c, i) => {
            const bad = issues.some((x) => x.target.field === `${fieldRef}.${c.key}`);
            const name = pickText(c.label, locale) || c.key;
            const drop = colZone(i);
            return (
              <span key={c.key} data-drop={drop} data-testid={`fd-column-slot-${i}`} className={drag?.over === drop && drag.payload !== c.key ? 'fd-column-over' : undefined}>
                <Button size="small" type={current === c.key ? 'primary' : 'default'} danger={bad} icon={fieldUi(c.type).icon}
                  {...source(c.key, name)} title={t('formDesigner.dragColumn', { name })}
                  data-testid={`fd-column-${c.key}`} aria-label={t('formDesigner.editColumn', { name })}
                  aria-pressed={current === c.key} onClick={() => setOpen(current === c.key ? null : c.key)}>
                  {name}
                </Button>
              </span>
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
              <Button size="small" type="text" icon={<ArrowLeftOutlined />} aria-label={t('formDesigner.moveColumnLeft', { name: current })} data-testid="fd-column-left" onClick={() => apply(moveColumn(doc, `${fieldRef}.${current}`, -1))} />
              <Button size="small" type="text" icon={<ArrowRightOutlined />} aria-label={t('formDesigner.moveColumnRight', { name: current })} data-testid="fd-column-right" onClick={() => apply(moveColumn(doc, `${fieldRef}.${current}`, 1))} />
              <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('formDesigner.remove', { name: current })} onClick={() => { apply(removeField(doc, `${fieldRef}.${current}`)); setOpen(null); }} />
            </Space>
          }>
            <FieldProps {...props} column={undefined} fieldRef={`${fieldRef}.${current}`} asColumn onSelect={(ref) => setOpen(ref.slice(ref.indexOf('.') + 1))} />
          </Card>
        )}
      </Space>
      <DragGhost drag={drag} ghostRef={ghostRef} />
    </Form.Item>
  );
}
