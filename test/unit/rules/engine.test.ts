import { describe, expect, it } from 'vitest';
import { RuleError, createRuleEngine, truthy, type OperatorDef } from '../../../runtime/src/rules/index.js';

function codeOf(f: () => unknown): string | null {
  try {
    f();
    return null;
  } catch (e) {
    return e instanceof RuleError ? e.code : `not a RuleError: ${String(e)}`;
  }
}

const vat: OperatorDef = {
  description: 'Amount with VAT',
  minArgs: 2,
  maxArgs: 2,
  args: [
    { name: 'amount', type: 'number' },
    { name: 'rate', type: 'number' },
  ],
  fn: ([amount, rate]) => (amount as number) * (1 + (rate as number)),
};

describe('per-engine operator registry', () => {
  it('an operator added to one engine is unknown in another', () => {
    const a = createRuleEngine({ operators: { vat } });
    const b = createRuleEngine();
    const rule = { vat: [100, 0.2] };
    expect(a.evaluate(rule, {})).toBeCloseTo(120);
    expect(codeOf(() => b.compile(rule))).toBe('rule.unknown-operator');
    expect(a.operatorNames()).toContain('vat');
    expect(b.operatorNames()).not.toContain('vat');
    expect(a.describe().find((d) => d.name === 'vat')).toMatchObject({ category: 'custom', description: 'Amount with VAT' });
    expect(b.describe().find((d) => d.name === 'vat')).toBeUndefined();
  });

  it('custom operators see the env and the current data, and have their arity checked', () => {
    const seen: unknown[] = [];
    const e = createRuleEngine({
      operators: {
        vat,
        probe: { fn: (args, ctx) => (seen.push(ctx.data), [args[0], ctx.env.now]) },
      },
    });
    expect(e.evaluate({ map: [{ var: 'items' }, { probe: [{ var: 'k' }] }] }, { items: [{ k: 1 }] }, { now: 5 })).toEqual([[1, 5]]);
    expect(seen).toEqual([{ k: 1 }]);
    expect(codeOf(() => e.compile({ vat: [1] }))).toBe('rule.bad-arity');
  });

  it('may override an OMS operator on purpose (replace) but never a JSON Logic built-in', () => {
    expect(codeOf(() => createRuleEngine({ operators: { now: { fn: () => 'custom-now' } } }))).toBe('registry.duplicate-key');
    const e = createRuleEngine({ operators: { now: { fn: () => 'custom-now', replace: true } } });
    expect(e.evaluate({ now: [] }, {})).toBe('custom-now');
    expect(createRuleEngine().evaluate({ now: [] }, {}, { now: 7 })).toBe(7);
    expect(codeOf(() => createRuleEngine({ operators: { '==': { fn: () => true } } }))).toBe('rule.operator-conflict');
  });
});

describe('check', () => {
  const engine = createRuleEngine();

  it('returns [] for a valid rule', () => {
    expect(engine.check({ and: [{ var: 'a' }, { '>': [{ var: 'b' }, 1] }] })).toEqual([]);
  });

  it('reports every problem with a JSON Pointer under the base path', () => {
    const issues = engine.check({ and: [{ bogus: [1] }, { var: 'x.__proto__' }, { '*': [] }] }, '/rules/2/when');
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['/rules/2/when/and/0', 'rule.unknown-operator'],
      ['/rules/2/when/and/1', 'rule.forbidden-path'],
      ['/rules/2/when/and/2', 'rule.bad-arity'],
    ]);
    expect(issues[0].message).toBe('Unknown operator "bogus"');
    expect(issues[0].params).toEqual({ op: 'bogus' });
  });

  it('speaks zh-CN', () => {
    const [issue] = engine.check({ bogus: [] }, '', 'zh-CN');
    expect(issue.message).toBe('未知运算符“bogus”');
  });

  it('reports limit violations at the root', () => {
    const deep = createRuleEngine({ limits: { maxDepth: 3 } });
    expect(deep.check({ '!': { '!': { '!': { '!': true } } } }, '/x')).toMatchObject([{ path: '/x/!/!/!', code: 'rule.too-deep' }]);
    expect(deep.limits.maxDepth).toBe(3);
    expect(deep.limits.maxNodes).toBe(500);
  });
});

describe('evaluation', () => {
  const engine = createRuleEngine();

  it('caches compiled rules per rule object and per engine', () => {
    const rule = { '==': [{ var: 'a' }, 1] };
    expect(engine.compile(rule)).toBe(engine.compile(rule));
    expect(createRuleEngine().compile(rule)).not.toBe(engine.compile(rule));
    expect(engine.compile(true)(null)).toBe(true);
  });

  it('gives the budget afresh to every evaluation', () => {
    const rule = engine.compile({ map: [{ var: 'xs' }, { '+': [{ var: '' }, 1] }] });
    const xs = Array.from({ length: 30_000 }, (_, i) => i);
    for (let i = 0; i < 5; i++) expect((rule({ xs }) as number[])[29_999]).toBe(30_000);
  });

  it('does not stop realistic work: 2,000 lines with a compound per-line test', () => {
    const lines = Array.from({ length: 2000 }, (_, i) => ({ sku: `S${i}`, qty: i % 7, tags: i % 5 ? [] : ['cold'] }));
    const rule = { filter: [{ var: 'lines' }, { and: [{ '>': [{ var: 'qty' }, 3] }, { in: ['cold', { var: 'tags' }] }] }] };
    expect((engine.evaluate(rule, { lines }) as unknown[]).length).toBe(lines.filter((l) => l.qty > 3 && l.tags.length).length);
  });

  it('hands out fresh arrays so callers cannot change a compiled rule', () => {
    const rule = engine.compile({ merge: [[1, 2], [3]] });
    (rule({}) as number[]).push(99);
    expect(rule({})).toEqual([1, 2, 3]);
    const literal = engine.compile(['a', ['b']]);
    ((literal(null) as unknown[])[1] as string[]).push('z');
    expect(literal(null)).toEqual(['a', ['b']]);
  });

  it('log goes to the injected sink and returns its value', () => {
    const logged: unknown[] = [];
    expect(engine.evaluate({ log: { var: 'a' } }, { a: 3 }, { log: (v) => logged.push(v) })).toBe(3);
    expect(logged).toEqual([3]);
    expect(engine.evaluate({ log: 'quiet' }, {})).toBe('quiet');
  });

  it('reads data like json-logic-js, but never a function or a prototype path', () => {
    expect(engine.evaluate({ var: 's.length' }, { s: 'abcd' })).toBe(4);
    expect(engine.evaluate({ var: 'xs.1' }, { xs: ['a', 'b'] })).toBe('b');
    // Inherited methods are functions: never returned, the default applies.
    expect(engine.evaluate({ var: ['o.valueOf', 'd'] }, { o: {} })).toBe('d');
    expect(engine.evaluate({ var: ['toString', 'd'] }, {})).toBe('d');
    expect(engine.evaluate({ var: ['xs.map', 'd'] }, { xs: [] })).toBe('d');
    expect(engine.evaluate({ '==': [{ var: 'o.hasOwnProperty' }, null] }, { o: {} })).toBe(true);
    // Prototype paths are refused, statically and when computed.
    expect(() => engine.compile({ var: 'o.__proto__' })).toThrow(/forbidden/);
    expect(() => engine.evaluate({ var: { cat: ['o.', 'constructor'] } }, { o: {} })).toThrow(/forbidden/);
    // A host object's non-function inherited value is data, as json-logic-js reads it.
    expect(engine.evaluate({ var: 'o.k' }, { o: Object.create({ k: 'inherited' }) })).toBe('inherited');
    // Null-prototype objects (possible from some parsers) read the same as plain ones.
    const bare = Object.assign(Object.create(null), { k: 1 });
    expect(engine.evaluate({ var: 'k' }, bare)).toBe(1);
    expect(engine.evaluate({ in: [{ var: '' }, ''] }, bare)).toBe(false);
  });

  it('rejects non-JSON values in rules', () => {
    expect(codeOf(() => engine.compile({ '==': [() => 1, 1] }))).toBe('rule.invalid-value');
  });

  it('exports JSON Logic truthiness', () => {
    expect([[], [0], 0, '', '0', null, {}].map(truthy)).toEqual([false, true, false, false, true, false, true]);
  });
});
