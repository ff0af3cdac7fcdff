import { describe, expect, it } from 'vitest';
import golden from '../../fixtures/review/decisions.json';
import demoReview from '../../../templates/demo/review.json';
import sampleOrders from '../../../templates/demo/sample-orders.json';
import {
  createRuleEngine, reviewOrder, validateDefinition, type CanonicalOrder, type Locale, type ReviewDefinition,
} from '../../../runtime/src/index.js';

const def = golden.definition as unknown as ReviewDefinition;

describe('reviewOrder (golden)', () => {
  it('the fixture definition is valid', () => {
    // `after-reject` follows no constant stop, so it is reachable; the disabled rule is skipped.
    expect(validateDefinition(def)).toEqual([]);
  });

  it.each(golden.cases)('$name', (c) => {
    const result = reviewOrder(def, c.order as CanonicalOrder, { facts: c.facts, locale: (c.locale ?? 'en') as Locale });
    expect(result.decision).toBe(c.expected.decision);
    expect(result.matched.map((m) => `${m.id}:${m.action}`)).toEqual(c.expected.matched);
    if (c.expected.codes) expect(result.matched.map((m) => m.code)).toEqual(c.expected.codes);
    if (c.expected.messages) expect(result.matched.map((m) => m.message)).toEqual(c.expected.messages);
  });

  it('fails closed: a rule over its iteration budget holds the order', () => {
    const rules = createRuleEngine({ limits: { iterationBudget: 5 } });
    const heavy: ReviewDefinition = {
      kind: 'review', key: 'heavy', title: { en: 'Heavy' },
      rules: [{ id: 'many', when: { some: [{ var: 'lines' }, { '>': [{ var: 'qty' }, 100] }] }, action: 'flag', message: { en: 'x' } }],
    };
    const lines = Array.from({ length: 50 }, (_, i) => ({ id: `l${i}`, sku: 'A', qty: 1 }));
    const result = reviewOrder(heavy, { lines }, { rules });
    expect(result.decision).toBe('hold');
    expect(result.matched).toMatchObject([{ id: 'many', code: 'review.rule-error' }]);
  });
});

describe('demo review template on the sample orders', () => {
  it('passes, holds (address + credit) and rejects (blacklisted)', () => {
    const results = (sampleOrders as CanonicalOrder[]).map((o) => reviewOrder(demoReview as unknown as ReviewDefinition, o));
    expect(results.map((r) => [r.decision, r.matched.map((m) => m.code)])).toEqual([
      ['pass', []],
      ['hold', ['review.address-incomplete', 'review.over-credit']],
      ['reject', ['review.blacklisted-customer']],
    ]);
  });

  it('open balance from facts counts against the credit limit; duplicates are flagged', () => {
    const order = (sampleOrders as CanonicalOrder[])[0];
    const r = reviewOrder(demoReview as unknown as ReviewDefinition, order, { facts: { openBalance: 19000, duplicateCount: 1 } });
    expect(r.decision).toBe('hold');
    expect(r.matched.map((m) => `${m.code}:${m.action}`)).toEqual(['review.over-credit:hold', 'review.suspected-duplicate:flag']);
  });
});
