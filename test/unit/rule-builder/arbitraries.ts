import fc from 'fast-check';

// Rules in the builder's supported subset, rules outside it (the traps seen in off-the-shelf builders), and
// data to evaluate both on. Small vocabularies so comparisons actually hit the generated data.
const FIELDS = ['total', 'country', 'customer.name', 'flag'];
const ITEM_FIELDS = ['qty', 'price', 'sku'];

const field = (names: string[]) => fc.constantFrom(...names).map((v) => ({ var: v }));
const prim = fc.oneof(
  fc.integer({ min: -5, max: 2000 }),
  fc.constantFrom('DE', 'FR', 'ABC', 'ABC-123', '', 'x'),
  fc.boolean(),
  fc.constant(null),
);
const primList = fc.array(prim, { minLength: 1, maxLength: 4 });
const compareOp = fc.constantFrom('==', '!=', '===', '!==', '<', '<=', '>', '>=');

function supportedLeaf(names: string[]) {
  const f = field(names);
  const side = fc.oneof(f, prim);
  return fc.oneof(
    // A field on either side, or both (`{">":[100,{"var":"total"}]}` included).
    fc.tuple(compareOp, f, side, fc.boolean()).map(([op, a, b, swap]) => ({ [op]: swap ? [b, a] : [a, b] })),
    fc.tuple(fc.constantFrom('<', '<='), prim, f, prim).map(([op, lo, m, hi]) => ({ [op]: [lo, m, hi] })),
    fc.tuple(f, primList).map(([a, l]) => ({ in: [a, l] })),
    fc.tuple(f, fc.constantFrom('ABC-123', 'DE', '')).map(([a, s]) => ({ in: [a, s] })),
    fc.tuple(fc.constantFrom('ABC', '-'), f).map(([s, a]) => ({ in: [s, a] })),
    fc.tuple(f, fc.boolean()).map(([a, w]) => ({ '!!': w ? [a] : a })),
  );
}

const unsupportedLeaf = fc.oneof(
  fc.constant({ if: [{ var: 'flag' }, 1, 0] }),
  fc.constant({ '>': [{ '+': [{ var: 'total' }, 10] }, 100] }),
  fc.constant({ '==': [{ var: ['country', 'DE'] }, 'DE'] }),
  fc.constant({ cat: ['a', { var: 'country' }] }),
  fc.constant({ missing: ['total', 'country'] }),
  fc.constant({ '==': [1, 1] }),
  fc.constant({ '<': [1, { var: 'total' }, 5, 7] }),
  fc.constant({ in: [{ var: 'sku' }, []] }),
  fc.constant({ and: { var: 'flag' } }),
  fc.constant({ '==': [{ var: 'total' }, 1], extra: true }),
  fc.constant({ 'oms.unknownOp': [1] }),
  fc.constant(true),
  fc.constant(0),
  fc.constant({ var: 'flag' }),
);

type Rule = unknown;

function ruleArb(withUnsupported: boolean) {
  return fc.letrec<{ rule: Rule; itemRule: Rule }>((tie) => {
    const leaf = (names: string[]) => (withUnsupported ? fc.oneof(supportedLeaf(names), unsupportedLeaf) : supportedLeaf(names));
    const compound = (self: fc.Arbitrary<Rule>) =>
      fc.oneof(
        fc.tuple(fc.constantFrom('and', 'or'), fc.array(self, { maxLength: 3 })).map(([op, c]) => ({ [op]: c })),
        fc.tuple(self, fc.boolean()).map(([c, w]) => ({ '!': w ? [c] : c })),
      );
    return {
      rule: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf(FIELDS),
        compound(tie('rule')),
        fc.tuple(fc.constantFrom('all', 'some', 'none'), tie('itemRule')).map(([op, c]) => ({ [op]: [{ var: 'lines' }, c] })),
      ),
      itemRule: fc.oneof({ depthSize: 'small' }, leaf(ITEM_FIELDS), compound(tie('itemRule'))),
    };
  }).rule;
}

export const supportedRuleArb = ruleArb(false);
export const mixedRuleArb = ruleArb(true);

const value = fc.oneof(prim, fc.constantFrom('ABC-123-X', 'DEU', 'xABCx'));
const line = fc.record({ qty: value, price: value, sku: value }, { requiredKeys: [] });
export const dataArb = fc.record(
  {
    total: value,
    country: value,
    customer: fc.record({ name: value }, { requiredKeys: [] }),
    flag: value,
    lines: fc.array(line, { maxLength: 3 }),
  },
  { requiredKeys: [] },
);
