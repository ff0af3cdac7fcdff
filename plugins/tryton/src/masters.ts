import type { Address, SaleOrder } from './order-types.js';
import type { TrytonClient } from './rpc/client.js';
import { decimal } from './rpc/values.js';

/** The party of an order, found by code (our customer id, else e-mail, else the order number for a guest). */
export async function ensureParty(rpc: TrytonClient, order: SaleOrder): Promise<number> {
  const c = order.customer ?? {};
  const code = c.id ? `oms:${c.id}` : c.email ? `oms:${c.email.toLowerCase()}` : `oms:order:${order.number}`;
  const [found] = await rpc.call<number[]>('party.party', 'search', [[['code', '=', code]], 0, 1]);
  if (found) return found;
  const name = c.name || order.shipTo?.name || order.shipTo?.company || c.email || `Order ${order.number}`;
  const contacts = c.email ? [['create', [{ type: 'email', value: c.email }]]] : [];
  const [id] = await rpc.call<number[]>('party.party', 'create', [[{ name, code, contact_mechanisms: contacts }]]);
  return id;
}

/** An address of the party equal to `a` (street, postal code, city), created when missing. */
export async function ensureAddress(rpc: TrytonClient, party: number, a: Address | undefined): Promise<number> {
  const street = [a?.line1, a?.line2].filter(Boolean).join('\n');
  const values = { name: a?.company || undefined, street: street || undefined, postal_code: a?.postcode || undefined, city: a?.city || undefined };
  const domain: unknown[] = [['party', '=', party]];
  for (const [k, v] of Object.entries(values)) domain.push([k, '=', v ?? null]);
  const [found] = await rpc.call<number[]>('party.address', 'search', [domain, 0, 1]);
  if (found) return found;
  let country: number | undefined;
  if (a?.country) [country] = await rpc.call<number[]>('country.country', 'search', [[['code', '=', a.country]], 0, 1]);
  const [id] = await rpc.call<number[]>('party.address', 'create', [[{ party, ...values, ...(country ? { country } : {}) }]]);
  return id;
}

/** Product ids by SKU (product.product code); missing ones are created as salable goods. */
export async function ensureProducts(rpc: TrytonClient, order: SaleOrder, unit: number): Promise<Map<string, number>> {
  const skus = [...new Set(order.lines.map((l) => l.sku))];
  const rows = await rpc.searchRead<{ id: number; code: string }>('product.product', [['code', 'in', skus]], ['code']);
  const ids = new Map(rows.map((r) => [r.code, r.id]));
  for (const sku of skus.filter((s) => !ids.has(s))) {
    const line = order.lines.find((l) => l.sku === sku)!;
    await rpc.call('product.template', 'create', [[{
      name: line.name || sku, type: 'goods', default_uom: unit, salable: true, sale_uom: unit,
      list_price: decimal(line.unitPrice ?? 0), products: [['create', [{ suffix_code: sku }]]],
    }]]);
    const [id] = await rpc.call<number[]>('product.product', 'search', [[['code', '=', sku]], 0, 1]);
    ids.set(sku, id);
  }
  return ids;
}

export async function unitId(rpc: TrytonClient, symbol: string): Promise<number> {
  const [id] = await rpc.call<number[]>('product.uom', 'search', [[['symbol', '=', symbol]], 0, 1]);
  if (!id) throw { errorClass: 'permanent', message: `Tryton has no unit of measure with symbol '${symbol}' (config unit)` };
  return id;
}

export async function warehouseId(rpc: TrytonClient, code: string): Promise<number> {
  const [id] = await rpc.call<number[]>('stock.location', 'search', [[['code', '=', code], ['type', '=', 'warehouse']], 0, 1]);
  if (!id) throw { errorClass: 'permanent', message: `Tryton has no warehouse with code '${code}' (config warehouses)` };
  return id;
}
