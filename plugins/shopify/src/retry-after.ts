/**
 * `Retry-After` in seconds → ms (Shopify sends seconds, possibly fractional; a date or a negative value is not
 * Shopify's and is ignored, so the caller's default applies — unlike the kit's retryAfterMs).
 */
export function retryAfterSeconds(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const s = Number(value);
  return Number.isFinite(s) && s >= 0 ? Math.round(s * 1000) : undefined;
}
