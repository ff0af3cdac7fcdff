import { addressFieldType, customerFieldType, lineItemsFieldType, sectionFieldType } from './composite-types.js';
import { createFieldTypeRegistry, type FieldTypeRegistry } from './registry.js';
import {
  checkboxFieldType, dateFieldType, moneyFieldType, multiselectFieldType, numberFieldType, selectFieldType,
  skuFieldType, textareaFieldType, textFieldType,
} from './scalar-types.js';

export * from './registry.js';
export { isIsoDate } from './scalar-types.js';

export const builtinFieldTypes = [
  textFieldType, textareaFieldType, numberFieldType, moneyFieldType, dateFieldType, selectFieldType,
  multiselectFieldType, checkboxFieldType, addressFieldType, skuFieldType, customerFieldType,
  lineItemsFieldType, sectionFieldType,
];

/** A fresh registry holding the built-in field types; register custom ones on it. */
export function createDefaultFieldTypes(): FieldTypeRegistry {
  return createFieldTypeRegistry(builtinFieldTypes);
}

/** The shared default registry used when a caller passes none. */
export const defaultFieldTypes: FieldTypeRegistry = createDefaultFieldTypes();
