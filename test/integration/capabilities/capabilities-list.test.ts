import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SPECS } from '../../../server/src/plugins/demo-specs.js';
import { Client, seedTenant } from '../http/support/harness.js';
import { startPlatformApp, type PlatformApp } from '../plugins/platform-fixture.js';

let t: PlatformApp;
const login = (role: string, slug: string) => Client.login(t.base, `${role}@${slug}.test`, slug);
const keys = (body: { items: Array<{ key: string }> }) => body.items.map((i) => i.key);

beforeAll(async () => {
  t = await startPlatformApp();
  for (const slug of ['cap-a', 'cap-b', 'cap-c']) await seedTenant(t.db, slug);
  const a = await login('admin', 'cap-a');
  expect((await a.post('/api/installations', { pluginId: 'p2-shop', config: { shop: 'a' } })).status).toBe(201);
  const c = await login('admin', 'cap-c');
  const r = await c.post('/api/installations', { pluginId: 'p2-shop', config: { shop: 'c' } });
  expect(r.status).toBe(201);
  const off = await c.request('PATCH', `/api/installations/${r.body.id}`, { body: { enabled: false } });
  expect(off.status, JSON.stringify(off.body)).toBe(200);
});
afterAll(() => t.close());

describe('GET /api/capabilities', () => {
  it('lists the enabled installation\'s capabilities with the manifest\'s input schema, plus demo.*', async () => {
    const r = await (await login('analyst', 'cap-a')).get('/api/capabilities');
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const demo = Object.keys(DEMO_SPECS).sort();
    const shop = ['p2-shop.pull-orders', 'p2-shop.pull-stock', 'p2-shop.push-fulfilment', 'p2-shop.push-stock', 'p2-shop.whoami'];
    expect(keys(r.body)).toEqual([...demo, ...shop].sort());
    // the same list the release check uses
    expect(keys(r.body)).toEqual([...(await t.host.capabilities((await t.db('tenants').where({ slug: 'cap-a' }).first('id')).id))].sort());
    const push = r.body.items.find((i: { key: string }) => i.key === 'p2-shop.push-fulfilment');
    expect(push.plugin).toEqual({ id: 'p2-shop', title: { en: 'P2 test shop', 'zh-CN': 'P2 测试商店' } });
    expect(push.input.required).toEqual(['order', 'status']);
    expect(push.idempotent).toBe(false);
    const notify = r.body.items.find((i: { key: string }) => i.key === 'demo.notify');
    expect(notify).toMatchObject({ idempotent: true, plugin: { id: 'demo' }, input: { required: ['to'] } });
    expect(notify.title['zh-CN']).toBeTruthy();
  });

  it('another tenant\'s installation never shows; a disabled installation does not either', async () => {
    for (const slug of ['cap-b', 'cap-c']) {
      const r = await (await login('admin', slug)).get('/api/capabilities');
      expect(r.status).toBe(200);
      expect(keys(r.body), slug).toEqual(Object.keys(DEMO_SPECS).sort());
    }
  });

  it('customers and operators may not read it', async () => {
    for (const role of ['customer', 'operator']) {
      const r = await (await login(role, 'cap-a')).get('/api/capabilities');
      expect([role, r.status, r.body.error?.code]).toEqual([role, 403, 'auth.forbidden']);
    }
  });
});
