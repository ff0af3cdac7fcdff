import { charge, type EvalCtx } from '../eval-context.js';
import { numc } from '../ops/math-ops.js';
import { ELEMENT_UNITS, weighText, weighed } from '../weigh.js';
import { eager, type NodeInfo, type OpSpec } from '../ops/op-spec.js';
import { getPath, splitPath } from '../var-path.js';

function finite(v: unknown, c: EvalCtx): number {
  const n = numc(v, c);
  return Number.isFinite(n) ? n : 0;
}

/**
 * `getPath(line, [key], 0)` for the two default fields: written with literal keys so each read site sees one
 * key (lines of one order share a shape), not one generic keyed read for every path. Never a function.
 */
function lineField(l: unknown, key: 'qty' | 'unitPrice'): unknown {
  if (l === null || l === undefined) return 0;
  const v = key === 'qty' ? (l as { qty?: unknown }).qty : (l as { unitPrice?: unknown }).unitPrice;
  return v === undefined || typeof v === 'function' ? 0 : v;
}

/** A constant field path is vetted at compile time like a `var` path. */
function vetField(node: NodeInfo, i: number): void {
  if (node.isConst(i)) {
    const f = node.constValue(i);
    if (typeof f === 'string' && f !== '') splitPath(f, node.path);
  }
}

/** `sum-lines`: `[lines, field?]` — sum of a (dotted) line field, or of qty × unitPrice without one. */
const sumLines: OpSpec = {
  minArgs: 1,
  maxArgs: 2,
  compile(node) {
    vetField(node, 1);
    const [a0, a1] = node.args;
    // Own closures (not the shared eager wrapper): no argument array per call.
    if (a1 === undefined) return (d, c) => sumOf(a0(d, c), undefined, c);
    return (d, c) => {
      const lines = a0(d, c);
      return sumOf(lines, a1(d, c), c);
    };
  },
};

function sumOf(lines: unknown, field: unknown, c: EvalCtx): number {
  if (!Array.isArray(lines)) return 0;
  charge(c, lines.length * ELEMENT_UNITS);
  let sum = 0;
  if (field === undefined || field === null || field === '') {
    for (let i = 0; i < lines.length; i++) sum += finite(lineField(lines[i], 'qty'), c) * finite(lineField(lines[i], 'unitPrice'), c);
    return sum;
  }
  const segs = splitPath(weighed(field, c));
  for (let i = 0; i < lines.length; i++) sum += finite(getPath(lines[i], segs, 0), c);
  return sum;
}

/**
 * `count-lines`: `[lines]` counts lines; `[lines, field, value]` counts lines whose field equals value
 * (or, for an array field such as tags, contains it).
 */
const countLines: OpSpec = {
  minArgs: 1,
  maxArgs: 3,
  compile(node) {
    vetField(node, 1);
    return eager((v, _d, c) => {
      const lines = v[0];
      if (!Array.isArray(lines)) return 0;
      if (v.length < 2) return lines.length;
      charge(c, lines.length * ELEMENT_UNITS);
      weighText(v[2], c);
      const segs = splitPath(weighed(v[1], c));
      let n = 0;
      for (const l of lines) {
        const f = getPath(l, segs, undefined);
        if (Array.isArray(f)) charge(c, f.length >>> 4);
        if (f === v[2] || (Array.isArray(f) && f.includes(v[2]))) n++;
      }
      return n;
    }).compile(node);
  },
};

export const lineOps: Record<string, OpSpec> = { 'sum-lines': sumLines, 'count-lines': countLines };
