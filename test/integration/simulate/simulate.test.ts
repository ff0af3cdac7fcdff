import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTemplate } from '../../../server/src/seed/templates.js';
import { Client, seedTenant, startTestApp, type TestApp } from '../http/support/harness.js';

const demo = path.resolve(import.meta.dirname, '../../../templates/demo');
const load = (f: string) => JSON.parse(readFileSync(path.join(demo, f), 'utf8'));
const H = 3_600_000;
let t: TestApp;
let analyst: Client;
let tenantId: string;
const large = load('sample-orders.json').find((o: { externalId: string }) => o.externalId === 'PO-2002');

/** Rows anything might write to; a simulation must leave every count as it was. */
const WATCHED = ['orders', 'flow_instances', 'flow_commands', 'tasks', 'stock_reservations', 'stock_movements', 'definitions', 'audit_log'];
const counts = async () => Object.fromEntries(await Promise.all(WATCHED.map(async (tb) => [tb, Number((await t.db(tb).count({ n: '*' }))[0].n)])));

beforeAll(async () => {
  t = await startTestApp();
  ({ tenantId } = await seedTenant(t.db, 'sim'));
  await loadTemplate(t.db, t.clock, tenantId);
  for (const l of load('locations.json')) {
    await t.db('locations').insert({ tenant_id: tenantId, id: l.id, name: l.id, type: l.type, tags: l.tags, lat: l.lat, lon: l.lon, priority: l.priority, region: l.region });
  }
  const stock = load('stock.json') as Array<{ location: string; sku: string; onHand: number }>;
  for (const sku of new Set(stock.map((s) => s.sku))) await t.db('products').insert({ tenant_id: tenantId, sku, name: sku });
  for (const s of stock) await t.db('stock_levels').insert({ tenant_id: tenantId, location_id: s.location, sku: s.sku, on_hand: s.onHand });
  analyst = await Client.login(t.base, 'analyst@sim.test', 'sim');
});

afterAll(async () => {
  await t?.close();
});

describe('POST /api/simulate', () => {
  it('runs the published solution with a fast-forwarded clock and writes nothing', async () => {
    const before = await counts();
    const r = await analyst.request('POST', '/api/simulate', {
      body: { order: large, decisions: { credit: 'wait' }, start: '2030-01-01T00:00:00Z' },
    });
    expect(r.status).toBe(200);
    // PO-2002 is over its customer's credit limit: the review holds it, the run goes on to show the flow
    expect(r.body.review.decision).toBe('hold');
    expect(r.body.timeline.some((e: { type: string }) => e.type === 'held')).toBe(true);
    const fired = r.body.timeline.filter((e: { type: string }) => e.type === 'timer-fired').map((e: { offset: number }) => e.offset);
    expect(fired).toEqual([8 * H, 24 * H]);
    const admins = r.body.tasks.filter((x: { assignee: { role: string } }) => x.assignee.role === 'admin');
    expect(admins).toHaveLength(1);
    expect(admins[0].createdAt - Date.parse('2030-01-01T00:00:00Z')).toBe(24 * H);
    expect(await counts()).toEqual(before);
  });

  it('routes with the stored stock and returns the plan with its trace', async () => {
    const r = await analyst.request('POST', '/api/simulate', { body: { order: large } });
    expect(r.status).toBe(200);
    expect(r.body.status).toBe('completed');
    const plan = r.body.routings[0].result;
    // only wh-reno (80 on hand) can ship 40 SAW-CIRC-7 whole; the store holds 6
    expect(plan.shipments.map((s: { location: string }) => s.location)).toEqual(['wh-reno']);
    expect(plan.trace.locations.length).toBeGreaterThan(0);
  });

  it('runs an unsaved draft body and pins its problems under /definitions', async () => {
    const flow = load('flow.json');
    const broken = { ...flow, nodes: [...flow.nodes, { id: 'bad', type: 'teleport' }] };
    const r = await analyst.request('POST', '/api/simulate', { body: { order: large, definitions: { flow: { body: broken } } } });
    expect(r.status).toBe(422);
    expect(r.body.error.code).toBe('simulate.definition-invalid');
    expect(r.body.error.path).toMatch(/^\/definitions\/flow\/body\/nodes\//);
  });

  it('asks for exactly one order source', async () => {
    const r = await analyst.request('POST', '/api/simulate', { body: {} });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('simulate.order-required');
  });
});

describe('POST /api/simulate/replay', () => {
  it('diffs the allocations of past orders against a changed routing', async () => {
    const order = (n: number, shipFrom: string) => ({
      tenant_id: tenantId,
      id: `00000000-0000-7000-8000-00000000000${n}`,
      number: `SO-${n}`,
      channel: 'api',
      status: 'allocated',
      body: JSON.stringify({ lines: [{ id: 'l1', sku: 'DRILL-18V', qty: 5 }], shipTo: { country: 'US', lat: 39.96, lon: -83.0 } }),
      plan: JSON.stringify({ status: 'routed', shipments: [{ location: shipFrom, lines: [{ lineId: 'l1', sku: 'DRILL-18V', qty: 5 }] }], unfilled: [], trace: { locations: [] } }),
      placed_at: '2030-01-01T00:00:00Z',
    });
    await t.db('orders').insert([order(1, 'wh-columbus'), order(2, 'wh-reno')]);
    const routing = load('routing.json');
    const r = await analyst.request('POST', '/api/simulate/replay', { body: { routing: { body: routing }, last: 10 } });
    expect(r.status).toBe(200);
    expect(r.body.total).toBe(2);
    // Columbus is next door and holds the stock: the order that went to Reno would now ship from Columbus
    expect(r.body.changed).toBe(1);
    expect(r.body.items[0]).toMatchObject({ number: 'SO-2', before: { locations: ['wh-reno'] }, after: { locations: ['wh-columbus'] }, changed: true });
  });
});
