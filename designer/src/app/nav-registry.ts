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
  {
    key: 'definitions', path: '/definitions', labelKey: 'nav.definitions', roles: ['admin', 'analyst'],
    descriptionKey: 'home.definitionsCard',
  },
  // order console and stock (w2): the API policy's OPERATE / STOCK_WRITE roles
  { key: 'console', path: '/console', labelKey: 'console.nav', roles: ['admin', 'operator'], descriptionKey: 'console.navDescription' },
  { key: 'exceptions', path: '/exceptions', labelKey: 'console.exceptionsNav', roles: ['admin', 'operator'], descriptionKey: 'console.exceptionsDescription' },
  { key: 'stock', path: '/stock', labelKey: 'stock.nav', roles: ['admin', 'operator'], descriptionKey: 'stock.navDescription' },
];

export function navFor(role: Role): NavEntry[] {
  return NAV_ENTRIES.filter((e) => e.roles.includes(role));
}

export function navEntry(key: string): NavEntry {
  const e = NAV_ENTRIES.find((n) => n.key === key);
  if (!e) throw new Error(`unknown nav entry ${key}`);
  return e;
}
