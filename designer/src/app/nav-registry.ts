import { ROLES } from '@oms/runtime/roles';
import type { Role } from '../api/types';

/** One navigation entry. Only real pages are registered; a role sees exactly the entries listing it. */
export interface NavEntry {
  key: string;
  path: string;
  labelKey: string;
  roles: readonly Role[];
  /** Short description shown on the home page (i18n key). */
  descriptionKey?: string;
  /** Entries of a group share one header item and a side menu (the admin's seven screens). */
  group?: 'admin';
}

const ALL_ROLES: readonly Role[] = ROLES;
// Same roles as the API policy of /api/forms and /api/my/*.
const PORTAL_ROLES: readonly Role[] = ['customer', 'operator', 'admin'];

export const NAV_ENTRIES: readonly NavEntry[] = [
  { key: 'home', path: '/', labelKey: 'nav.home', roles: ALL_ROLES },
  { key: 'admin-users', path: '/admin/users', labelKey: 'admin.nav.users', roles: ['admin'], descriptionKey: 'admin.navDescription.users', group: 'admin' },
  { key: 'admin-keys', path: '/admin/api-keys', labelKey: 'admin.nav.keys', roles: ['admin'], descriptionKey: 'admin.navDescription.keys', group: 'admin' },
  { key: 'admin-plugins', path: '/admin/plugins', labelKey: 'admin.nav.plugins', roles: ['admin'], descriptionKey: 'admin.navDescription.plugins', group: 'admin' },
  { key: 'admin-locations', path: '/admin/locations', labelKey: 'admin.nav.locations', roles: ['admin'], descriptionKey: 'admin.navDescription.locations', group: 'admin' },
  { key: 'admin-channels', path: '/admin/channels', labelKey: 'admin.nav.channels', roles: ['admin'], descriptionKey: 'admin.navDescription.channels', group: 'admin' },
  { key: 'admin-settings', path: '/admin/settings', labelKey: 'admin.nav.settings', roles: ['admin'], descriptionKey: 'admin.navDescription.settings', group: 'admin' },
  { key: 'admin-audit', path: '/admin/audit', labelKey: 'admin.nav.audit', roles: ['admin'], descriptionKey: 'admin.navDescription.audit', group: 'admin' },
  {
    key: 'definitions', path: '/definitions', labelKey: 'nav.definitions', roles: ['admin', 'analyst'],
    descriptionKey: 'home.definitionsCard',
  },
  { key: 'releases', path: '/releases', labelKey: 'releases.nav', roles: ['admin', 'analyst'], descriptionKey: 'releases.navDescription' },
  // end-user portal and approvals inbox (w1)
  { key: 'portal', path: '/portal', labelKey: 'nav.portal', roles: PORTAL_ROLES, descriptionKey: 'navHelp.portal' },
  { key: 'myOrders', path: '/portal/orders', labelKey: 'nav.myOrders', roles: PORTAL_ROLES },
  { key: 'inbox', path: '/inbox', labelKey: 'nav.inbox', roles: ['approver', 'admin'], descriptionKey: 'navHelp.inbox' },
  // order console and stock (w2): the API policy's OPERATE / STOCK_WRITE roles
  { key: 'console', path: '/console', labelKey: 'console.nav', roles: ['admin', 'operator'], descriptionKey: 'console.navDescription' },
  { key: 'exceptions', path: '/exceptions', labelKey: 'console.exceptionsNav', roles: ['admin', 'operator'], descriptionKey: 'console.exceptionsDescription' },
  { key: 'stock', path: '/stock', labelKey: 'stock.nav', roles: ['admin', 'operator'], descriptionKey: 'stock.navDescription' },
  { key: 'dashboards', path: '/dashboards', labelKey: 'dash.nav', roles: ['admin', 'analyst', 'operator'], descriptionKey: 'dash.navDescription' },
];

/** The screen each role lands on at `/` and after login: its own work comes first. */
export const HOME_SCREEN: Record<Role, string> = {
  customer: '/portal',
  approver: '/inbox',
  operator: '/console',
  analyst: '/definitions',
  admin: '/admin/users',
};

/**
 * Header order per role: these entries (or groups) first, in this order, then the role's other entries in
 * registry order. "Home" is not listed: `/` only forwards to the role's home screen.
 */
const HEADER_FIRST: Record<Role, readonly string[]> = {
  customer: ['portal', 'myOrders'],
  approver: ['inbox'],
  operator: ['console', 'exceptions', 'stock', 'dashboards'],
  analyst: ['definitions', 'releases'],
  admin: ['admin'],
};

export function navFor(role: Role): NavEntry[] {
  return NAV_ENTRIES.filter((e) => e.roles.includes(role));
}

export interface HeaderItem { key: string; path: string; labelKey: string; match: string }

/** Header items: ungrouped entries as they are, each group once (its first entry's path, labelled by the group). */
export function headerItems(role: Role): HeaderItem[] {
  const out: HeaderItem[] = [];
  for (const e of navFor(role)) {
    if (e.key === 'home') continue;
    if (!e.group) out.push({ key: e.key, path: e.path, labelKey: e.labelKey, match: e.path });
    else if (!out.some((o) => o.key === e.group)) out.push({ key: e.group, path: e.path, labelKey: `nav.${e.group}`, match: `/${e.group}` });
  }
  const rank = (key: string) => {
    const i = HEADER_FIRST[role].indexOf(key);
    return i === -1 ? HEADER_FIRST[role].length : i;
  };
  // Array.prototype.sort is stable: entries not named keep their registry order.
  return out.sort((a, b) => rank(a.key) - rank(b.key));
}

export function navEntry(key: string): NavEntry {
  const e = NAV_ENTRIES.find((n) => n.key === key);
  if (!e) throw new Error(`unknown nav entry ${key}`);
  return e;
}
