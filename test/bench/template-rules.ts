import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import jsonLogic from 'json-logic-js';
import { createRuleEngine } from '../../runtime/src/rules/index.js';

/**
 * Every rule the shipped templates contain (templates/**: review `when`, routing `when`/`where`, flow
 * branches, filters and mappings, form visibleIf/computed/validations), found by walking the JSON: any
 * value that is an operator node of the rule engine is a rule. Nothing is hand-picked.
 */
export function templateRules(root = path.resolve(import.meta.dirname, '../../templates')): unknown[] {
  const ops = new Set(createRuleEngine().operatorNames());
  const out: unknown[] = [];
  const walk = (v: unknown, isSlot: boolean): void => {
    if (Array.isArray(v)) return v.forEach((x) => walk(x, false));
    if (v === null || typeof v !== 'object') return;
    const keys = Object.keys(v);
    if (isSlot && keys.length === 1 && ops.has(keys[0])) return void out.push(v);
    for (const k of keys) walk((v as Record<string, unknown>)[k], true);
  };
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.json') ? [path.join(dir, e.name)] : []));
  for (const f of files(root)) walk(JSON.parse(readFileSync(f, 'utf8')), false);
  return out;
}

/**
 * The OMS operators the templates use, written for json-logic-js from their documented semantics (so the
 * baseline can run the same rules). `now` is the bench's fixed clock.
 */
export function addOmsOperatorsToJsonLogic(now: number): void {
  const tagsOf = (v: unknown): unknown[] => (Array.isArray(v) ? v : v && typeof v === 'object' && Array.isArray((v as { tags?: unknown }).tags) ? (v as { tags: unknown[] }).tags : []);
  jsonLogic.add_operation('has-tag', (tagged: unknown, wanted: unknown, mode?: string) => {
    const tags = tagsOf(tagged);
    const w = Array.isArray(wanted) ? wanted : [wanted];
    if (w.length === 0) return false;
    return mode === 'all' ? w.every((x) => tags.includes(x)) : w.some((x) => tags.includes(x));
  });
  const finite = (v: unknown) => {
    const n = typeof v === 'number' ? v : parseFloat(v as string);
    return Number.isFinite(n) ? n : 0;
  };
  jsonLogic.add_operation('sum-lines', (lines: unknown, field?: string) => {
    if (!Array.isArray(lines)) return 0;
    let sum = 0;
    for (const l of lines) sum += field ? finite(l?.[field]) : finite(l?.qty) * finite(l?.unitPrice);
    return sum;
  });
  const at = (v: unknown) => (typeof v === 'number' ? v : typeof v === 'string' && v !== '' ? Date.parse(v.length === 10 ? `${v}T00:00:00Z` : v) : NaN);
  jsonLogic.add_operation('days-until', (v: unknown) => {
    const t = at(v);
    return Number.isFinite(t) ? (t - now) / 86_400_000 : null;
  });
}
