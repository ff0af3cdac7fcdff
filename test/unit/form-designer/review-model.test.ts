import { reviewOrder, type CanonicalOrder, type ReviewDefinition } from '@oms/runtime';
import { describe, expect, it } from 'vitest';
import { addRule, moveRule, removeRule, updateRule, type ReviewDoc } from '../../../designer/src/review-designer/model';

const rule = (id: string) => ({ id, when: true, action: 'flag' as const, message: { en: id } });
const doc = (): ReviewDoc => ({ kind: 'review', key: 'r', title: { en: 'R' }, extra: 1, rules: [rule('a'), rule('b'), rule('c')] } as ReviewDoc);
const ids = (d: ReviewDoc) => d.rules.map((r) => r.id).join('');

describe('review designer model', () => {
  it.each([
    [0, 0, 'abc'], [0, 1, 'abc'], [0, 2, 'bac'], [0, 3, 'bca'], [2, 0, 'cab'], [2, 1, 'acb'], [1, 3, 'acb'], [2, 3, 'abc'], [0, 9, 'abc'],
  ] as const)('moving rule %i into gap %i gives %s', (from, gap, expected) => {
    expect(ids(moveRule(doc(), from, gap))).toBe(expected);
  });

  it('adds with a fresh id, edits, removes; unknown properties stay', () => {
    let d = addRule(doc());
    expect(d.rules[3].id).toBe('rule-1');
    d = updateRule(d, 3, { action: 'hold', code: 'review.x' });
    d = updateRule(d, 3, { code: undefined });
    expect(d.rules[3]).toMatchObject({ action: 'hold' });
    expect('code' in d.rules[3]).toBe(false);
    d = removeRule(d, 0);
    expect(ids(d)).toBe('bcrule-1');
    expect(d.extra).toBe(1);
  });

  it('a rule built as "not (postcode has a value)" holds an order without a postcode, passes one with it', () => {
    const d = updateRule(addRule({ ...doc(), rules: [] }), 0, {
      when: { and: [{ '!': [{ and: [{ '!!': [{ var: 'shipTo.postcode' }] }] }] }] },
    });
    const order = { lines: [], shipTo: { line1: 'x', country: 'DE' } } as unknown as CanonicalOrder;
    expect(reviewOrder(d as unknown as ReviewDefinition, order).decision).toBe('hold');
    const ok = { ...order, shipTo: { ...order.shipTo, postcode: '10115' } } as CanonicalOrder;
    expect(reviewOrder(d as unknown as ReviewDefinition, ok).decision).toBe('pass');
  });
});
