import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import pino from 'pino';
import type { CanonicalOrder, Clock, FlowDefinition } from '@oms/runtime';
import { loadConfig } from '../../server/src/config.js';
import { startFlowInstance } from '../../server/src/flows/driver.js';
import type { AppDeps } from '../../server/src/http/route-spec.js';
import { adjustStock } from '../../server/src/inventory/stock-service.js';
import type { Actor } from '../../server/src/orders/timeline.js';
import { createInProcessPluginHost } from '../../server/src/plugins/in-process-host.js';
import { ensureTenant } from '../../server/src/users/users.js';

export const TEST_ACTOR: Actor = { userId: null, label: 'test' };

/** A clock the test moves by hand (start at a fixed instant: nothing depends on the host's time). */
export function manualClock(start = Date.UTC(2026, 2, 2, 9, 0, 0)): Clock & { set(ms: number): void; advance(ms: number): void } {
  let now = start;
  return { now: () => now, timeZone: 'UTC', set: (ms) => void (now = ms), advance: (ms) => void (now += ms) };
}

export function testDeps(db: Knex, clock: Clock = { now: () => Date.now() }): AppDeps {
  return { db, clock, logger: pino({ level: 'silent' }), config: loadConfig({}), pluginHost: createInProcessPluginHost(db, { clock }) };
}

/** A tenant with locations and stock (through the stock service, so the ledger explains every unit). */
export async function seedTenant(db: Knex, slug: string, stock: Array<[location: string, sku: string, onHand: number]> = []): Promise<string> {
  const { id } = await ensureTenant(db, slug, slug);
  const locations = [...new Set(stock.map((s) => s[0]))];
  const skus = [...new Set(stock.map((s) => s[1]))];
  if (locations.length) await db('locations').insert(locations.map((l, i) => ({ tenant_id: id, id: l, name: l, type: 'warehouse', priority: i, tags: ['dc'] })));
  if (skus.length) await db('products').insert(skus.map((sku) => ({ tenant_id: id, sku, name: sku })));
  await db.transaction(async (trx) => {
    for (const [location, sku, set] of stock) await adjustStock(trx, { tenantId: id, location, sku, set, reason: 'initial count', actor: TEST_ACTOR });
  });
  return id;
}

/** A published version 1 of a definition, written directly (these tests are about execution, not publishing). */
export async function publishDefinition(db: Knex, tenantId: string, def: { kind: string; key: string }): Promise<{ key: string; version: number }> {
  const now = new Date();
  await db('definition_heads').insert({ tenant_id: tenantId, kind: def.kind, key: def.key, latest_version: 1 }).onConflict(['tenant_id', 'kind', 'key']).ignore();
  await db('definitions').insert({ tenant_id: tenantId, kind: def.kind, key: def.key, version: 1, status: 'published', body: JSON.stringify(def), checksum: 'test', published_at: now });
  return { key: def.key, version: 1 };
}

export interface TestOrder {
  lines: Array<{ sku: string; qty: number }>;
  pinned?: Record<string, unknown>;
  status?: string;
}

/** An order row as intake would leave it (intake is another module): order, lines, canonical body. */
export async function insertOrder(db: Knex, tenantId: string, o: TestOrder): Promise<{ id: string; body: CanonicalOrder }> {
  const id = randomUUID();
  const n = randomUUID().slice(0, 8);
  const body: CanonicalOrder = { id, channel: 'test', externalId: `ext-${n}`, lines: o.lines.map((l, i) => ({ id: `l${i + 1}`, sku: l.sku, qty: l.qty })), shipTo: { country: 'DE' } };
  await db('orders').insert({ tenant_id: tenantId, id, number: `T-${n}`, channel: 'test', external_id: body.externalId, status: o.status ?? 'received', body: JSON.stringify(body), pinned: JSON.stringify(o.pinned ?? {}), placed_at: new Date() });
  await db('order_lines').insert(body.lines.map((l, i) => ({ tenant_id: tenantId, order_id: id, line_id: l.id, position: i, sku: l.sku, qty: l.qty, order_created_at: db.raw('(SELECT created_at FROM orders WHERE tenant_id = ? AND id = ?)', [tenantId, id]) })));
  return { id, body };
}

/** Start the order's flow the way intake does: in one transaction with its first commands and jobs. */
export async function startOrderFlow(deps: AppDeps, tenantId: string, order: { id: string; body: CanonicalOrder }, def: FlowDefinition): Promise<string> {
  const at = new Date(deps.clock.now());
  return deps.db.transaction(async (trx) => {
    const { instanceId } = await startFlowInstance(trx, deps, { tenantId, orderId: order.id, definition: { ...def, version: 1 }, order: order.body, actor: TEST_ACTOR, at });
    return instanceId;
  });
}

/** Poll until `check` returns a value that is not undefined/false, or fail after `timeoutMs` (never a fixed sleep). */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export const commandsOf = (db: Knex, tenantId: string, instanceId: string) =>
  db('flow_commands').where({ tenant_id: tenantId, instance_id: instanceId }).orderBy('created_at').orderBy('command_id').select('command_id', 'type', 'status', 'attempts', 'payload');

/** Every command of the instance has finished (done or skipped) and the flow is no longer running. */
export const settled = (db: Knex, tenantId: string, instanceId: string) => async () => {
  const inst = await db('flow_instances').where({ tenant_id: tenantId, id: instanceId }).first('status');
  if (!inst || inst.status === 'running') return false;
  const open = await db('flow_commands').where({ tenant_id: tenantId, instance_id: instanceId }).whereIn('status', ['pending', 'running', 'failed']).first('command_id');
  return !open;
};
