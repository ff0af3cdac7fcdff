import { defaultFieldTypes } from '@oms/runtime';
import { Empty, Form } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { panelParts } from './field-ui-registry';
import type { Selection } from './form-designer';
import { findField, splitRef, type FormDoc } from './model';
import { BasicsEditor } from './panels/basics-editor';
import { ColumnsEditor } from './panels/columns-editor';
import { ComputedEditor } from './panels/computed-editor';
import { LayoutEditor } from './panels/layout-editor';
import { MappingEditor } from './panels/mapping-editor';
import { OptionsEditor } from './panels/options-editor';
import { RulePropEditor } from './panels/rule-prop-editor';
import { ValuePropsEditor } from './panels/value-props-editor';
import type { PinnedIssue } from './use-form-issues';

export interface PanelProps {
  doc: FormDoc;
  apply(next: FormDoc, coalesce?: string): void;
  /** `lines` or a column `lines.qty`. */
  fieldRef: string;
  issues: PinnedIssue[];
  onSelect(ref: string): void;
  /** A column to open in the table's columns editor (a problem of that column was clicked). */
  column?: string;
}

/** DOM id of a property's input, so a clicked problem can focus it. */
export const propId = (ref: string, prop: string) => `fd-prop-${ref.replace(/[^A-Za-z0-9_-]/g, '-')}-${prop}`;

/** The problems of one property, for its Form.Item. */
export function propStatus(issues: PinnedIssue[], ref: string, prop: string) {
  const mine = issues.filter((i) => i.target.field === ref && i.target.property === prop);
  return mine.length ? { validateStatus: 'error' as const, help: mine.map((i) => i.message).join(' · ') } : {};
}

/** The property panel of one field or column: its parts follow the runtime type (field-ui-registry). */
export function FieldProps(props: PanelProps & { asColumn?: boolean }) {
  const field = findField(props.doc, props.fieldRef);
  if (!field) return null;
  const parts = panelParts(defaultFieldTypes.get(field.type), props.asColumn);
  const fieldIssues = props.issues.filter((i) => i.target.field === props.fieldRef && !i.target.property);
  return (
    <Form layout="vertical" size="small" component="div" data-testid={`fd-props-${props.fieldRef}`}>
      {fieldIssues.map((i, n) => <Form.Item key={n} validateStatus="error" help={i.message} />)}
      {parts.map((p) => {
        switch (p) {
          case 'basics': return <BasicsEditor key={p} {...props} field={field} />;
          case 'bounds': case 'pattern': case 'default': return <ValuePropsEditor key={p} {...props} field={field} part={p} />;
          case 'options': return <OptionsEditor key={p} {...props} field={field} />;
          case 'rules': return <RulePropEditor key={p} {...props} field={field} />;
          case 'computed': return <ComputedEditor key={p} {...props} field={field} />;
          case 'columns': return <ColumnsEditor key={p} {...props} field={field} />;
          case 'mapping': return <MappingEditor key={p} {...props} field={field} />;
          case 'layout': return <LayoutEditor key={p} {...props} />;
        }
      })}
    </Form>
  );
}

export function PropertyPanel({ selection, ...props }: Omit<PanelProps, 'fieldRef'> & { selection: Selection }) {
  const { t } = useTranslation();
  const ref = selection.field;
  useEffect(() => {
    if (!ref || !selection.focus) return;
    // the panel renders first; then the clicked problem's property gets the focus
    const id = propId(ref, selection.focus);
    const timer = setTimeout(() => {
      const el = document.getElementById(id) ?? document.querySelector<HTMLElement>(`[data-prop="${id}"]`);
      el?.scrollIntoView({ block: 'center' });
      el?.focus();
    }, 50);
    return () => clearTimeout(timer);
  }, [ref, selection]);
  if (!ref || !findField(props.doc, ref)) return <Empty description={t('formDesigner.noSelection')} image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  const [table, column] = splitRef(ref);
  return <FieldProps {...props} fieldRef={table} column={column} />;
}
