import {
  AlignLeftOutlined, BarsOutlined, CalendarOutlined, CheckSquareOutlined, DollarOutlined,
  EnvironmentOutlined, FieldNumberOutlined, FontSizeOutlined, GroupOutlined, QuestionOutlined, TableOutlined,
  TagOutlined, UnorderedListOutlined, UserOutlined,
} from '@ant-design/icons';
import { defaultFieldTypes, type FieldType, type FieldTypeRegistry, type FormField } from '@oms/runtime';
import type { ReactNode } from 'react';

/** A property group of the panel; which ones a type gets follows the runtime type's `accepts` and container. */
export type PanelPart = 'basics' | 'bounds' | 'pattern' | 'options' | 'default' | 'rules' | 'computed' | 'columns' | 'mapping' | 'layout';

/** What the designer adds to a runtime field type, under the runtime's key (never a list of its own). */
export interface FieldUi {
  icon: ReactNode;
  /** Extra properties a freshly dropped field gets (a dropdown starts with two options, a table with columns). */
  seed?(): Partial<FormField>;
  /** The palette's `section` adds a layout section instead of a field. */
  layoutSection?: boolean;
}

const option = (value: string, en: string, zh: string) => ({ value, label: { en, 'zh-CN': zh } });

/** Icons and seeds per runtime key; a custom runtime type without an entry gets the fallback and still works. */
export const FIELD_UI: Record<string, FieldUi> = {
  text: { icon: <FontSizeOutlined /> },
  textarea: { icon: <AlignLeftOutlined /> },
  number: { icon: <FieldNumberOutlined /> },
  money: { icon: <DollarOutlined /> },
  date: { icon: <CalendarOutlined /> },
  select: { icon: <BarsOutlined />, seed: () => ({ options: [option('a', 'Option A', '选项 A'), option('b', 'Option B', '选项 B')] }) },
  multiselect: { icon: <UnorderedListOutlined />, seed: () => ({ options: [option('a', 'Option A', '选项 A'), option('b', 'Option B', '选项 B')] }) },
  checkbox: { icon: <CheckSquareOutlined /> },
  address: { icon: <EnvironmentOutlined /> },
  sku: { icon: <TagOutlined /> },
  customer: { icon: <UserOutlined /> },
  'line-items': {
    icon: <TableOutlined />,
    seed: () => ({
      min: 1,
      columns: [
        { key: 'sku', type: 'sku', label: { en: 'SKU', 'zh-CN': '商品编码' }, required: true },
        { key: 'qty', type: 'number', label: { en: 'Qty', 'zh-CN': '数量' }, required: true, min: 1, default: 1 },
      ],
    }),
  },
  section: { icon: <GroupOutlined />, layoutSection: true },
};

const FALLBACK: FieldUi = { icon: <QuestionOutlined /> };

export function fieldUi(key: string): FieldUi {
  return FIELD_UI[key] ?? FALLBACK;
}

/** The panel's property groups for a runtime type (a column gets no layout or mapping of its own here). */
export function panelParts(type: FieldType | undefined, asColumn = false): PanelPart[] {
  if (!type) return ['basics'];
  const parts: PanelPart[] = ['basics'];
  if (type.accepts?.minMax) parts.push('bounds');
  if (type.accepts?.pattern) parts.push('pattern');
  if (type.accepts?.options) parts.push('options');
  if (!type.container && type.valueKind !== 'address' && type.valueKind !== 'customer') parts.push('default');
  parts.push('rules');
  if (!type.container) parts.push('computed');
  if (type.container === 'rows') parts.push('columns');
  if (!asColumn) parts.push('mapping', 'layout');
  return parts;
}

/** The palette: the runtime registry's types, in its order. */
export function paletteTypes(registry: FieldTypeRegistry = defaultFieldTypes): FieldType[] {
  return registry.keys().map((k) => registry.get(k)!);
}

