import { MAPPING_TARGETS } from '@oms/runtime';
import type { VarKind, VariableOption } from '../rule-builder/model';

const KIND: Record<string, VarKind> = { number: 'number', string: 'string', date: 'string', 'string[]': 'list', rows: 'list' };

/** Facts the intake pipeline looks up before the review (runtime/src/review/types.ts `facts`). */
const FACTS: Array<[string, VarKind]> = [['facts.duplicateCount', 'number'], ['facts.blacklisted', 'boolean'], ['facts.openBalance', 'number']];

/**
 * What a review rule reads: the canonical order itself (the runtime's mapping targets, so the list is the one
 * the runtime checks against — review rules see the order at the top level) and the looked-up facts.
 */
export function reviewVariables(): VariableOption[] {
  const order = Object.entries(MAPPING_TARGETS)
    .filter(([, kinds]) => kinds[0] !== 'address' && kinds[0] !== 'customer')
    .map(([path, kinds]) => ({ path, label: path, kind: KIND[kinds[0]] ?? ('unknown' as VarKind), source: 'order' as const }));
  return [...order, ...FACTS.map(([path, kind]) => ({ path, label: path, kind, source: 'order' as const }))];
}
