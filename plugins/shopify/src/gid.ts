/** Shopify global ids: `gid://shopify/Order/450789469` ↔ `450789469`. */
export function gid(type: string, legacyId: string): string {
  return `gid://shopify/${type}/${legacyId}`;
}

export function legacyId(id: string): string {
  const i = id.lastIndexOf('/');
  return i >= 0 ? id.slice(i + 1) : id;
}
