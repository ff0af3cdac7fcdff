/**
 * A generated corpus of CPU / memory bombs for the rule engine: nested loops × string doubling ×
 * conversions × large data (each data set ≤ 1 MB of JSON). Seeded, so a failing seed replays exactly.
 * TUNING_SEEDS may be looked at while fixing the engine; HELD_OUT_SEEDS never are (they check that the
 * budget is complete, not fitted to the cases seen).
 */
export const TUNING_SEEDS = Array.from({ length: 40 }, (_, i) => i + 1);
export const HELD_OUT_SEEDS = Array.from({ length: 20 }, (_, i) => 7_001 + i * 13);

export interface Bomb {
  seed: number;
  rule: unknown;
  data: unknown;
}

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const MAX_DATA_BYTES = 1024 * 1024;

/** Large data of several shapes; the total stays under 1 MB of JSON. */
function bigData(r: () => number): Record<string, unknown> {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const textLen = pick([2_000, 60_000, 200_000]);
  const count = pick([1_000, 20_000, 60_000]);
  let deep: unknown = [1];
  for (let i = 0, n = pick([100, 1_000, 3_000]); i < n; i++) deep = [deep];
  return {
    s: pick(['1', '9', 'a', '1e', ' ']).repeat(textLen),
    n: Array.from({ length: count }, (_, i) => (i * 7919) % 1000),
    ss: Array.from({ length: Math.min(count, 2_000) }, (_, i) => `k${i}`.repeat(pick([1, 8, 40]))),
    deep,
    grid: Array.from({ length: 150 }, (_, i) => Array.from({ length: 150 }, (_, j) => i + j)),
    lines: Array.from({ length: Math.min(count, 5_000) }, (_, i) => ({ sku: `S${i}`, qty: pick([1, '2', '3.5']), unitPrice: 1.5, tags: ['a'] })),
    o: { toString: 1, valueOf: 1 },
  };
}

const acc = { var: 'accumulator' };

/** Ways to read a (possibly big) value x: every conversion and builder the engine has. */
const CONVERSIONS: Array<(x: unknown) => unknown> = [
  (x) => ({ '+': [x, 1] }),
  (x) => ({ '==': [x, 1] }),
  (x) => ({ '!=': [x, 'abc'] }),
  (x) => ({ '<': [x, 'a'] }),
  (x) => ({ '<=': [0, x, 5] }),
  (x) => ({ '>': [x, x] }),
  (x) => ({ '===': [x, x] }),
  (x) => ({ substr: [x, 1] }),
  (x) => ({ substr: [x, 0, -1] }),
  (x) => ({ in: ['zz', x] }),
  (x) => ({ in: [x, 'abcdef'] }),
  (x) => ({ in: [x, { var: 'ss' }] }),
  (x) => ({ in: [x, x] }),
  (x) => ({ cat: [x, x] }),
  (x) => ({ cat: [x, '-', x, '-', x] }),
  (x) => ({ merge: [x, x] }),
  (x) => ({ '-': [x] }),
  (x) => ({ '*': [x, 2] }),
  (x) => ({ '%': [x, 7] }),
  (x) => ({ '/': [x, x] }),
  (x) => ({ min: [x, 1] }),
  (x) => ({ max: [x, x, x] }),
  (x) => ({ var: [x] }),
  (x) => ({ missing: [x] }),
  (x) => ({ missing: x }),
  (x) => ({ missing_some: [1, x] }),
  (x) => ({ '!': [x] }),
  (x) => ({ 'sum-lines': [x] }),
  (x) => ({ 'count-lines': [x, 'sku', x] }),
  (x) => ({ 'has-tag': [x, x] }),
  (x) => ({ 'postcode-prefix': [x, x] }),
  (x) => ({ 'region-in': [x, x] }),
  (x) => ({ 'distance-km': [x, x] }),
  (x) => ({ 'date-add': [x, x, 'days'] }),
  (x) => ({ 'hour-of-day': [x, x] }),
  (x) => ({ timestamp: [x] }),
];

/** Big values at the top scope, including ones the rule builds itself. */
const SOURCES: unknown[] = [
  { var: 's' },
  { var: 'n' },
  { var: 'ss' },
  { var: 'deep' },
  { var: 'lines' },
  { var: 'grid' },
  { var: 'o' },
  { merge: [{ var: 'n' }, { var: 'n' }, { var: 'ss' }] },
  { cat: [{ var: 's' }, { var: 's' }, { var: 'n' }] },
  // string doubling: the accumulator doubles per item
  { reduce: [{ var: 'n' }, { cat: [acc, acc] }, { var: 's' }] },
  { reduce: [{ var: 'lines' }, { cat: [acc, { substr: [acc, 0, -1] }, acc] }, 'ab'] },
  { reduce: [{ var: 'n' }, { merge: [acc, acc] }, [1]] },
  { map: [{ var: 'n' }, { var: '' }] },
];

/** How often the conversion runs: once, per item of a big list, or per item × item (nested loops). */
const SHAPES: Array<(conv: unknown, src: unknown, r: () => number) => unknown> = [
  (conv) => conv,
  // keep the big value in the accumulator and convert it once per item
  (conv, src) => ({ reduce: [{ var: 'n' }, { if: [conv, acc, acc] }, src] }),
  (conv, src) => ({ reduce: [{ var: 'lines' }, { if: [conv, acc, { var: 'accumulator' }] }, src] }),
  // nested loops: per outer item, scan a big list held in the accumulator
  (conv, src) => ({
    reduce: [{ var: 'n' }, { if: [{ some: [{ var: 'accumulator.1' }, { '!': { var: '' } }] }, acc, acc] }, [src, { var: 'n' }, conv]],
  }),
  (conv) => ({ map: [{ var: 'grid' }, { map: [{ var: '' }, { filter: [{ var: '' }, conv] }] }] }),
  // the same conversion many times in one rule (no loop at all)
  (conv, _src, r) => ({ and: [...Array.from({ length: 10 + Math.floor(r() * 60) }, (): unknown => ({ '!!': [conv] })), true] }),
  (conv, _src, r) => ({ '+': Array.from({ length: 10 + Math.floor(r() * 40) }, () => ({ '*': [conv, 0] })) }),
];

function substitute(rule: unknown, from: unknown, to: unknown): unknown {
  if (rule === from) return to;
  if (Array.isArray(rule)) return rule.map((x) => substitute(x, from, to));
  if (rule !== null && typeof rule === 'object') {
    return Object.fromEntries(Object.entries(rule).map(([k, v]) => [k, substitute(v, from, to)]));
  }
  return rule;
}

const HOLE = { var: '__hole__' };

/** Bomb number `seed`: a shape around a conversion (sometimes two nested) of a big source. */
export function bomb(seed: number): Bomb {
  const r = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const src = pick(SOURCES);
  const inner = pick(CONVERSIONS);
  const outer = r() < 0.4 ? pick(CONVERSIONS) : (x: unknown) => x;
  // Inside a reduce body the big value is the accumulator; elsewhere the source itself.
  const shape = pick(SHAPES);
  const usesAcc = shape !== SHAPES[0] && shape !== SHAPES[4] && shape !== SHAPES[5] && shape !== SHAPES[6];
  const x = usesAcc ? (shape === SHAPES[3] ? { var: 'accumulator.0' } : acc) : src;
  const conv = outer(inner(HOLE));
  const rule = shape(substitute(conv, HOLE, shape === SHAPES[4] ? { var: '' } : x), src, r);
  const data = bigData(r);
  // Keep every data set within 1 MB of JSON: shorten the long text until it fits.
  while (JSON.stringify(data).length > MAX_DATA_BYTES) data.s = (data.s as string).slice(0, (data.s as string).length >> 1);
  return { seed, rule, data };
}

export const corpus = (seeds: readonly number[]): Bomb[] => seeds.map(bomb);
