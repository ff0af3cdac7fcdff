import { describe, expect, it } from 'vitest';
import { createRuleEngine } from '../../../runtime/src/rules/index.js';

/** Units one evaluation draws from a meter (its work plus its size, 1 + operators). */
function unitsOf(rule: unknown, data: unknown): number {
  const meter = { remaining: 1_000_000 };
  createRuleEngine().compile(rule)(data, { meter });
  return 1_000_000 - meter.remaining;
}

describe('conversion charges', () => {
  it('a list of objects costs 10 units an element to convert, a list of numbers 4 (objects call toString)', () => {
    const rule = { '+': [{ var: 'xs' }, 1] };
    const numbers = unitsOf(rule, { xs: Array.from({ length: 1_000 }, (_, i) => i) });
    const objects = unitsOf(rule, { xs: Array.from({ length: 1_000 }, (_, i) => ({ sku: `S${i}` })) });
    expect(objects - numbers).toBe(6_000);
    expect(numbers).toBe(1 + 4_000 + 1 + 2); // list depth 1 + 4 per element, + the rule's size (1 + 2 operators)
  });

  it('a budget abort on a list of objects comes before the work: 10,001 objects exceed 100,000 units', () => {
    const rule = createRuleEngine().compile({ substr: [{ var: 'xs' }, 1] });
    expect(() => rule({ xs: Array.from({ length: 10_001 }, () => ({})) }, {})).toThrow(expect.objectContaining({ code: 'rule.iteration-budget' }));
    expect(typeof rule({ xs: Array.from({ length: 9_000 }, () => ({})) }, {})).toBe('string');
  });
});
