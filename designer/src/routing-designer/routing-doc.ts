import type { RoutingDefinition } from '@oms/runtime';

/** The editor's document as the routing designer sees it: a routing definition plus whatever else the JSON holds. */
export type RoutingDoc = RoutingDefinition & Record<string, unknown>;

/** Parse the editor text; null when it is not a JSON object (the designer then asks to fix the JSON first). */
export function parseRoutingDoc(text: string): RoutingDoc | null {
  try {
    const v = JSON.parse(text) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as RoutingDoc) : null;
  } catch {
    return null;
  }
}

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * Immutable set at a path of object keys. `undefined` removes the key, and an object left empty by that is
 * removed too, so clearing a control never leaves `{}` behind; every key the UI does not know is kept.
 */
export function setIn<T extends Json>(doc: T, path: readonly string[], value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path;
  const cur = doc[head];
  const next = rest.length === 0 ? value : setIn(isObj(cur) ? cur : {}, rest, value);
  const out: Json = { ...doc };
  if (next === undefined || (rest.length > 0 && isObj(next) && Object.keys(next).length === 0)) delete out[head];
  else out[head] = next;
  return out as T;
}

/** Read at a path of object keys. */
export function getIn(doc: unknown, path: readonly string[]): unknown {
  let cur = doc;
  for (const k of path) cur = isObj(cur) ? cur[k] : undefined;
  return cur;
}

/** Move an array item (rule order matters: rules apply in order). */
export function move<T>(list: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length || from === to) return [...list];
  const out = [...list];
  const [x] = out.splice(from, 1);
  out.splice(to, 0, x);
  return out;
}

/** A fresh rule id not used yet (`rule-1`, `rule-2`, …). */
export function nextRuleId(rules: ReadonlyArray<{ id: string }>): string {
  const used = new Set(rules.map((r) => r.id));
  let n = rules.length + 1;
  while (used.has(`rule-${n}`)) n++;
  return `rule-${n}`;
}

/** Empty list / blank number → undefined, so the key is dropped rather than stored empty. */
export const listOrUndefined = (v: readonly string[] | undefined) => (v && v.length ? [...v] : undefined);
export const numberOrUndefined = (v: number | null | undefined) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
