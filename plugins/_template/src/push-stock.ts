import type { CapabilityCall, PushOutcome } from '@oms/runtime';
import { shopRequest } from './shop-api.js';
import type { Ctx } from './types.js';

export interface StockInput {
  levels: Array<{ sku: string; available: number }>;
}

/**
 * Standard key `push-stock`. Idempotent two ways: the host's idempotency key goes to the shop as
 * `Idempotency-Key`, and a key already applied is remembered in ctx.state, so a retry answers `already-applied`
 * without a second write. An unknown SKU is a business answer (`rejected`), not a failure.
 */
export async function pushStock(call: CapabilityCall<StockInput>, ctx: Ctx): Promise<PushOutcome> {
  const mark = `push-stock:${call.idempotencyKey}`;
  if (await ctx.state.get(mark)) return { status: 'already-applied' };
  const levels = call.input.levels.map((l) => ({ sku: l.sku, available: Math.max(0, l.available) }));
  if (!levels.length) return { status: 'already-applied', data: { updated: [] } };
  const res = await shopRequest<{ updated: string[]; unknown?: string[] }>(ctx, {
    method: 'POST',
    path: '/api/inventory',
    headers: { 'idempotency-key': call.idempotencyKey },
    body: { levels },
  });
  if (!res.updated.length && res.unknown?.length) return { status: 'rejected', code: 'shop.unknown-sku', reason: `unknown SKU ${res.unknown.join(', ')}` };
  await ctx.state.set(mark, true, { ttlSeconds: 7 * 24 * 3600 });
  return { status: 'applied', data: { updated: res.updated, unknown: res.unknown ?? [] } };
}
