import { validateCanonicalOrder } from '@oms/runtime';
import { itemKindOfEvent } from '../../server/src/plugins/inbound/take-in.js';
import { assertShipmentBodies } from '../integration/connectors/x12-shipments-api.js';

/**
 * The standard capability keys' outputs (CONTRACT3.md table) beyond each manifest's own output schema: pulled
 * orders are valid canonical orders, pulled shipments are `POST /api/shipments` bodies, pushes answer a
 * PushOutcome. A key outside the table has no extra rule. Returns problems (empty = conforms).
 */
const canonical = (order: unknown, at: string) => validateCanonicalOrder(order).map((i) => `${at}${i.path}: ${i.message}`);

const shipments = (items: unknown[]): string[] => {
  try {
    assertShipmentBodies(items);
    return [];
  } catch (e) {
    return [(e as Error).message];
  }
};

function pushOutcome(v: any): string[] {
  if (v?.status === 'applied' || v?.status === 'already-applied') return [];
  if (v?.status === 'rejected') return typeof v.code === 'string' && typeof v.reason === 'string' ? [] : ['a rejected PushOutcome needs code and reason'];
  return [`not a PushOutcome: ${JSON.stringify(v)}`];
}

const RULES: Record<string, (v: any) => string[]> = {
  'pull-orders': (v) => (v.items as unknown[]).flatMap((o, i) => canonical(o, `/items/${i}`)),
  'pull-shipments': (v) => shipments(v.items),
  'pull-shipping-advice': (v) => shipments(v.items),
  'pull-stock': (v) => (v.items as any[]).filter((i) => typeof i?.sku !== 'string' || !Number.isInteger(i?.onHand)).map((i) => `not {sku, onHand: integer}: ${JSON.stringify(i)}`),
  'push-fulfilment': pushOutcome,
  'push-stock': pushOutcome,
  'push-sales-order': pushOutcome,
  'push-shipping-order': pushOutcome,
  'publish-event': pushOutcome,
  'map-csv-rows': (v) => (v.orders as any[]).flatMap((o, i) => canonical(o.order, `/orders/${i}/order`)),
};

export function standardProblems(key: string, output: unknown): string[] {
  const rule = RULES[key.includes('.') ? key.slice(key.lastIndexOf('.') + 1) : key];
  return rule ? rule(output) : [];
}

/** Webhook events as the platform takes them in (`itemKindOfEvent`): order events canonical, shipment events shipment bodies. */
export function webhookProblems(events: Array<{ type: string; payload: unknown }>): string[] {
  return events.flatMap((e, i) => {
    const kind = itemKindOfEvent(e.type);
    if (kind === 'order') return canonical(e.payload, `/events/${i}/payload`);
    if (kind === 'shipment') return shipments([e.payload]);
    return [];
  });
}
