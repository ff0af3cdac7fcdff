import fc from 'fast-check';

/**
 * Random well-formed JSON Logic rules over the built-in operators, and random order-like data, for
 * differential tests against json-logic-js. `log` is left out (it prints) and `missing` keys are literal
 * (json-logic-js re-reads object keys as rules, which we deliberately do not do).
 */
const PATHS = ['a', 'b', 'c', 'n', 's', 'arr', 'obj', 'obj.x', 'obj.y', 'arr.0', 'arr.1', 's.length', 'arr.length', '', 'nope', 'lines', 'lines.0.qty', 1, 0];

const primitive = fc.oneof(
  fc.integer({ min: -5, max: 20 }),
  fc.double({ min: -100, max: 100, noDefaultInfinity: true }),
  fc.constantFrom('', '0', '1', '2.5', 'a', 'abc', 'x1', ' 3 ', 'true', 'null', '-0'),
  fc.string({ maxLength: 4 }),
  fc.boolean(),
  fc.constant(null),
);

const dataValue = fc.oneof(primitive, fc.array(primitive, { maxLength: 4 }), fc.constant([]));

const line = fc.record({
  sku: fc.constantFrom('A', 'B', 'C'),
  qty: fc.oneof(fc.integer({ min: 0, max: 9 }), fc.constantFrom('2', null)),
  price: fc.double({ min: 0, max: 50, noNaN: true }),
  tags: fc.array(fc.constantFrom('fragile', 'cold', 'bulky'), { maxLength: 2 }),
});

export const dataArb = fc.record({
  a: dataValue,
  b: dataValue,
  c: dataValue,
  n: fc.integer({ min: -3, max: 10 }),
  s: fc.string({ maxLength: 5 }),
  arr: fc.array(primitive, { maxLength: 5 }),
  obj: fc.record({ x: dataValue, y: dataValue }),
  lines: fc.array(line, { maxLength: 4 }),
});

const EAGER = ['==', '===', '!=', '!==', '>', '>=', '<', '<=', '!', '!!', '+', '-', '/', '%', 'min', 'max', 'cat', 'substr', 'in', 'merge', 'and', 'or', 'if', '?:'];
const ITER = ['map', 'filter', 'all', 'some', 'none'];
const ITEM_PATHS = ['', 'qty', 'sku', 'price', 'tags', 'length', '0'];

const { rule } = fc.letrec<{ rule: unknown; op: unknown; varRule: unknown; body: unknown }>((tie) => ({
  rule: fc.oneof(
    { depthSize: 'medium', maxDepth: 6, withCrossShrink: true },
    { arbitrary: primitive, weight: 3 },
    { arbitrary: tie('varRule'), weight: 3 },
    { arbitrary: tie('op'), weight: 6 },
    { arbitrary: fc.array(primitive, { maxLength: 3 }), weight: 1 },
  ),
  varRule: fc.oneof(
    fc.constantFrom(...PATHS).map((p) => ({ var: p })),
    fc.tuple(fc.constantFrom(...PATHS), primitive).map(([p, d]) => ({ var: [p, d] })),
    fc.constantFrom('a', 'b', 'n').map((p) => ({ var: { cat: ['', p] } })),
  ),
  body: fc.oneof(
    { depthSize: 'medium', maxDepth: 6 },
    fc.constantFrom(...ITEM_PATHS).map((p) => ({ var: p })),
    fc.tuple(fc.constantFrom('==', '>', '<', '!=', 'in'), fc.constantFrom(...ITEM_PATHS), primitive).map(([op, p, v]) => ({ [op]: [{ var: p }, v] })),
    tie('rule'),
  ),
  op: fc.oneof(
    { depthSize: 'medium', maxDepth: 6 },
    { arbitrary: fc.tuple(fc.constantFrom(...EAGER), fc.array(tie('rule'), { maxLength: 4 })).map(([op, args]) => ({ [op]: args })), weight: 10 },
    fc.tuple(fc.constantFrom('!', '!!', '-', 'var', 'cat'), tie('rule')).map(([op, arg]) => ({ [op]: arg })),
    fc.tuple(fc.array(tie('rule'), { minLength: 1, maxLength: 3 })).map(([args]) => ({ '*': args })),
    fc.tuple(fc.constantFrom(...ITER), fc.oneof(fc.constantFrom({ var: 'lines' }, { var: 'arr' }, { var: 'a' }), tie('rule')), tie('body')).map(
      ([op, src, body]) => ({ [op]: [src, body] }),
    ),
    fc.tuple(
      fc.constantFrom({ var: 'lines' }, { var: 'arr' }, [1, 2, 3]),
      fc.constantFrom(
        { '+': [{ var: 'accumulator' }, { var: 'current.qty' }] },
        { '+': [{ var: 'accumulator' }, { var: 'current' }] },
        { cat: [{ var: 'accumulator' }, { var: 'current.sku' }] },
        { max: [{ var: 'accumulator' }, { var: 'current.price' }] },
      ),
      fc.option(primitive, { nil: undefined }),
    ).map(([src, body, init]) => ({ reduce: init === undefined ? [src, body] : [src, body, init] })),
    fc.array(fc.constantFrom('a', 'b', 'obj.x', 'nope', 'lines.0.sku'), { maxLength: 3 }).map((keys) => ({ missing: keys })),
    fc.tuple(fc.integer({ min: 0, max: 3 }), fc.array(fc.constantFrom('a', 'b', 'c', 'nope'), { maxLength: 3 })).map(([n, keys]) => ({
      missing_some: [n, keys],
    })),
  ),
}));

export const ruleArb = rule;
