import { defaultFieldTypes, LINE_TARGETS, MAPPING_TARGETS, type FormField, type MappingTarget } from '@oms/runtime';
import { Form, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { setMapping } from '../model';
import { propId, propStatus, type PanelProps } from '../property-panel';

const fits = (table: Record<string, string[]>, kind: string | undefined) =>
  Object.entries(table).filter(([, kinds]) => kind !== undefined && kinds.includes(kind)).map(([target]) => target);

/** Where the field lands on the canonical order; a table also maps its columns onto the order line. */
export function MappingEditor({ doc, apply, fieldRef, issues, field }: PanelProps & { field: FormField }) {
  const { t } = useTranslation();
  const type = defaultFieldTypes.get(field.type);
  if (!type || type.container === 'group') return null;
  const mapping = (doc.mapping ?? {}) as Record<string, MappingTarget>;
  const current = mapping[fieldRef];
  const to = typeof current === 'string' ? current : current?.to;
  const remap = typeof current === 'object' ? current.columns ?? {} : {};
  const targets = fits(MAPPING_TARGETS, type.valueKind);
  const set = (next: string | undefined) =>
    apply(setMapping(doc, fieldRef, next === undefined ? undefined : type.container === 'rows' && Object.keys(remap).length ? { to: next, columns: remap } : next));
  const setColumn = (col: string, target?: string) => {
    const columns = { ...remap };
    if (target === undefined) delete columns[col];
    else columns[col] = target;
    apply(setMapping(doc, fieldRef, { to: to ?? 'lines', ...(Object.keys(columns).length ? { columns } : {}) }));
  };
  return (
    <Form.Item label={t('formDesigner.mapping')} htmlFor={propId(fieldRef, 'mapping')} {...propStatus(issues, fieldRef, 'mapping')}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Select id={propId(fieldRef, 'mapping')} data-testid="fd-mapping" allowClear showSearch value={to}
          placeholder={t('formDesigner.mappingDefault', { key: fieldRef })} onChange={(v?: string) => set(v)}
          options={[...new Set([...(to ? [to] : []), ...targets, `attributes.${fieldRef}`])].map((v) => ({ value: v, label: v }))} />
        {type.container === 'rows' && (field.columns ?? []).map((c) => {
          const kind = defaultFieldTypes.get(c.type)?.valueKind;
          return (
            <Select key={c.key} aria-label={`${t('formDesigner.columnMapping')}: ${c.key}`} allowClear value={remap[c.key]} placeholder={`${c.key} → ${c.key in LINE_TARGETS ? c.key : `attributes.${c.key}`}`}
              onChange={(v?: string) => setColumn(c.key, v)} options={fits(LINE_TARGETS, kind).map((v) => ({ value: v, label: `${c.key} → ${v}` }))} />
          );
        })}
      </Space>
    </Form.Item>
  );
}
