import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CanonicalOrder, RoutingResult } from '@oms/runtime';
import type { AppDeps } from '../http/route-spec.js';
import { intakeOrder } from '../intake/intake-order.js';
import { adjustStock } from '../inventory/stock-service.js';
import { drainJobs } from '../jobs/drain.js';
import { SYSTEM_ACTOR, type Actor } from '../orders/timeline.js';
import { receiveReturn } from '../returns/receive-return.js';
import { requestReturn } from '../returns/request-return.js';
import { confirmShipment } from '../shipments/confirm-shipment.js';
import { TEMPLATES_DIR } from './templates.js';

const DAY = 86_400_000;
const SEED: Actor = { ...SYSTEM_ACTOR, label: 'demo seed' };

const PRODUCTS: Record<string, { name: string; price: number; tags?: string[] }> = {
  'DRILL-18V': { name: 'Cordless drill 18 V', price: 129 },
  'BIT-SET-40': { name: 'Drill bit set, 40 pieces', price: 19.5 },
  'SAW-CIRC-7': { name: 'Circular saw 7¼″', price: 149 },
  'LEVEL-48': { name: 'Spirit level 48″', price: 24 },
};

const read = async (file: string) => JSON.parse(await readFile(path.join(TEMPLATES_DIR, 'demo', file), 'utf8'));

/**
 * Demo mode: the catalog, locations, stock and a dozen orders that went through the real pipeline (intake,
 * review, flow, routing, reservation, shipment, return), so every screen has something to show. Runs once per
 * tenant (skipped when the tenant has orders).
 */
export async function seedDemoOperations(deps: AppDeps, tenantId: string): Promise<number> {
  const has = await deps.db('orders').where({ tenant_id: tenantId }).first('id');
  if (has) return 0;
  await seedCatalog(deps, tenantId);
  const samples: CanonicalOrder[] = await read('sample-orders.json');
  const now = deps.clock.now();
  const [small, overCredit, blacklisted] = samples;
  const noCity = { ...small, shipTo: { ...small.shipTo, city: undefined } };
  const bigOk = { ...small, customer: { ...small.customer, creditLimit: 50_000 }, lines: [{ id: 'line-1', sku: 'DRILL-18V', qty: 45, unitPrice: 129 }], totals: undefined };
  // nobody stocks spirit levels yet: routing finds no location and the flow waits for stock
  const backorder = { ...small, lines: [{ id: 'line-1', sku: 'LEVEL-48', qty: 5, unitPrice: 24 }], totals: undefined };
  const plan: Array<[CanonicalOrder, string]> = [
    [small, 'portal'], [small, 'web'], [small, 'web'], [small, 'api'], [small, 'marketplace'], [small, 'portal'],
    [overCredit, 'portal'], [blacklisted, 'api'], [bigOk, 'portal'], [noCity, 'web'], [backorder, 'marketplace'], [small, 'web'],
  ];
  const ids: string[] = [];
  for (const [i, [order, channel]] of plan.entries()) {
    const placedAt = new Date(now - (plan.length - i) * 0.8 * DAY).toISOString();
    const r = await intakeOrder(deps, { tenantId, actor: SEED, source: 'api', order: { ...order, channel, externalId: `DEMO-${1001 + i}`, placedAt } });
    if (r.ok) ids.push(r.order.id);
  }
  await drainJobs(deps);
  // ship three allocated orders (one of them in two parts), then take a return on the first
  const allocated = await deps.db('orders').where({ tenant_id: tenantId, status: 'allocated' }).whereIn('id', ids).orderBy('created_at').select('id', 'plan');
  for (const [n, o] of allocated.slice(0, 3).entries()) {
    const s = (o.plan as RoutingResult).shipments[0];
    const lines = s.lines.map((l) => ({ lineId: l.lineId, qty: l.qty }));
    const parts = n === 2 ? [lines.slice(0, 1), lines.slice(1)] : [lines];
    for (const [p, part] of parts.entries()) {
      if (part.length) await confirmShipment(deps, tenantId, { orderId: o.id, location: s.location, lines: part, carrier: 'DHL', tracking: `DEMO${n}${p}00042`, externalId: `demo-ship-${n}-${p}` }, SEED);
    }
  }
  if (allocated[0]) {
    const s = (allocated[0].plan as RoutingResult).shipments[0];
    const ret = await requestReturn(deps, tenantId, { orderId: allocated[0].id, reason: 'Arrived damaged', lines: [{ lineId: s.lines[0].lineId, qty: 1 }] }, SEED);
    await receiveReturn(deps, tenantId, ret.id, { location: s.location, lines: [{ lineId: s.lines[0].lineId, qty: 1, condition: 'damaged', note: 'cracked case' }] }, SEED);
  }
  await drainJobs(deps);
  return ids.length;
}

async function seedCatalog(deps: AppDeps, tenantId: string): Promise<void> {
  const locations = await read('locations.json');
  const stock: Array<{ location: string; sku: string; onHand: number; reserved?: number }> = await read('stock.json');
  await deps.db.transaction(async (trx) => {
    await trx('tenant_settings').insert({ tenant_id: tenantId, time_zone: 'America/New_York', currency: 'USD', language: 'en' }).onConflict('tenant_id').ignore();
    for (const [id, name, type] of [['portal', 'B2B portal', 'portal'], ['web', 'Web shop', 'storefront'], ['api', 'API', 'api'], ['marketplace', 'Marketplace', 'marketplace']]) {
      await trx('channels').insert({ tenant_id: tenantId, id, name, type }).onConflict(['tenant_id', 'id']).ignore();
    }
    for (const l of locations) {
      await trx('locations')
        .insert({ tenant_id: tenantId, id: l.id, name: l.id.replace(/-/g, ' ').replace(/\b\w/g, (c: string) => c.toUpperCase()), type: l.type, tags: l.tags ?? [], lat: l.lat, lon: l.lon, priority: l.priority ?? 0, region: l.region ?? null, daily_capacity: l.capacity?.maxOpenOrders ?? null })
        .onConflict(['tenant_id', 'id'])
        .ignore();
    }
    for (const [sku, p] of Object.entries(PRODUCTS)) {
      await trx('products').insert({ tenant_id: tenantId, sku, name: p.name, unit_price: p.price, tags: p.tags ?? [] }).onConflict(['tenant_id', 'sku']).ignore();
    }
    for (const s of stock) await adjustStock(trx, { tenantId, location: s.location, sku: s.sku, set: s.onHand, reason: 'opening count', actor: SEED });
  });
}
