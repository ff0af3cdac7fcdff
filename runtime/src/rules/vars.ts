import { constValue, isConstRule } from './compiler.js';
import { isLogic, opOf } from './limits.js';
import { isWholeData } from './var-path.js';

const SCOPED = new Set(['map', 'filter', 'all', 'some', 'none']);

function isPrimitive(v: unknown): v is string | number | boolean {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

/**
 * Static data paths a rule reads: constant `var` paths and constant `missing` / `missing_some` keys.
 * Inside an iteration body, paths are relative to the item; when the items come from a static path
 * they are reported as `<list>.*.<field>` (e.g. `lines.*.sku`), otherwise they are left out because
 * they cannot be placed in the input. Computed paths cannot be known and are not listed.
 */
export function varsOf(rule: unknown): string[] {
  const out = new Set<string>();
  collect(rule, '', out);
  return [...out];
}

function add(out: Set<string>, prefix: string, path: unknown): void {
  if (isWholeData(path)) {
    if (prefix) out.add(prefix.slice(0, -1));
  } else if (isPrimitive(path)) out.add(prefix + String(path));
}

/** The path of the items an iteration walks over, when it is static (`var` or a `filter` of one). */
function itemsPath(source: unknown, prefix: string): string | null {
  if (!isLogic(source)) return null;
  const op = opOf(source);
  const args = Array.isArray(source[op]) ? (source[op] as unknown[]) : [source[op]];
  if (op === 'var' && isConstRule(args[0])) {
    const p = constValue(args[0]);
    if (isWholeData(p)) return prefix ? prefix.slice(0, -1) : null;
    return isPrimitive(p) ? prefix + String(p) : null;
  }
  if (op === 'filter') return itemsPath(args[0], prefix);
  return null;
}

function collect(rule: unknown, prefix: string, out: Set<string>): void {
  if (Array.isArray(rule)) {
    for (const r of rule) collect(r, prefix, out);
    return;
  }
  if (!isLogic(rule)) return;
  const op = opOf(rule);
  const args = Array.isArray(rule[op]) ? (rule[op] as unknown[]) : [rule[op]];
  if (op === 'var' && isConstRule(args[0])) {
    add(out, prefix, constValue(args[0]));
    return;
  }
  if ((op === 'missing' || op === 'missing_some') && args.every(isConstRule)) {
    const keys = op === 'missing' ? (Array.isArray(args[0]) ? args[0] : args) : args[1];
    for (const k of Array.isArray(keys) ? keys : [keys]) add(out, prefix, Array.isArray(k) ? k[0] : k);
    return;
  }
  if (SCOPED.has(op) || op === 'reduce') {
    collect(args[0], prefix, out);
    if (op === 'reduce') collect(args[2], prefix, out);
    const items = itemsPath(args[0], prefix);
    if (items !== null) collectBody(args[1], `${items}.*.`, op === 'reduce', out);
    return;
  }
  for (const a of args) collect(a, prefix, out);
}

/** Vars of an iteration body; for reduce only `current.*` maps to the item. */
function collectBody(body: unknown, itemPrefix: string, isReduce: boolean, out: Set<string>): void {
  if (!isReduce) return collect(body, itemPrefix, out);
  const inner = new Set<string>();
  collect(body, '\u0000', inner);
  for (const v of inner) {
    if (!v.startsWith('\u0000')) continue;
    const p = v.slice(1);
    if (p === 'current') out.add(itemPrefix.slice(0, -1));
    else if (p.startsWith('current.')) out.add(itemPrefix + p.slice('current.'.length));
  }
}
