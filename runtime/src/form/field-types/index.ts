import { addressFieldType, customerFieldType, lineItemsFieldType, sectionFieldType } from './composite-types.js';
import type { I18nText } from '../types.js';
import { createFieldTypeRegistry, type FieldType, type FieldTypeRegistry } from './registry.js';
import {
  checkboxFieldType, dateFieldType, moneyFieldType, multiselectFieldType, numberFieldType, selectFieldType,
  skuFieldType, textareaFieldType, textFieldType,
} from './scalar-types.js';

export * from './registry.js';
export { isIsoDate } from './scalar-types.js';

const TITLES: Record<string, I18nText> = {
  text: { en: 'Text', 'zh-CN': '单行文本' },
  textarea: { en: 'Long text', 'zh-CN': '多行文本' },
  number: { en: 'Number', 'zh-CN': '数字' },
  money: { en: 'Amount', 'zh-CN': '金额' },
  date: { en: 'Date', 'zh-CN': '日期' },
  select: { en: 'Dropdown', 'zh-CN': '下拉单选' },
  multiselect: { en: 'Multiple choice', 'zh-CN': '多选' },
  checkbox: { en: 'Checkbox', 'zh-CN': '复选框' },
  address: { en: 'Address', 'zh-CN': '地址' },
  sku: { en: 'SKU', 'zh-CN': '商品编码' },
  customer: { en: 'Customer', 'zh-CN': '客户' },
  'line-items': { en: 'Line items', 'zh-CN': '明细表' },
  section: { en: 'Section', 'zh-CN': '分组' },
};

/** The built-in field types, in palette order. */
export const builtinFieldTypes: FieldType[] = [
  textFieldType, textareaFieldType, numberFieldType, moneyFieldType, dateFieldType, selectFieldType,
  multiselectFieldType, checkboxFieldType, addressFieldType, skuFieldType, customerFieldType,
  lineItemsFieldType, sectionFieldType,
].map((t) => ({ ...t, title: TITLES[t.key] }));

/** A fresh registry holding the built-in field types; register custom ones on it. */
export function createDefaultFieldTypes(): FieldTypeRegistry {
  return createFieldTypeRegistry(builtinFieldTypes);
}

/** The shared default registry used when a caller passes none. */
export const defaultFieldTypes: FieldTypeRegistry = createDefaultFieldTypes();
