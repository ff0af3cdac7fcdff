import type { CapabilityCall, PluginContext, PushOutcome } from '@oms/runtime';
import type { TrytonConfig, TrytonCredentials } from './config.js';
import { ensureAddress, ensureParty, ensureProducts, unitId, warehouseId } from './masters.js';
import type { SaleOrder } from './order-types.js';
import { TrytonClient } from './rpc/client.js';
import { date, decimal } from './rpc/values.js';

type Ctx = PluginContext<TrytonConfig, TrytonCredentials>;
interface SaleRow {
  id: number;
  number: string | null;
  state: 'draft' | 'quotation' | 'confirmed' | 'processing' | 'done' | 'cancelled';
}

/** Our line id travels in the sale line's note, so shipments can name our lines. */
export const LINE_NOTE = 'oms-line:';

const findSales = (rpc: TrytonClient, reference: string) =>
  rpc.searchRead<SaleRow>('sale.sale', [['reference', '=', reference]], ['number', 'state'], { order: [['id', 'ASC']] });

/**
 * Pushes an order as a Tryton sale (reference = our order number), quoted and confirmed. It searches by reference
 * FIRST, so a retry after a lost response finds the sale the first attempt created and only finishes it; after
 * creating it searches again and, if a concurrent attempt won the race, deletes its own draft.
 */
export async function pushSalesOrder(call: CapabilityCall<{ order: SaleOrder }>, ctx: Ctx): Promise<PushOutcome> {
  const { order } = call.input;
  const rpc = new TrytonClient(ctx);
  let [sale] = await findSales(rpc, order.number);
  let created = false;
  if (sale && ['confirmed', 'processing', 'done'].includes(sale.state)) return done('already-applied', sale);
  if (sale?.state === 'cancelled') return { status: 'rejected', code: 'tryton.sale-cancelled', reason: `Tryton sale ${sale.number ?? sale.id} for order ${order.number} is cancelled` };
  if (!sale) {
    const currency = await currencyOf(rpc, order);
    if (currency === null) return { status: 'rejected', code: 'tryton.unknown-currency', reason: `Tryton has no currency ${order.currency}` };
    const id = await createSale(rpc, ctx.config, order, currency);
    const all = await findSales(rpc, order.number);
    if (all[0].id !== id) {
      await rpc.call('sale.sale', 'delete', [[id]]);
      ctx.logger.warn('a concurrent push created the sale first; our draft was deleted', { order: order.number, kept: all[0].id });
    } else created = true;
    sale = all[0];
  }
  if (sale.state === 'draft') await rpc.call('sale.sale', 'quote', [[sale.id]]);
  if (sale.state === 'draft' || sale.state === 'quotation') await rpc.call('sale.sale', 'confirm', [[sale.id]]);
  const [after] = await rpc.call<SaleRow[]>('sale.sale', 'read', [[sale.id], ['number', 'state']]);
  ctx.logger.info(created ? 'sale created' : 'sale finished after an earlier attempt', { order: order.number, sale: after.number, state: after.state });
  return done('applied', after);
}

function done(status: 'applied' | 'already-applied', sale: SaleRow): PushOutcome {
  return { status, externalId: sale.number ?? String(sale.id), data: { id: sale.id, number: sale.number, state: sale.state } };
}

/** The order's currency id; undefined = the company's; null = Tryton lacks it. */
async function currencyOf(rpc: TrytonClient, order: SaleOrder): Promise<number | undefined | null> {
  if (!order.currency) return undefined;
  const [id] = await rpc.call<number[]>('currency.currency', 'search', [[['code', '=', order.currency]], 0, 1]);
  return id ?? null;
}

async function createSale(rpc: TrytonClient, cfg: TrytonConfig, order: SaleOrder, currency: number | undefined): Promise<number> {
  const unit = await unitId(rpc, cfg.unit ?? 'u');
  const party = await ensureParty(rpc, order);
  const shipTo = await ensureAddress(rpc, party, order.shipTo);
  const billTo = order.billTo ? await ensureAddress(rpc, party, order.billTo) : shipTo;
  const products = await ensureProducts(rpc, order, unit);
  const warehouse = await warehouseId(rpc, cfg.saleWarehouse ?? cfg.warehouses[0].code);
  const lines = order.lines.map((l, i) => ({
    type: 'line', product: products.get(l.sku), quantity: l.qty, unit, unit_price: decimal(l.unitPrice ?? 0),
    description: l.name || l.sku, note: `${LINE_NOTE}${l.id ?? `line-${i + 1}`}`,
  }));
  const [id] = await rpc.call<number[]>('sale.sale', 'create', [[{
    party, reference: order.number, description: order.externalId ? `${order.channel ?? 'order'} ${order.externalId}` : undefined,
    invoice_address: billTo, shipment_address: shipTo, warehouse, invoice_method: cfg.invoiceMethod ?? 'manual', shipment_method: 'order',
    ...(currency ? { currency } : {}), ...(order.placedAt ? { sale_date: date(order.placedAt) } : {}),
    lines: [['create', lines]],
  }]]);
  return id;
}
