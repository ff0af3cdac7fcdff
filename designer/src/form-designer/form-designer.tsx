import { RedoOutlined, UndoOutlined } from '@ant-design/icons';
import { defaultFieldTypes, pickText } from '@oms/runtime';
import { Button, Card, Col, Row, Space, Tabs } from 'antd';
import { memo, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n';
import { DragGhost } from './drag-ghost';
import { parseZone } from './drop-zone';
import { fieldUi } from './field-ui-registry';
import { FormCanvas } from './form-canvas';
import { FormPreview } from './form-preview';
import { FormSettings } from './form-settings';
import { IssuesBar } from './issues-bar';
import { addField, addSection, layoutOf, moveField, newField, type FormDoc } from './model';
import { Palette as PlainPalette } from './palette';
import { PropertyPanel as PlainPropertyPanel } from './property-panel';
import { useDocHistory } from '../components/use-doc-history';
import { useFormIssues } from './use-form-issues';
import { usePointerDrag } from './use-pointer-drag';
import { ValidationsEditor as PlainValidationsEditor } from './validations-editor';
import './form-designer.css';

// Drag state changes re-render the shell; the panels only when their own inputs change.
const Palette = memo(PlainPalette);
const PropertyPanel = memo(PlainPropertyPanel);
const ValidationsEditor = memo(PlainValidationsEditor);

export type DragPayload = { kind: 'new'; type: string } | { kind: 'move'; key: string };

export interface Selection {
  field: string | null;
  /** A property to focus once its panel shows (an issue was clicked). */
  focus?: string;
}

/** The form designer shell: palette → canvas → property panel, validations and live preview below. */
export default function FormDesigner({ doc, onChange, readOnly }: { doc: FormDoc; onChange(d: FormDoc): void; readOnly?: boolean }) {
  const { t } = useTranslation();
  const locale = currentLanguage();
  const history = useDocHistory(doc, onChange);
  const { apply } = history;
  const [selection, select] = useState<Selection>({ field: null });
  const [tab, setTab] = useState('validations');
  const issues = useFormIssues(doc, locale);
  const selectField = useCallback((f: string) => select({ field: f }), []);

  const addNew = useCallback((type: string, zone: string | null) => {
    const ui = fieldUi(type);
    const sections = layoutOf(doc);
    if (ui.layoutSection) {
      const id = `section-${sections.length + 1}`;
      apply(addSection(doc, id, { en: `Section ${sections.length + 1}`, 'zh-CN': `分区 ${sections.length + 1}` }));
      return;
    }
    const target = (zone && parseZone(zone)) || { section: Math.max(0, sections.length - 1), row: sections.at(-1)?.rows.length ?? 0, newRow: true as const };
    const typeTitle = defaultFieldTypes.get(type)?.title;
    const label = { en: t('formDesigner.newFieldLabel', { type: pickText(typeTitle ?? {}, 'en') || type, lng: 'en' }), 'zh-CN': t('formDesigner.newFieldLabel', { type: pickText(typeTitle ?? {}, 'zh-CN') || type, lng: 'zh-CN' }) };
    const field = newField(doc, type, label, ui.seed?.());
    apply(addField(doc, field, target));
    select({ field: field.key });
  }, [apply, doc, t]);

  const onAdd = useCallback((type: string) => { if (!readOnly) addNew(type, null); }, [addNew, readOnly]);
  const { drag, source, ghostRef } = usePointerDrag<DragPayload>((p, zone) => {
    if (readOnly) return;
    if (p.kind === 'new') return addNew(p.type, zone);
    const target = parseZone(zone);
    if (target) apply(moveField(doc, p.key, target));
  });

  return (
    <div data-testid="form-designer" className="fd-root">
      <Space style={{ marginBottom: 8 }} wrap>
        <Button icon={<UndoOutlined />} onClick={history.undo} disabled={!history.canUndo || readOnly} data-testid="fd-undo">{t('formDesigner.undo')}</Button>
        <Button icon={<RedoOutlined />} onClick={history.redo} disabled={!history.canRedo || readOnly} data-testid="fd-redo">{t('formDesigner.redo')}</Button>
        <IssuesBar issues={issues} onPick={(i) => {
          if (i.target.validation !== undefined) setTab('validations');
          select({ field: i.target.field ?? null, focus: i.target.property });
        }} />
      </Space>
      <Row gutter={12}>
        <Col xs={24} md={5}>
          <Palette source={source} onAdd={onAdd} />
        </Col>
        <Col xs={24} md={11}>
          <FormCanvas doc={doc} apply={apply} source={source} drag={drag} issues={issues} selected={selection.field} onSelect={selectField} readOnly={readOnly} />
        </Col>
        <Col xs={24} md={8}>
          <Card size="small" title={t('formDesigner.properties')} data-testid="fd-properties">
            <PropertyPanel doc={doc} apply={apply} selection={selection} issues={issues} onSelect={selectField} />
          </Card>
        </Col>
      </Row>
      <Tabs
        style={{ marginTop: 12 }}
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: 'validations', label: <span data-testid="fd-tab-validations">{t('formDesigner.validations')}</span>, children: <ValidationsEditor doc={doc} apply={apply} issues={issues} /> },
          { key: 'settings', label: <span data-testid="fd-tab-settings">{t('formDesigner.settings')}</span>, children: <FormSettings doc={doc} apply={apply} /> },
          { key: 'preview', label: <span data-testid="fd-tab-preview">{t('formDesigner.preview')}</span>, children: <FormPreview doc={doc} /> },
        ]}
      />
      <DragGhost drag={drag} ghostRef={ghostRef} />
    </div>
  );
}
