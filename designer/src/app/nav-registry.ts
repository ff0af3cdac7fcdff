import { ROLES } from '@oms/runtime';
import type { Role } from '../api/types';

/** One navigation entry. Only real pages are registered; a role sees exactly the entries listing it. */
export interface NavEntry {
  key: string;
  path: string;
  labelKey: string;
  roles: readonly Role[];
  /** Short description shown on the home page (i18n key). */
  descriptionKey?: string;
}

const ALL_ROLES: readonly Role[] = ROLES;

export const NAV_ENTRIES: readonly NavEntry[] = [
  { key: 'home', path: '/', labelKey: 'nav.home', roles: ALL_ROLES },
  { key: 'admin-users', path: '/admin/users', labelKey: 'admin.nav.users', roles: ['admin'], descriptionKey: 'admin.navDescription.users' },
  { key: 'admin-keys', path: '/admin/api-keys', labelKey: 'admin.nav.keys', roles: ['admin'], descriptionKey: 'admin.navDescription.keys' },
  { key: 'admin-plugins', path: '/admin/plugins', labelKey: 'admin.nav.plugins', roles: ['admin'], descriptionKey: 'admin.navDescription.plugins' },
  {
    key: 'definitions', path: '/definitions', labelKey: 'nav.definitions', roles: ['admin', 'analyst'],
    descriptionKey: 'home.definitionsCard',
  },
  { key: 'dashboards', path: '/dashboards', labelKey: 'dash.nav', roles: ['admin', 'analyst', 'operator'], descriptionKey: 'dash.navDescription' },
];

export function navFor(role: Role): NavEntry[] {
  return NAV_ENTRIES.filter((e) => e.roles.includes(role));
}

export function navEntry(key: string): NavEntry {
  const e = NAV_ENTRIES.find((n) => n.key === key);
  if (!e) throw new Error(`unknown nav entry ${key}`);
  return e;
}
