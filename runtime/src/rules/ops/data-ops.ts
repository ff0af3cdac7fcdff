import { charge } from '../eval-context.js';
import { FORBIDDEN_SEGMENTS, compilePath, getPath, getVar, isWholeData, propertyKey, read1, read2, read3, splitPath } from '../var-path.js';
import type { Fn } from '../eval-context.js';
import { eager, evalAll, type OpSpec } from './op-spec.js';
import { weighed } from '../weigh.js';

function isPrimitive(v: unknown): boolean {
  return v === null || (typeof v !== 'object' && typeof v !== 'function');
}

/** A static `var` argument with one or two plain segments, for operators that read it inline. */
export interface StaticVar {
  k0: string;
  k1?: string;
  nf: unknown;
  r1: (d: unknown, k: string, nf: unknown) => unknown;
  r2: (d: unknown, k0: string, k1: string, nf: unknown) => unknown;
}

export function staticVar(node: Parameters<OpSpec['compile']>[0], i: number): StaticVar | null {
  const r = node.raw[i];
  if (node.tracing) return null;
  if (typeof r !== 'object' || r === null || Array.isArray(r)) return null;
  const keys = Object.keys(r);
  if (keys.length !== 1 || keys[0] !== 'var') return null;
  const v = (r as { var: unknown }).var;
  const args = Array.isArray(v) ? v : [v];
  if (args.length > 2 || !args.every((a) => a === null || typeof a !== 'object')) return null;
  if (isWholeData(args[0])) return null;
  const segments = String(args[0]).split('.');
  if (segments.length > 2 || segments.some((k) => FORBIDDEN_SEGMENTS.has(k))) return null;
  return { k0: propertyKey(segments[0]), k1: segments[1] === undefined ? undefined : propertyKey(segments[1]), nf: args[1] === undefined ? null : args[1], r1: read1, r2: read2 };
}

/** A static `var` argument of three or more plain segments (keys ready for reading), for inline reads. */
export function staticDeepVar(node: Parameters<OpSpec['compile']>[0], i: number): { segs: string[]; nf: unknown } | null {
  const r = node.raw[i];
  if (node.tracing || typeof r !== 'object' || r === null || Array.isArray(r)) return null;
  const keys = Object.keys(r);
  if (keys.length !== 1 || keys[0] !== 'var') return null;
  const v = (r as { var: unknown }).var;
  const args = Array.isArray(v) ? v : [v];
  if (args.length > 2 || !args.every((a) => a === null || typeof a !== 'object') || isWholeData(args[0])) return null;
  const segments = String(args[0]).split('.');
  if (segments.length < 3 || segments.some((k) => FORBIDDEN_SEGMENTS.has(k))) return null;
  return { segs: segments.map(propertyKey), nf: args[1] === undefined ? null : args[1] };
}

/**
 * `var`: a constant path is split once at compile time (and rejected there if it names a forbidden
 * segment); a computed path is checked on every evaluation.
 */
const varOp: OpSpec = {
  compile(node) {
    const { args, raw } = node;
    const staticPath = node.isConst(0) && (raw.length < 2 || (node.isConst(1) && isPrimitive(node.constValue(1))));
    if (!staticPath || args.length > 2) {
      return (d, c) => {
        const v = evalAll(args, d, c);
        // A computed path is converted to text and split: charged by its size.
        return getVar(d, weighed(v[0], c), v[1]);
      };
    }
    const a = node.constValue(0);
    if (isWholeData(a)) return (d) => d;
    const segments = compilePath(a, node.path);
    const dflt = raw.length > 1 ? node.constValue(1) : undefined;
    const nf = dflt === undefined ? null : dflt;
    if (segments.length === 1) {
      const k = segments[0];
      return (d) => read1(d, k, nf);
    }
    if (segments.length === 2) {
      const [k0, k1] = segments;
      return (d) => read2(d, k0, k1, nf);
    }
    if (segments.length === 3) {
      const [k0, k1, k2] = segments;
      return (d) => read3(d, k0, k1, k2, nf);
    }
    return (d) => getPath(d, segments, nf);
  },
};

/** One `missing` key: a key that is an array is read as `var`'s [path, default] arguments. */
function readKey(data: unknown, key: unknown): unknown {
  return Array.isArray(key) ? getVar(data, key[0], key[1]) : getVar(data, key, undefined);
}

/** json-logic-js `missing`: one array argument is the key list, otherwise the arguments are. */
export function missingOf(data: unknown, v: unknown[], c: Parameters<typeof charge>[0]): unknown[] {
  const keys = Array.isArray(v[0]) ? (v[0] as unknown[]) : v;
  charge(c, keys.length * 8); // weigh.ts KEY_UNITS: convert, split, vet and read one path
  const out: unknown[] = [];
  for (const key of keys) {
    if (typeof key !== 'string' || key.length > 64) weighed(key, c);
    const value = readKey(data, key);
    if (value === null || value === '') out.push(key);
  }
  return out;
}

/** Reject forbidden constant keys at compile time (computed ones are caught when read). */
function checkConstKeys(node: Parameters<OpSpec['compile']>[0], from: number): void {
  for (let i = from; i < node.raw.length; i++) {
    if (!node.isConst(i)) continue;
    const v = node.constValue(i);
    const keys = Array.isArray(v) ? v : [v];
    for (const k of keys) {
      const path = Array.isArray(k) ? k[0] : k;
      if (!isWholeData(path) && isPrimitive(path)) splitPath(path, node.path);
    }
  }
}

/** One pre-split `missing` key: its text (handed back when missing), segments and default. */
interface KeyPlan {
  key: unknown;
  whole: boolean;
  segments: string[];
  nf: unknown;
}

/** A constant key list resolved once: paths split, vetted and internalized, defaults fixed. */
function keyPlans(keys: unknown[], rulePath: string): KeyPlan[] {
  return keys.map((key) => {
    const [a, b] = Array.isArray(key) ? [key[0], key[1]] : [key, undefined];
    const whole = isWholeData(a);
    return { key, whole, segments: whole ? [] : compilePath(a, rulePath), nf: b === undefined ? null : b };
  });
}

/**
 * Units one evaluation of a constant key list costs: half a unit per key (a read, maybe a copied key; a read
 * off a number item is the slowest, ≈ 40 µs CPU per 3,000 keys). Free below 8 keys; a long list (a 16 KB rule
 * holds ~3,000) must be charged, or a loop over it runs 3,000 reads per iteration for one unit.
 */
function planUnits(plans: readonly KeyPlan[]): number {
  return plans.length > 7 ? plans.length >>> 1 : 0;
}

/** The keys of `plans` whose value in `d` is null or "", as json-logic-js lists them. */
function missingIn(d: unknown, plans: readonly KeyPlan[]): unknown[] {
  const out: unknown[] = [];
  for (let i = 0; i < plans.length; i++) {
    const p = plans[i];
    const s = p.segments;
    const value = p.whole ? d : s.length === 1 ? read1(d, s[0], p.nf) : s.length === 2 ? read2(d, s[0], s[1], p.nf) : getPath(d, s, p.nf);
    if (value === null || value === '') out.push(constValue(p.key));
  }
  return out;
}

function staticMissing(node: Parameters<OpSpec['compile']>[0]): Fn {
  const v = node.raw.map((_, i) => node.constValue(i));
  const plans = keyPlans(Array.isArray(v[0]) ? (v[0] as unknown[]) : v, node.path);
  const units = planUnits(plans);
  return units > 0 ? (d, c) => (charge(c, units), missingIn(d, plans)) : (d) => missingIn(d, plans);
}

function constValue(v: unknown): unknown {
  return Array.isArray(v) ? v.map(constValue) : v;
}

const missing: OpSpec = {
  compile(node) {
    checkConstKeys(node, 0);
    if (node.raw.every((_, i) => node.isConst(i))) return staticMissing(node);
    return eager((v, d, c) => missingOf(d, v, c)).compile(node);
  },
};

/**
 * `missing_some` with a constant option list (the usual `[1, ["email", "phone"]]`) reads pre-split keys; the
 * count may still be computed. `options.length` is the outer list's, as in json-logic-js.
 */
function staticMissingSome(node: Parameters<OpSpec['compile']>[0]): Fn {
  const options = node.constValue(1) as unknown[];
  const plans = keyPlans(Array.isArray(options[0]) ? (options[0] as unknown[]) : options, node.path);
  const units = planUnits(plans);
  const n = options.length;
  const need = node.arg(0);
  const rest = node.args.slice(2);
  return (d, c) => {
    const k = weighed(need(d, c), c);
    for (let i = 0; i < rest.length; i++) rest[i](d, c);
    if (units > 0) charge(c, units);
    const areMissing = missingIn(d, plans);
    return n - areMissing.length >= (k as number) ? [] : areMissing;
  };
}

const missingSome: OpSpec = {
  minArgs: 2,
  compile(node) {
    checkConstKeys(node, 1);
    if (node.isConst(1) && Array.isArray(node.raw[1])) return staticMissingSome(node);
    return eager((v, d, c) => {
      const need = v[0] as number;
      const options = v[1] as unknown[];
      const areMissing = missingOf(d, Array.isArray(options) ? options : [options], c);
      return options.length - areMissing.length >= need ? [] : areMissing;
    }).compile(node);
  },
};

/** `merge` flattens one level; the output size is charged before it is built. */
const merge: OpSpec = eager((v, _d, c) => {
  let size = 0;
  for (const x of v) size += Array.isArray(x) ? x.length : 1;
  charge(c, size);
  const out: unknown[] = [];
  for (const x of v) {
    if (Array.isArray(x)) for (const y of x) out.push(y);
    else out.push(x);
  }
  return out;
});

/** `log` hands its value to the injected sink (the runtime itself does no I/O) and returns it. */
const log: OpSpec = eager((v, _d, c) => {
  c.env.log?.(v[0]);
  return v[0];
});

export const dataOps: Record<string, OpSpec> = { var: varOp, missing, missing_some: missingSome, merge, log };
