import jsonLogic, { type RulesLogic } from 'json-logic-js';
import { isPointer } from './json-pointer.js';
import { getDotted, LINE_FIELDS, ORDER_FIELDS, type FieldSpec } from './map-fields.js';
import type { OrderMapping } from './types.js';

export interface MapIssue {
  /** JSON Pointer of the bad field: into the delivery body, or into the installation's config (`/mapping/...`). */
  path: string;
  message: string;
}

export type Source = { pointer: string } | { logic: RulesLogic; key: string };
export interface FieldPlan {
  spec: FieldSpec;
  source: Source;
}
export interface MappingPlan {
  from?: string;
  order: FieldPlan[];
  linesFrom: string;
  lines: FieldPlan[];
}

const escapeKey = (k: string) => k.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * Checks the configured mapping once per delivery: every leaf a JSON Pointer, every `logic` entry a known field
 * with a rule in JSON text, every required field (externalId, lines.from, lines.sku, lines.qty) mapped. Errors
 * name the config path (`/mapping/lines/qty`) so the admin screen can point at the field.
 */
export function compileMapping(m: OrderMapping | undefined): { ok: true; plan: MappingPlan } | { ok: false; errors: MapIssue[] } {
  const errors: MapIssue[] = [];
  if (!m || typeof m !== 'object') return { ok: false, errors: [{ path: '/mapping', message: 'no mapping is configured' }] };
  const logic = new Map<string, RulesLogic>();
  for (const [key, text] of Object.entries(m.logic ?? {})) {
    const path = `/mapping/logic/${escapeKey(key)}`;
    const known = ORDER_FIELDS.some((f) => f.key === key) || LINE_FIELDS.some((f) => `lines.${f.key}` === key);
    if (!known) {
      errors.push({ path, message: `"${key}" is not a mapped field` });
      continue;
    }
    try {
      const rule = JSON.parse(text) as RulesLogic;
      if (typeof rule === 'object' && rule !== null && !Array.isArray(rule) && !jsonLogic.is_logic(rule)) throw new Error('not a rule');
      logic.set(key, rule);
    } catch {
      errors.push({ path, message: 'must be a JSON Logic rule in JSON text, e.g. {"var": "id"}' });
    }
  }
  const plan = (specs: FieldSpec[], prefix: string, node: unknown): FieldPlan[] =>
    specs.flatMap((spec): FieldPlan[] => {
      const key = `${prefix}${spec.key}`;
      const rule = logic.get(key);
      if (rule !== undefined) return [{ spec, source: { logic: rule, key } }];
      const ptr = getDotted(node, spec.key);
      const path = `/mapping/${key.replace(/\./g, '/')}`;
      if (ptr === undefined || ptr === '') {
        if (spec.required) errors.push({ path, message: `${key} must be mapped (a JSON Pointer such as /id, or a logic rule)` });
        return [];
      }
      if (!isPointer(ptr)) {
        errors.push({ path, message: `"${String(ptr)}" is not a JSON Pointer (it starts with / , e.g. /customer/email)` });
        return [];
      }
      return [{ spec, source: { pointer: ptr } }];
    });
  const order = plan(ORDER_FIELDS, '', m);
  const lines = plan(LINE_FIELDS, 'lines.', m.lines ?? {});
  const linesFrom = m.lines?.from;
  if (!isPointer(linesFrom)) errors.push({ path: '/mapping/lines/from', message: 'lines.from must be the JSON Pointer of the line items array, e.g. /items' });
  if (m.from !== undefined && m.from !== '' && !isPointer(m.from)) errors.push({ path: '/mapping/from', message: 'from must be a JSON Pointer to an array of orders' });
  if (errors.length) return { ok: false, errors };
  return { ok: true, plan: { from: m.from || undefined, order, linesFrom: linesFrom as string, lines } };
}
