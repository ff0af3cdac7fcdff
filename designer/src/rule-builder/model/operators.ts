import type { CompareOp } from './types';

/** The variable kinds the picker knows (form field types map onto these). */
export type VarKind = 'number' | 'string' | 'boolean' | 'date' | 'list' | 'unknown';

export interface VariableOption {
  path: string;
  label: string;
  kind: VarKind;
  /** Where it comes from: the form, the canonical order, the location, a line item inside all/some/none, an event. */
  source: 'form' | 'order' | 'location' | 'item' | 'event';
  /** Paths under this one may be typed into the picker (a payload whose shape no schema declares). */
  open?: boolean;
}

/** The typed path when it lies under an open variable (`event.amount` under `event`), else undefined. */
export function typedPath(variables: readonly VariableOption[], text: string): string | undefined {
  const path = text.trim();
  return variables.some((v) => v.open && path.startsWith(`${v.path}.`) && path.length > v.path.length + 1) && !/\s/.test(path) ? path : undefined;
}

export type ConditionChoice = CompareOp | 'between' | 'in' | 'truthy';

const ORDERED: ConditionChoice[] = ['==', '!=', '<', '<=', '>', '>=', 'between'];

/** Operators offered for a variable's kind: ordering only where it means something. */
export function operatorsFor(kind: VarKind): ConditionChoice[] {
  switch (kind) {
    case 'number':
    case 'date':
      return [...ORDERED, 'in', 'truthy'];
    case 'string':
      return ['==', '!=', 'in', 'truthy'];
    case 'boolean':
      return ['==', '!=', 'truthy'];
    case 'list':
      return ['in', 'truthy'];
    default:
      return [...ORDERED, '===', '!==', 'in', 'truthy'];
  }
}
