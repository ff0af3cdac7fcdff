import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, HolderOutlined } from '@ant-design/icons';
import { pickText, type FormField } from '@oms/runtime';
import { Badge, Button, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n';
import { fieldUi } from './field-ui-registry';
import type { DragPayload } from './form-designer';
import { moveStep, removeField, type FormDoc } from './model';
import { issuesOf, type PinnedIssue } from './use-form-issues';
import type { usePointerDrag } from './use-pointer-drag';

type Source = ReturnType<typeof usePointerDrag<DragPayload>>['source'];

interface Props {
  field: FormField;
  doc: FormDoc;
  apply(next: FormDoc): void;
  source: Source;
  issues: PinnedIssue[];
  selected: boolean;
  onSelect(key: string): void;
  readOnly?: boolean;
}

/** A field on the canvas: drag handle, label and key, rule badges, problem count, keyboard moves. */
export function FieldCard({ field, doc, apply, source, issues, selected, onSelect, readOnly }: Props) {
  const { t } = useTranslation();
  const locale = currentLanguage();
  const name = pickText(field.label, locale) || field.key;
  const mine = issuesOf(issues, field.key).length + issues.filter((i) => i.target.field?.startsWith(`${field.key}.`)).length;
  return (
    <div className={`fd-card${selected ? ' fd-selected' : ''}${mine ? ' fd-error' : ''}`} data-testid={`fd-field-${field.key}`}>
      {!readOnly && (
        <span {...source({ kind: 'move', key: field.key }, name)} data-testid={`fd-handle-${field.key}`} aria-hidden>
          <HolderOutlined />
        </span>
      )}
      {fieldUi(field.type).icon}
      <button type="button" className="fd-card-main" onClick={() => onSelect(field.key)} aria-pressed={selected} aria-label={t('formDesigner.select', { name })}>
        {name} <span style={{ color: '#6b6b6b', fontSize: 12 }}>{field.key}</span>
        {field.required ? <Tag color="red" style={{ marginInlineStart: 4 }}>*</Tag> : null}
        {field.visibleIf !== undefined ? <Tag>visibleIf</Tag> : null}
        {field.requiredIf !== undefined ? <Tag>requiredIf</Tag> : null}
        {field.computed !== undefined ? <Tag>ƒ</Tag> : null}
      </button>
      {mine > 0 && <Badge count={mine} data-testid={`fd-field-issues-${field.key}`} />}
      {!readOnly && (
        <>
          <Tooltip title={t('formDesigner.moveUp', { name })}>
            <Button size="small" type="text" icon={<ArrowUpOutlined />} aria-label={t('formDesigner.moveUp', { name })} onClick={() => apply(moveStep(doc, field.key, -1))} />
          </Tooltip>
          <Tooltip title={t('formDesigner.moveDown', { name })}>
            <Button size="small" type="text" icon={<ArrowDownOutlined />} aria-label={t('formDesigner.moveDown', { name })} onClick={() => apply(moveStep(doc, field.key, 1))} />
          </Tooltip>
          <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('formDesigner.remove', { name })} data-testid={`fd-remove-${field.key}`} onClick={() => apply(removeField(doc, field.key))} />
        </>
      )}
    </div>
  );
}
