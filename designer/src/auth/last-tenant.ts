// The tenant the login form starts with: `?tenant=` in the address wins, then the last tenant signed in to
// on this browser. The server never hints whether an email needs a tenant (that would tell anyone which
// emails exist in other tenants), so the field is always shown, optional.
const STORAGE_KEY = 'oms.lastTenant';
const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;

export function initialTenant(search: string): string {
  const fromUrl = new URLSearchParams(search).get('tenant')?.trim().toLowerCase();
  if (fromUrl && SLUG.test(fromUrl)) return fromUrl;
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return stored && SLUG.test(stored) ? stored : '';
}

export function rememberTenant(slug: string): void {
  if (SLUG.test(slug)) localStorage.setItem(STORAGE_KEY, slug);
}
