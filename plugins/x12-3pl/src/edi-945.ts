import { zonedToIso } from './clock-parts.js';
import { Elements } from './x12/elements.js';
import type { TransactionSet } from './x12/envelope.js';
import { X12Error } from './x12/x12-error.js';

/** The body of POST /api/shipments (server/src/shipments/routes.ts). */
export interface ShipmentInput {
  orderNumber: string;
  location: string;
  lines: Array<{ lineId: string; qty: number }>;
  carrier?: string;
  tracking?: string;
  externalId?: string;
  shippedAt?: string;
}

export interface Advice945 {
  orderNumber: string;
  shipmentId?: string;
  shippedAt?: string;
  carrier?: string;
  tracking?: string;
  /** W12 lines, in order; lineId from the N9*LI that follows the W12, else undefined. */
  lines: Array<{ lineId?: string; sku?: string; qty: number; at: Elements }>;
}

/** Reference qualifiers (N9-01) that carry the carrier's tracking / PRO number. */
const TRACKING_QUALIFIERS = ['CN', '2I'];

/**
 * Reads one 945 Warehouse Shipping Advice (004010): W06 (depositor order number, shipment id), G62*11 shipped
 * date, W27 carrier (routing, else SCAC), N9*CN / N9*2I or MAN tracking, per LX: W12 (01 status, 02 quantity
 * ordered, 03 units shipped, 08 product id) + N9*LI our line id; W03 total units must match.
 */
export function read945(set: TransactionSet, timeZone: string): Advice945 {
  const advice: Partial<Advice945> & { lines: Advice945['lines'] } = { lines: [] };
  let shippedDate: string | undefined;
  let shippedTime: string | undefined;
  let inDetail = false;
  let total: { value: number; at: Elements } | undefined;
  let manTracking: string | undefined;
  set.segments.forEach((seg, i) => {
    const e = new Elements(seg, i + 1);
    switch (seg.id) {
      case 'W06':
        advice.orderNumber = e.req(2, 'depositor order number');
        shippedDate ??= e.date(3, 'shipment date', false);
        advice.shipmentId = e.opt(4) || undefined;
        break;
      case 'G62':
        if (e.opt(1) === '11') {
          shippedDate = e.date(2, 'shipped date');
          shippedTime = e.time(4, 'shipped time') ?? shippedTime;
        }
        break;
      case 'W27':
        advice.carrier = e.opt(3) || e.opt(2) || advice.carrier;
        break;
      case 'N9': {
        const q = e.req(1, 'reference qualifier');
        if (q === 'LI' && inDetail) {
          const last = advice.lines[advice.lines.length - 1];
          if (!last) e.fail(1, 'N9*LI before any W12');
          last.lineId = e.req(2, 'line id');
        } else if (TRACKING_QUALIFIERS.includes(q) && !inDetail) advice.tracking ??= e.req(2, 'tracking number');
        break;
      }
      case 'LX':
        inDetail = true;
        e.int(1, 'assigned number');
        break;
      case 'MAN':
        manTracking ??= e.req(2, 'marks and numbers');
        break;
      case 'W12': {
        e.req(1, 'shipment/order status code');
        e.int(2, 'quantity', false);
        const qty = e.int(3, 'units shipped') as number;
        if (qty < 0) e.fail(3, `units shipped ${qty} is negative`);
        advice.lines.push({ sku: e.opt(8) || e.opt(6) || undefined, qty, at: e });
        break;
      }
      case 'W03':
        total = { value: e.int(1, 'total units shipped') as number, at: e };
        break;
    }
  });
  const st = set.segments[0];
  if (!advice.orderNumber) throw new X12Error('945 has no W06 segment', { segment: st.index, line: st.line, id: 'ST', inSet: 1 }, '3');
  if (!advice.lines.length) throw new X12Error('945 has no W12 line', { segment: st.index, line: st.line, id: 'ST', inSet: 1 }, '3');
  const sum = advice.lines.reduce((n, l) => n + l.qty, 0);
  if (total && total.value !== sum) total.at.fail(1, `total units shipped ${total.value} does not equal the sum of W12 units shipped ${sum}`);
  return {
    orderNumber: advice.orderNumber,
    shipmentId: advice.shipmentId,
    carrier: advice.carrier,
    tracking: advice.tracking ?? manTracking,
    shippedAt: shippedDate ? zonedToIso(shippedDate, shippedTime ?? '00:00:00', timeZone) : undefined,
    lines: advice.lines,
  };
}
