import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executeCommand } from '../../../server/src/flows/execute.js';
import { allRoutes } from '../../../server/src/http/routes.js';
import { policy } from '../../../server/src/http/policy.js';
import { policyKey, type RouteSpec } from '../../../server/src/http/route-spec.js';
import { Client, seedTenant, startTestApp, type TestApp } from '../http/support/harness.js';

/**
 * Routes that address one object by path parameters. Public routes are left out: the plugin webhook
 * (`/api/hooks/:installationId`) authenticates by the sender's signature, not by a tenant's session
 * (test/integration/plugins covers it).
 */
const objectRoutes = allRoutes.filter((r) => r.path.includes(':') && policy[policyKey(r)] !== 'public');

const formBody = {
  kind: 'form',
  key: 'tenant-a-order',
  title: { en: 'A order' },
  fields: [{ key: 'note', type: 'text', label: { en: 'Note' } }],
};

let t: TestApp;
let a: Client;
let b: Client;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestApp();
  const ta = await seedTenant(t.db, 'tenant-a');
  await seedTenant(t.db, 'tenant-b');
  a = await Client.login(t.base, 'admin@tenant-a.test', 'tenant-a');
  b = await Client.login(t.base, 'admin@tenant-b.test', 'tenant-b');
  ids.user = ta.users.operator;
  ids.apiKey = (await a.post('/api/api-keys', { name: 'a-key', role: 'operator' })).body.id;
  const created = await a.post('/api/definitions', { kind: 'form', key: formBody.key, body: formBody });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const published = await a.post('/api/releases', { items: [{ kind: 'form', key: formBody.key }], note: 'A' });
  expect(published.status, JSON.stringify(published.body)).toBe(201);
  ids.release = published.body.id;
  // Catalog, stock and imports (inventory)
  expect((await a.post('/api/products', { sku: 'TA-SKU', name: 'A product' })).status).toBe(201);
  expect((await a.post('/api/locations', { id: 'ta-dc', name: 'A DC', type: 'warehouse' })).status).toBe(201);
  expect((await a.post('/api/channels', { id: 'ta-web', name: 'A web' })).status).toBe(201);
  const imp = await a.request('POST', '/api/imports?type=stock', { raw: 'location,sku,on_hand\nta-dc,TA-SKU,3\n', headers: { 'content-type': 'text/csv' } });
  expect(imp.status, JSON.stringify(imp.body)).toBe(202);
  ids.import = imp.body.id;
  for (let i = 0; i < 200 && (await a.get(`/api/imports/${ids.import}`)).body.status !== 'done'; i++) await new Promise((r) => setImmediate(r));
  // An order with an open approval task in tenant A (intake → flow → the create-task command, run here).
  const flow = {
    kind: 'flow', key: 'a-flow', title: { en: 'A flow' },
    nodes: [{ id: 'start', type: 'start' }, { id: 'ok', type: 'approval', config: { assignees: [{ role: 'approver' }] } }, { id: 'end', type: 'end' }],
    edges: [{ id: 'e1', from: 'start', to: 'ok' }, { id: 'e2', from: 'ok', to: 'end', outcome: 'approved' }, { id: 'e3', from: 'ok', to: 'end', outcome: 'rejected' }, { id: 'e4', from: 'ok', to: 'end', outcome: 'returned' }],
  };
  await a.post('/api/definitions', { kind: 'flow', key: flow.key, body: flow });
  expect((await a.post('/api/releases', { items: [{ kind: 'flow', key: flow.key }] })).status).toBe(201);
  const made = await a.request('POST', '/api/orders', { body: { lines: [{ sku: 'A-1', qty: 1 }] }, headers: { 'idempotency-key': 'a-1' } });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  ids.order = made.body.id;
  const inst = await t.db('flow_instances').where({ order_id: ids.order }).first('tenant_id', 'id');
  for (const c of await t.db('flow_commands').where({ instance_id: inst.id, status: 'pending' })) {
    await executeCommand(t.app.deps, { tenantId: inst.tenant_id, instanceId: inst.id, commandId: c.command_id }, { attempts: 1, maxAttempts: 1 });
  }
  ids.task = (await t.db('tasks').where({ order_id: ids.order }).first('id')).id;
  // A return of that order (written directly: returns need a shipment, which is not what this test is about)
  ids.return = '00000000-0000-7000-8000-0000000000aa';
  await t.db('returns').insert({ tenant_id: ta.tenantId, id: ids.return, number: 'RMA-A', order_id: ids.order, reason: 'test' });
  // A plugin installation with a dead letter (written directly: no package is needed to prove the scoping)
  ids.installation = '00000000-0000-7000-8000-0000000000bb';
  ids.deadLetter = '00000000-0000-7000-8000-0000000000cc';
  await t.db('plugin_installations').insert({ tenant_id: ta.tenantId, id: ids.installation, plugin_id: 'a-plugin', version: '1.0.0', source: 'uploaded' });
  await t.db('plugin_dead_letters').insert({ tenant_id: ta.tenantId, id: ids.deadLetter, installation_id: ids.installation, plugin_id: 'a-plugin', kind: 'intake', payload: '{}', error: '{"code":"x","message":"x"}' });
});
afterAll(() => t.close());

/** Tenant A's real object for each path parameter of a route. */
function urlFor(route: RouteSpec): string {
  const values: Record<string, string> = { kind: 'form', key: formBody.key, n: '1' };
  const byPrefix: Record<string, string> = {
    users: ids.user, 'api-keys': ids.apiKey, orders: ids.order, tasks: ids.task, returns: ids.return,
    locations: 'ta-dc', channels: 'ta-web', imports: ids.import, installations: ids.installation, 'dead-letters': ids.deadLetter,
    my: ids.order, // /api/my/orders/:id: A's admin submitted the order
  };
  values.id = byPrefix[route.path.split('/')[2]] ?? ids.release;
  values.sku = 'TA-SKU';
  const qs = route.example?.query ? `?${new URLSearchParams(route.example.query)}` : '';
  return route.path.replace(/:([A-Za-z0-9_]+)/g, (_, p: string) => values[p]) + qs;
}

function bodyFor(route: RouteSpec): unknown {
  if (route.operationId === 'updateDefinitionDraft') return { body: formBody };
  return route.example?.body;
}

describe('another tenant’s objects answer 404 exactly like missing ones', () => {
  it('covers users, API keys, definitions, versions, releases, forms, orders and tasks', () => {
    const prefixes = new Set(objectRoutes.map((r) => r.path.split('/')[2]));
    expect([...prefixes].sort()).toEqual([
      'api-keys', 'channels', 'dead-letters', 'definitions', 'forms', 'imports', 'installations', 'locations', 'my', 'orders', 'products', 'releases', 'returns', 'tasks', 'users',
    ]);
    expect(objectRoutes.some((r) => r.path.includes('/versions/:n'))).toBe(true);
  });

  it.each(objectRoutes.map((r) => [policyKey(r), r] as const))('%s', async (_k, route) => {
    const url = urlFor(route);
    const r = await b.request(route.method.toUpperCase(), url, { body: bodyFor(route) });
    expect([r.status, r.body?.error?.code], JSON.stringify(r.body)).toEqual([404, 'not-found']);
    if (route.method === 'get') {
      // Control: the object is real, tenant A sees it.
      expect((await a.get(url)).status).toBe(200);
    }
  });

  it('left tenant A untouched', async () => {
    const user = (await a.get('/api/users')).body.items.find((u: any) => u.id === ids.user);
    expect(user).toMatchObject({ name: 'operator', disabled: false });
    expect((await a.get('/api/api-keys')).body.items.map((k: any) => k.id)).toContain(ids.apiKey);
    const def = await a.get(`/api/definitions/form/${formBody.key}`);
    expect(def.body.status).toBe('published');
  });

  it('lists never show another tenant’s rows', async () => {
    expect((await b.get('/api/users')).body.items.every((u: any) => u.email.endsWith('@tenant-b.test'))).toBe(true);
    expect((await b.get('/api/api-keys')).body.items).toEqual([]);
    expect((await b.get('/api/definitions')).body.items).toEqual([]);
    expect((await b.get('/api/releases')).body.items).toEqual([]);
    for (const list of ['/api/products', '/api/locations', '/api/channels', '/api/stock', '/api/stock/movements', '/api/installations', '/api/dead-letters']) {
      expect((await b.get(list)).body.items, list).toEqual([]);
    }
    expect((await b.get('/api/orders')).body.items).toEqual([]);
    expect((await b.get('/api/tasks')).body.items).toEqual([]);
    expect((await b.get('/api/forms')).body.items).toEqual([]);
    expect((await a.get('/api/orders')).body.items.map((o: any) => o.id)).toEqual([ids.order]);
    const audit = (await b.get('/api/audit')).body.items;
    expect(audit.length).toBeGreaterThan(0);
    expect(audit.every((e: any) => !JSON.stringify(e).includes('tenant-a'))).toBe(true);
  });
});
