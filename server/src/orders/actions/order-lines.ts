import type { Knex } from 'knex';
import type { CanonicalOrder, OrderLine } from '@oms/runtime';
import { formatOrderNumber } from '../../intake/intake-context.js';

/** Σ qty × unitPrice over lines (unknown prices count 0), rounded to cents. */
export const linesSubtotal = (lines: OrderLine[]) => Math.round(lines.reduce((n, l) => n + l.qty * (l.unitPrice ?? 0), 0) * 100) / 100;

/** The order with a new set of lines: subtotal recomputed, the order-level extras (shipping, tax, discount) kept. */
export function withLines(order: CanonicalOrder, lines: OrderLine[], keepExtras: boolean): CanonicalOrder {
  const t = order.totals ?? {};
  const subtotal = linesSubtotal(lines);
  const extras = keepExtras ? (t.shipping ?? 0) + (t.tax ?? 0) - (t.discount ?? 0) : 0;
  const totals = keepExtras ? { ...t, subtotal, total: Math.round((subtotal + extras) * 100) / 100 } : { subtotal, total: subtotal };
  return { ...order, lines, totals };
}

/** Next tenant order number (the same counter intake uses). */
export async function nextOrderNumber(trx: Knex.Transaction, tenantId: string): Promise<string> {
  const { rows } = await trx.raw(
    `INSERT INTO tenant_counters AS c (tenant_id, name, value) VALUES (?, 'order', 1)
     ON CONFLICT (tenant_id, name) DO UPDATE SET value = c.value + 1 RETURNING value`,
    [tenantId],
  );
  return formatOrderNumber(rows[0].value);
}

/** Rewrite an order's body, total and line rows to `order.lines` (lines not yet shipped or returned). */
export async function replaceLines(trx: Knex.Transaction, tenantId: string, orderId: string, order: CanonicalOrder, at: Date): Promise<void> {
  await trx('order_lines').where({ tenant_id: tenantId, order_id: orderId }).delete();
  await trx('order_lines').insert(
    order.lines.map((l, i) => ({
      tenant_id: tenantId,
      order_id: orderId,
      line_id: l.id,
      position: i + 1,
      sku: l.sku,
      name: l.name ?? null,
      qty: l.qty,
      unit_price: l.unitPrice ?? null,
      tags: l.tags ?? [],
      attributes: l.attributes ? JSON.stringify(l.attributes) : null,
      order_created_at: trx.raw('(SELECT created_at FROM orders WHERE tenant_id = ? AND id = ?)', [tenantId, orderId]), // list order (0018)
    })),
  );
  await trx('orders')
    .where({ tenant_id: tenantId, id: orderId })
    .update({ body: JSON.stringify(order), total: order.totals?.total ?? null, updated_at: at });
}
