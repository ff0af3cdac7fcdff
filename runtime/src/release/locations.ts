import { pointer } from '../core/issue.js';
import type { Reference } from '../definitions/kind-spec.js';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** Location types a routing body names: candidate types, rule selector types, cost-table rows. */
export function routingLocationTypes(body: Obj): Reference[] {
  const out: Reference[] = [];
  const add = (v: unknown, ...at: Array<string | number>) =>
    strings(v).forEach((t, i) => out.push({ type: 'location-type', key: t, path: pointer(...at, i) }));
  add(obj(body.candidates)?.types, 'candidates', 'types');
  (Array.isArray(body.rules) ? body.rules : []).forEach((r, i) => {
    for (const sel of ['restrict', 'exclude', 'prefer']) add(obj(obj(r)?.[sel])?.types, 'rules', i, sel, 'types');
  });
  const table = obj(obj(obj(body.scoring)?.cost))?.table;
  (Array.isArray(table) ? table : []).forEach((row, i) => {
    const t = obj(row)?.locationType;
    if (typeof t === 'string') out.push({ type: 'location-type', key: t, path: pointer('scoring', 'cost', 'table', i, 'locationType') });
  });
  return out;
}
