import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSync } from '../../../server/src/plugins/inbound/sync.js';
import { pushChannelFulfilment } from '../../../server/src/shipments/channel-fulfilment.js';
import { Client, seedTenant } from '../http/support/harness.js';
import { packTgz, shopDir, shopVersion, startPlatformApp, type PlatformApp } from './platform-fixture.js';

let t: PlatformApp;
const tenants = {} as Record<'a' | 'b', { id: string; admin: Client; installation: string }>;

const whoami = async (k: 'a' | 'b') => t.host.call({ tenantId: tenants[k].id, capability: 'p2-shop.whoami', input: {}, idempotencyKey: `who-${Math.random()}` });
const result = (o: Awaited<ReturnType<typeof whoami>>) => (o.ok ? (o.result as { version: string; pid: number }) : undefined);

beforeAll(async () => {
  t = await startPlatformApp();
  for (const k of ['a', 'b'] as const) {
    const id = (await seedTenant(t.db, `life-${k}`)).tenantId;
    const admin = await Client.login(t.base, `admin@life-${k}.test`, `life-${k}`);
    const r = await admin.post('/api/installations', { pluginId: 'p2-shop', config: { shop: k }, credentials: { apiKey: 'k' } });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    tenants[k] = { id, admin, installation: r.body.id };
  }
});
afterAll(() => t.close());

describe('install, upgrade, disable, uninstall for one tenant change nothing for another, without a restart', () => {
  let bPid = 0;

  it('both run 1.0.0 in processes of their own', async () => {
    const [a, b] = [result(await whoami('a')), result(await whoami('b'))];
    expect([a?.version, b?.version]).toEqual(['1.0.0', '1.0.0']);
    expect(a!.pid).not.toBe(b!.pid);
    bPid = b!.pid;
    const again = await tenants.a.admin.post('/api/installations', { pluginId: 'p2-shop' });
    expect([again.status, again.body.error.code]).toEqual([409, 'installation.exists']);
  });

  it('A upgrades to an uploaded 1.1.0: A runs it at once, B keeps 1.0.0 in the same process', async () => {
    const up = await tenants.a.admin.request('POST', '/api/plugins/upload', { raw: (await packTgz(shopDir, shopVersion('1.1.0'))) as unknown as string, headers: { 'content-type': 'application/gzip' } });
    expect(up.status, JSON.stringify(up.body)).toBe(201);
    const p = await tenants.a.admin.request('PATCH', `/api/installations/${tenants.a.installation}`, { body: { version: '1.1.0' } });
    expect(p.body, JSON.stringify(p.body)).toMatchObject({ version: '1.1.0', source: 'uploaded', revision: 2 });
    expect(result(await whoami('a'))?.version).toBe('1.1.0');
    expect(result(await whoami('b'))).toMatchObject({ version: '1.0.0', pid: bPid });
    // B cannot upgrade to A's upload: it is not in B's catalog.
    const refused = await tenants.b.admin.request('PATCH', `/api/installations/${tenants.b.installation}`, { body: { version: '1.1.0' } });
    expect([refused.status, refused.body.error.code, refused.body.error.path]).toEqual([404, 'plugin.not-found', '/version']);
  });

  it('A disables: A’s capabilities are gone, B’s answer as before', async () => {
    await tenants.a.admin.request('PATCH', `/api/installations/${tenants.a.installation}`, { body: { enabled: false } });
    expect(await whoami('a')).toMatchObject({ ok: false, error: { code: 'plugin.unknown-capability' } });
    expect(await t.host.capabilities(tenants.a.id)).not.toContain('p2-shop.whoami');
    expect(await t.host.capabilities(tenants.b.id)).toContain('p2-shop.whoami');
    expect(result(await whoami('b'))).toMatchObject({ version: '1.0.0', pid: bPid });
    await tenants.a.admin.request('PATCH', `/api/installations/${tenants.a.installation}`, { body: { enabled: true } });
    expect(result(await whoami('a'))?.version).toBe('1.1.0');
  });

  it('B cannot see or touch A’s installation', async () => {
    const url = `/api/installations/${tenants.a.installation}`;
    expect((await tenants.b.admin.get(url)).status).toBe(404);
    expect((await tenants.b.admin.request('PATCH', url, { body: { enabled: false } })).status).toBe(404);
    expect((await tenants.b.admin.request('DELETE', url)).status).toBe(404);
    expect((await tenants.b.admin.get('/api/installations')).body.items.map((i: any) => i.id)).toEqual([tenants.b.installation]);
  });

  it('A uninstalls: its state goes, B is untouched', async () => {
    await t.host.call({ tenantId: tenants.a.id, capability: 'p2-shop.push-stock', input: { levels: [] }, idempotencyKey: 'a-1' });
    expect((await tenants.a.admin.request('DELETE', `/api/installations/${tenants.a.installation}`)).status).toBe(204);
    expect(await t.db('plugin_state').where({ installation_id: tenants.a.installation }).count('* as n')).toEqual([{ n: '0' }]);
    expect(await whoami('a')).toMatchObject({ ok: false, error: { code: 'plugin.unknown-capability' } });
    expect(result(await whoami('b'))).toMatchObject({ version: '1.0.0', pid: bPid });
  });
});

describe('a confirmed shipment pushes fulfilment to the channel plugin', () => {
  it('order pulled from the shop, shipped here → push-fulfilment with status, tracking and lines', async () => {
    const b = tenants.b;
    await runSync(t.app.deps, { tenantId: b.id, installationId: b.installation });
    const order = await t.db('orders').where({ tenant_id: b.id, external_id: 'P2-0' }).first('id', 'number', 'channel');
    expect(order.channel).toBe('p2-shop');
    await t.db('orders').where({ tenant_id: b.id, id: order.id }).update({ status: 'allocated' });
    expect((await b.admin.post('/api/locations', { id: 'b-dc', name: 'B DC', type: 'warehouse' })).status).toBe(201);
    await t.db('products').insert({ tenant_id: b.id, sku: 'P2-SKU', name: 'P2' }).onConflict(['tenant_id', 'sku']).ignore();
    expect((await b.admin.post('/api/stock/adjustments', { location: 'b-dc', sku: 'P2-SKU', delta: 4, reason: 'count' })).status).toBe(200);
    const s = await b.admin.post('/api/shipments', { orderNumber: order.number, location: 'b-dc', lines: [{ lineId: 'line-1', qty: 1 }], carrier: 'DHL', tracking: 'JD0001' });
    expect(s.status, JSON.stringify(s.body)).toBe(201);
    await pushChannelFulfilment(t.app.deps, { tenantId: b.id, shipmentId: s.body.id });
    const key = `fulfilment:shipment:${b.id}:${s.body.id}`;
    const pushed = await t.db('plugin_state').where({ installation_id: b.installation, key }).first('value');
    expect(pushed?.value).toEqual({ order: 'P2-0', status: 'shipped', carrier: 'DHL', tracking: 'JD0001', lines: [{ sku: 'P2-SKU', qty: 1 }] });
    const timeline = await t.db('order_events').where({ tenant_id: b.id, order_id: order.id, type: 'channel-updated' }).select('data');
    expect(timeline.map((e) => e.data)).toEqual([{ capability: 'p2-shop.push-fulfilment', status: 'applied' }]);
    // The job retried (same shipment) is already-applied at the shop.
    await pushChannelFulfilment(t.app.deps, { tenantId: b.id, shipmentId: s.body.id });
    expect((await t.db('order_events').where({ tenant_id: b.id, order_id: order.id, type: 'channel-updated' }).select('data')).map((e) => e.data.status)).toEqual(['applied', 'already-applied']);
  });
});
