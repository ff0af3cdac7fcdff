import { charge } from '../eval-context.js';
import { getOwn, getPath, getVar, isWholeData, splitPath } from '../var-path.js';
import type { Fn } from '../eval-context.js';
import { eager, evalAll, type OpSpec } from './op-spec.js';

const hasOwn = Object.prototype.hasOwnProperty;

function orDefault(v: unknown, nf: unknown): unknown {
  return v === undefined ? nf : v;
}

function isPrimitive(v: unknown): boolean {
  return v === null || (typeof v !== 'object' && typeof v !== 'function');
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
        return getVar(d, v[0], v[1]);
      };
    }
    const a = node.constValue(0);
    if (isWholeData(a)) return (d) => d;
    const segments = splitPath(a, node.path);
    const dflt = raw.length > 1 ? node.constValue(1) : undefined;
    const nf = dflt === undefined ? null : dflt;
    // One- and two-segment paths (most of them) are inlined: own-property check, no function values.
    if (segments.length === 1) {
      const k = segments[0];
      return (d) => {
        if (typeof d !== 'object' || d === null) return typeof d === 'string' ? orDefault(getOwn(d, k), nf) : nf;
        if (!hasOwn.call(d, k)) return nf;
        const v = (d as Record<string, unknown>)[k];
        return v === undefined || typeof v === 'function' ? nf : v;
      };
    }
    if (segments.length === 2) {
      const [k0, k1] = segments;
      return (d) => {
        if (typeof d !== 'object' || d === null) return typeof d === 'string' ? getPath(d, segments, nf) : nf;
        if (!hasOwn.call(d, k0)) return nf;
        const v = (d as Record<string, unknown>)[k0];
        if (typeof v !== 'object' || v === null) return typeof v === 'string' ? orDefault(getOwn(v, k1), nf) : nf;
        if (!hasOwn.call(v, k1)) return nf;
        const w = (v as Record<string, unknown>)[k1];
        return w === undefined || typeof w === 'function' ? nf : w;
      };
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
  charge(c, keys.length);
  const out: unknown[] = [];
  for (const key of keys) {
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

/** A constant key list is resolved once: paths pre-split, defaults fixed. */
function staticMissing(node: Parameters<OpSpec['compile']>[0]): Fn {
  const v = node.raw.map((_, i) => node.constValue(i));
  const keys = Array.isArray(v[0]) ? (v[0] as unknown[]) : v;
  const plan = keys.map((key) => {
    const [a, b] = Array.isArray(key) ? [key[0], key[1]] : [key, undefined];
    return { key, whole: isWholeData(a), segments: isWholeData(a) ? [] : splitPath(a, node.path), nf: b === undefined ? null : b };
  });
  return (d, c) => {
    charge(c, plan.length);
    const out: unknown[] = [];
    for (const p of plan) {
      const value = p.whole ? d : getPath(d, p.segments, p.nf);
      if (value === null || value === '') out.push(constValue(p.key));
    }
    return out;
  };
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

const missingSome: OpSpec = {
  minArgs: 2,
  compile(node) {
    checkConstKeys(node, 1);
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
