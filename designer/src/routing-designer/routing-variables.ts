import { ruleVariables } from '../rule-builder';
import type { VariableOption } from '../rule-builder/model';

/**
 * What routing rules read: `when` sees `{order}` (+ `line` in line scope), selector `where` sees
 * `{location, order, distanceKm}` (+ `line`). The order paths are the rule builder's own list.
 */
export function routingVariables(): VariableOption[] {
  const extra: VariableOption[] = [
    { path: 'distanceKm', label: 'distanceKm', kind: 'number', source: 'location' },
    { path: 'location.priority', label: 'location.priority', kind: 'number', source: 'location' },
    { path: 'location.tags', label: 'location.tags', kind: 'list', source: 'location' },
    { path: 'line.sku', label: 'line.sku', kind: 'string', source: 'item' },
    { path: 'line.qty', label: 'line.qty', kind: 'number', source: 'item' },
    { path: 'line.tags', label: 'line.tags', kind: 'list', source: 'item' },
  ];
  return [...ruleVariables([], true), ...extra];
}
