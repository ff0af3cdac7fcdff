import type { CapabilityCall, PluginContext, PullInput, PullOutput } from '@oms/runtime';
import type { TrytonConfig, TrytonCredentials } from './config.js';
import { warehouseId } from './masters.js';
import { TrytonClient } from './rpc/client.js';

type Ctx = PluginContext<TrytonConfig, TrytonCredentials>;
export interface StockLevel {
  sku: string;
  location?: string;
  onHand: number;
}

/**
 * On-hand quantities of goods with a code (our SKU) per mapped warehouse: `product.product` read with the
 * `locations` context (a warehouse counts its child locations). Pages by product id; the cursor is the last id.
 */
export async function pullStock(call: CapabilityCall<PullInput>, ctx: Ctx): Promise<PullOutput<StockLevel>> {
  const rpc = new TrytonClient(ctx);
  const limit = Math.min(Math.max(1, call.input.limit ?? 200), 1000);
  const afterId = call.input.cursor ? Number(call.input.cursor) : 0;
  const products = await rpc.searchRead<{ id: number; code: string | null }>(
    'product.product', [['id', '>', afterId], ['type', '=', 'goods'], ['code', '!=', null]], ['code'], { limit, order: [['id', 'ASC']] },
  );
  const items: StockLevel[] = [];
  if (products.length) {
    for (const w of ctx.config.warehouses) {
      const wid = await warehouseId(rpc, w.code);
      const rows = await rpc.call<Array<{ id: number; quantity: number }>>('product.product', 'read', [products.map((p) => p.id), ['quantity']], { locations: [wid] });
      for (const p of products) {
        const q = rows.find((r) => r.id === p.id)?.quantity ?? 0;
        items.push({ sku: p.code as string, location: w.location, onHand: Math.max(0, Math.floor(q)) });
      }
    }
  }
  const last = products[products.length - 1];
  return { items, cursor: last ? String(last.id) : (call.input.cursor ?? null), hasMore: products.length === limit };
}
