import { describe, expect, it } from 'vitest';
import {
  appendChild,
  newCondition,
  operatorsFor,
  parseRule,
  parseValueText,
  removeAt,
  serializeRule,
  updateAt,
} from '../../../designer/src/rule-builder/model/index';

const rule = { and: [{ '==': [{ var: 'country' }, 'DE'] }, { if: [{ var: 'vip' }, 1, 0] }] };

describe('rule builder edits', () => {
  it('changing a condition keeps the opaque sibling verbatim', () => {
    const tree = updateAt(parseRule(rule), [0], (n) => (n.kind === 'compare' ? { ...n, right: parseValueText('FR', 'other') } : n));
    expect(serializeRule(tree)).toEqual({ and: [{ '==': [{ var: 'country' }, 'FR'] }, { if: [{ var: 'vip' }, 1, 0] }] });
  });

  it('adds and removes conditions in a group', () => {
    const added = appendChild(parseRule(rule), [], newCondition('total'));
    expect(serializeRule(added)).toEqual({ and: [...rule.and, { '==': [{ var: 'total' }, ''] }] });
    expect(serializeRule(removeAt(added, [0]))).toEqual({ and: [rule.and[1], { '==': [{ var: 'total' }, ''] }] });
  });

  it.each([
    ['1000', 'number', 1000],
    ['DE', 'other', 'DE'],
    ['true', 'other', true],
    ['null', 'number', null],
    ['12', 'other', '12'],
  ] as const)('reads the typed value %s (%s)', (text, kind, expected) => {
    expect(parseValueText(text, kind)).toEqual({ kind: 'value', value: expected });
  });

  it('offers ordering operators only for ordered kinds', () => {
    expect(operatorsFor('string')).not.toContain('>');
    expect(operatorsFor('number')).toContain('between');
    expect(operatorsFor('boolean')).toEqual(['==', '!=', 'truthy']);
  });
});
