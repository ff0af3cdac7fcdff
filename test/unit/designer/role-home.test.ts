import { ROLES } from '@oms/runtime/roles';
import { describe, expect, it } from 'vitest';
import { HOME_SCREEN, headerItems, navFor } from '../../../designer/src/app/nav-registry';

// [role, home screen, the header's first items]
const CASES = [
  ['customer', '/portal', ['portal', 'myOrders']],
  ['approver', '/inbox', ['inbox']],
  ['operator', '/console', ['console', 'exceptions', 'stock', 'dashboards', 'portal', 'myOrders']],
  ['analyst', '/definitions', ['definitions', 'releases', 'dashboards']],
  ['admin', '/admin/users', ['admin', 'definitions', 'releases', 'portal']],
] as const;

describe('each role sees its screens first', () => {
  it('covers every role', () => {
    expect(CASES.map((c) => c[0]).sort()).toEqual([...ROLES].sort());
  });

  it.each(CASES)('%s lands on %s and its header starts with %j', (role, home, first) => {
    expect(HOME_SCREEN[role]).toBe(home);
    const items = headerItems(role);
    expect(items.map((i) => i.key).slice(0, first.length)).toEqual(first);
    // The first header item is the home screen; the home screen is one the role may open.
    expect(items[0].path).toBe(home);
    expect(navFor(role).some((e) => e.path === home)).toBe(true);
  });

  it.each(ROLES)('%s: every reachable entry is in the header exactly once, without the forwarding "home"', (role) => {
    const keys = headerItems(role).map((i) => i.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).not.toContain('home');
    const expected = new Set(navFor(role).filter((e) => e.key !== 'home').map((e) => e.group ?? e.key));
    expect(new Set(keys)).toEqual(expected);
  });
});
