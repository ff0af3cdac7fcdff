import { pointer } from '../core/issue.js';
import type { Reference } from '../definitions/kind-spec.js';
import type { Rule } from '../rules/types.js';
import type { LocationSelector, RoutingDefinition } from './types.js';

/** Static `var` paths in a JSON Logic rule (no engine needed: references() must work without one). */
export function staticVars(rule: Rule, out: string[] = []): string[] {
  if (Array.isArray(rule)) {
    for (const r of rule) staticVars(r, out);
  } else if (rule !== null && typeof rule === 'object') {
    for (const [op, arg] of Object.entries(rule)) {
      const first = Array.isArray(arg) ? arg[0] : arg;
      if (op === 'var' && (typeof first === 'string' || typeof first === 'number')) out.push(String(first));
      else staticVars(arg, out);
    }
  }
  return out;
}

/** Order fields a rule reads: `order.shipTo.country` → `shipTo.country`, `line.tags` → `lines.tags`. */
function fieldRefs(rule: Rule | undefined, path: string, out: Reference[]): void {
  if (rule === undefined) return;
  for (const v of new Set(staticVars(rule))) {
    if (v.startsWith('order.')) out.push({ type: 'field', key: v.slice(6), path });
    else if (v.startsWith('line.')) out.push({ type: 'field', key: `lines.${v.slice(5)}`, path });
  }
}

function selectorRefs(sel: LocationSelector | undefined, base: string, out: Reference[]): void {
  if (!sel) return;
  sel.ids?.forEach((id, i) => out.push({ type: 'location', key: id, path: `${base}/ids/${i}` }));
  sel.tags?.forEach((t, i) => out.push({ type: 'location-tag', key: t, path: `${base}/tags/${i}` }));
  sel.anyTags?.forEach((t, i) => out.push({ type: 'location-tag', key: t, path: `${base}/anyTags/${i}` }));
  fieldRefs(sel.where, `${base}/where`, out);
}

/** Location tags, location ids and order fields a routing definition depends on. */
export function routingReferences(def: RoutingDefinition): Reference[] {
  const out: Reference[] = [];
  const c = def.candidates;
  c?.tags?.forEach((t, i) => out.push({ type: 'location-tag', key: t, path: `/candidates/tags/${i}` }));
  c?.anyTags?.forEach((t, i) => out.push({ type: 'location-tag', key: t, path: `/candidates/anyTags/${i}` }));
  c?.excludeTags?.forEach((t, i) => out.push({ type: 'location-tag', key: t, path: `/candidates/excludeTags/${i}` }));
  fieldRefs(c?.where, '/candidates/where', out);
  (def.rules ?? []).forEach((r, i) => {
    fieldRefs(r.when, pointer('rules', i, 'when'), out);
    selectorRefs(r.restrict, pointer('rules', i, 'restrict'), out);
    selectorRefs(r.exclude, pointer('rules', i, 'exclude'), out);
    selectorRefs(r.prefer, pointer('rules', i, 'prefer'), out);
  });
  (def.scoring?.cost?.table ?? []).forEach((row, i) => {
    if (row.location) out.push({ type: 'location', key: row.location, path: pointer('scoring', 'cost', 'table', i, 'location') });
  });
  (def.safetyStock?.overrides ?? []).forEach((o, i) => {
    if (o.location) out.push({ type: 'location', key: o.location, path: pointer('safetyStock', 'overrides', i, 'location') });
  });
  return out;
}
