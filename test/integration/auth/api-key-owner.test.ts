import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { form } from '../definitions/fixtures.js';
import { Client, PASSWORD, seedTenant, startTestApp, type TestApp } from '../http/support/harness.js';

let t: TestApp;
let root: Client;
let tenantId: string;
beforeAll(async () => {
  t = await startTestApp();
  tenantId = (await seedTenant(t.db, 'acme')).tenantId;
  root = await Client.login(t.base, 'admin@acme.test', 'acme');
});
afterAll(() => t.close());

let seq = 0;
/** A second admin and an API key they create with `role`. */
async function ownerWithKey(role: string) {
  const email = `owner-${++seq}@acme.test`;
  const u = await root.post('/api/users', { email, name: 'Owner', role: 'admin', password: PASSWORD });
  expect(u.status).toBe(201);
  const owner = await Client.login(t.base, email, 'acme');
  const k = await owner.post('/api/api-keys', { name: `key-${seq}`, role });
  expect(k.status).toBe(201);
  return { ownerId: u.body.id as string, keyId: k.body.id as string, bot: Client.withKey(t.base, k.body.key) };
}
const patch = (c: Client, id: string, body: object) => c.request('PATCH', `/api/users/${id}`, { body });
const keyRow = (id: string) => t.db('api_keys').where({ tenant_id: tenantId, id }).first('role', 'revoked_at');

describe('API keys follow their owner', () => {
  it('act as their owner: createdBy / publishedBy are the owner, audit rows name owner and key', async () => {
    const { ownerId, keyId, bot } = await ownerWithKey('admin');
    const me = await bot.get('/api/auth/me');
    expect(me.body.user.role).toBe('admin');
    // a form that starts no flow: publishing it alone passes the release check
    expect((await bot.post('/api/definitions', { kind: 'form', key: 'key-form', body: { ...form('key-form'), flow: undefined } })).status).toBe(201);
    expect((await bot.post('/api/definitions/form/key-form/publish')).status).toBe(201);
    const versions = await bot.get('/api/definitions/form/key-form/versions');
    expect(versions.body.items[0].publishedBy).toBe(ownerId);
    expect(await t.db('definitions').where({ tenant_id: tenantId, key: 'key-form' }).first('created_by')).toEqual({ created_by: ownerId });
    const made = await bot.post('/api/users', { email: 'made-by-key@acme.test', name: 'K', role: 'operator', password: PASSWORD });
    expect(made.status).toBe(201);
    const audit = await t.db('audit_log')
      .where({ tenant_id: tenantId })
      .whereIn('action', ['definition.create', 'definition.publish', 'user.create'])
      .andWhere((q) => q.where('subject', 'definition:form/key-form').orWhere('subject', `user:${made.body.id}`))
      .select('action', 'actor_id', 'api_key_id');
    expect(audit).toHaveLength(3);
    for (const row of audit) expect(row).toMatchObject({ actor_id: ownerId, api_key_id: keyId });
    const listed = await root.get('/api/audit?action=user.create');
    expect(listed.body.items.find((i: any) => i.subject === `user:${made.body.id}`)).toMatchObject({ actorId: ownerId, apiKeyId: keyId });
  });

  it('can never change its own owner’s role, status or password (whatever the id’s spelling)', async () => {
    const { ownerId, bot } = await ownerWithKey('admin');
    for (const id of [ownerId, ownerId.toUpperCase()]) {
      for (const body of [{ role: 'admin' }, { disabled: false }, { password: 'a-whole-new-secret' }]) {
        const r = await patch(bot, id, body);
        expect([r.status, r.body.error.code]).toEqual([403, 'user.key-owner-protected']);
      }
    }
    expect((await patch(bot, ownerId, { name: 'Renamed by my key' })).status).toBe(200);
  });

  it('narrow on demotion: an admin key of a user demoted to analyst acts as analyst', async () => {
    const { ownerId, keyId, bot } = await ownerWithKey('admin');
    const r = await patch(root, ownerId, { role: 'analyst' });
    expect(r.status).toBe(200);
    expect(await keyRow(keyId)).toMatchObject({ role: 'analyst', revoked_at: null });
    expect((await bot.get('/api/users')).status).toBe(403);
    expect((await bot.get('/api/definitions')).status).toBe(200);
    const audit = await t.db('audit_log').where({ tenant_id: tenantId, action: 'user.update', subject: `user:${ownerId}` }).first('details');
    expect(audit.details.apiKeys).toEqual({ narrowed: [keyId], revoked: [] });
  });

  it('the issue’s case: demoted to customer and disabled, the key cannot re-enable or re-promote its owner', async () => {
    const { ownerId, keyId, bot } = await ownerWithKey('admin');
    expect((await patch(root, ownerId, { role: 'customer' })).status).toBe(200);
    expect((await bot.get('/api/definitions')).status).toBe(403);
    expect((await patch(bot, ownerId, { role: 'admin' })).status).toBe(403);
    expect((await patch(root, ownerId, { disabled: true })).status).toBe(200);
    expect((await keyRow(keyId)).revoked_at).not.toBeNull();
    expect((await bot.get('/api/auth/me')).status).toBe(401);
    expect((await patch(bot, ownerId, { disabled: false, role: 'admin' })).status).toBe(401);
    // Revoke on disable: re-enabling the owner brings no key back.
    expect((await patch(root, ownerId, { disabled: false, role: 'admin' })).status).toBe(200);
    expect((await bot.get('/api/auth/me')).status).toBe(401);
  });

  it('stops working at once when the owner is disabled or loses the role by any other path', async () => {
    const a = await ownerWithKey('admin');
    await t.db('users').where({ tenant_id: tenantId, id: a.ownerId }).update({ disabled: true });
    expect((await a.bot.get('/api/auth/me')).status).toBe(401);
    const b = await ownerWithKey('admin');
    await t.db('users').where({ tenant_id: tenantId, id: b.ownerId }).update({ role: 'operator' });
    expect((await b.bot.get('/api/auth/me')).status).toBe(401);
  });

  it('a key below its owner’s role keeps working when the owner moves to a role that still covers it', async () => {
    const { ownerId, keyId, bot } = await ownerWithKey('analyst');
    expect((await patch(root, ownerId, { role: 'analyst' })).status).toBe(200);
    expect(await keyRow(keyId)).toMatchObject({ role: 'analyst', revoked_at: null });
    expect((await bot.get('/api/definitions')).status).toBe(200);
  });
});
