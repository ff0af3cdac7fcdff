import { LINE_TARGETS, MAPPING_TARGETS } from '@oms/runtime';
import type { VarKind, VariableOption } from './model';

type ValueKind = (typeof MAPPING_TARGETS)[string][number];

function kindOf(kinds: readonly ValueKind[]): VarKind {
  const k = kinds[0];
  if (k === 'number' || k === 'boolean' || k === 'date' || k === 'string') return k;
  if (k === 'string[]' || k === 'rows') return 'list';
  return 'unknown';
}

/** A form field as the picker needs it (key and value kind). */
export interface FormFieldVar {
  key: string;
  label?: string;
  kind: VarKind;
}

/**
 * Everything a rule can read: the form's fields, the canonical order (the runtime's mapping targets, so the
 * list is the one the runtime checks against) and the location.
 */
export function ruleVariables(formFields: readonly FormFieldVar[], withLocation = true): VariableOption[] {
  const form = formFields.map((f) => ({ path: f.key, label: f.label ?? f.key, kind: f.kind, source: 'form' as const }));
  const order = Object.entries(MAPPING_TARGETS)
    .filter(([, kinds]) => kinds[0] !== 'address' && kinds[0] !== 'customer')
    .map(([path, kinds]) => ({ path: `order.${path}`, label: `order.${path}`, kind: kindOf(kinds), source: 'order' as const }));
  const location = withLocation
    ? (['id', 'country', 'region', 'type'] as const).map((p) => ({
        path: `location.${p}`,
        label: `location.${p}`,
        kind: 'string' as const,
        source: 'location' as const,
      }))
    : [];
  return [...form, ...order, ...location];
}

/** Inside all / some / none: the line item's own columns. */
export function lineItemVariables(): VariableOption[] {
  return Object.entries(LINE_TARGETS).map(([path, kinds]) => ({ path, label: path, kind: kindOf(kinds), source: 'item' }));
}
