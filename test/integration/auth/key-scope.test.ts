import { describe, expect, it } from 'vitest';
import { roleCovers } from '../../../server/src/auth/key-scope.js';
import type { PolicyEntry } from '../../../server/src/http/policy.js';
import type { Role } from '../../../server/src/http/route-spec.js';

// A made-up policy table: the comparison is a capability subset, so partial overlaps are neither way round.
const POLICY: Record<string, PolicyEntry> = {
  'GET /a': 'public',
  'GET /b': 'authenticated',
  'GET /users': ['admin'],
  'GET /defs': ['admin', 'analyst'],
  'GET /orders': ['admin', 'operator'],
  'GET /inbox': ['admin', 'approver'],
  'GET /stock': ['admin', 'operator', 'approver'],
};

const CASES: Array<[Role, Role, boolean]> = [
  ['admin', 'analyst', true],
  ['analyst', 'admin', false],
  ['admin', 'operator', true],
  ['operator', 'approver', false],
  ['approver', 'operator', false],
  ['operator', 'customer', true],
  ['customer', 'operator', false],
  ['analyst', 'customer', true],
  ['customer', 'customer', true],
];

describe('roleCovers (capability subset over the policy table)', () => {
  it.each(CASES)('%s covers %s → %s', (a, b, expected) => {
    expect(roleCovers(a, b, POLICY)).toBe(expected);
  });

  it('on the real table, admin covers every role and no other role covers admin', () => {
    for (const r of ['analyst', 'approver', 'operator', 'customer'] as Role[]) {
      expect(roleCovers('admin', r)).toBe(true);
      expect(roleCovers(r, 'admin')).toBe(false);
    }
  });
});
