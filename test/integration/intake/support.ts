import type { Knex } from 'knex';
import { Client, seedTenant, startTestApp, type TestApp } from '../http/support/harness.js';

/** Definitions published through the real API (draft + release), as an analyst would. */
export async function publish(admin: Client, defs: Array<{ kind: string; key: string } & Record<string, unknown>>): Promise<void> {
  for (const d of defs) {
    const exists = await admin.get(`/api/definitions/${d.kind}/${d.key}`);
    const r = exists.status === 200
      ? await admin.request('PUT', `/api/definitions/${d.kind}/${d.key}/draft`, { body: { body: d, revision: exists.body.revision } })
      : await admin.post('/api/definitions', { kind: d.kind, key: d.key, body: d });
    if (r.status >= 300) throw new Error(`draft ${d.kind}/${d.key}: ${r.status} ${JSON.stringify(r.body)}`);
  }
  const rel = await admin.post('/api/releases', { items: defs.map(({ kind, key }) => ({ kind, key })) });
  if (rel.status !== 201) throw new Error(`release: ${rel.status} ${JSON.stringify(rel.body)}`);
}

export interface World {
  t: TestApp;
  tenantId: string;
  users: Awaited<ReturnType<typeof seedTenant>>['users'];
  admin: Client;
  /** API-key clients by name (each key is its own idempotency principal). */
  key(name: string, role?: string): Promise<Client>;
}

export async function startWorld(slug = 'acme'): Promise<World> {
  const t = await startTestApp();
  const { tenantId, users } = await seedTenant(t.db, slug);
  const admin = await Client.login(t.base, `admin@${slug}.test`, slug);
  return {
    t,
    tenantId,
    users,
    admin,
    async key(name, role = 'operator') {
      const k = await admin.post('/api/api-keys', { name, role });
      return Client.withKey(t.base, k.body.key);
    },
  };
}

export const count = async (db: Knex, table: string, where: Record<string, unknown>) =>
  Number((await db(table).where(where).count<{ count: string }[]>('* as count'))[0].count);

export const order = (over: Record<string, unknown> = {}) => ({
  channel: 'web',
  customer: { email: 'Ann@Example.com', name: ' Ann ' },
  shipTo: { line1: '1 Main St', city: 'Berlin', postcode: '10115', country: 'DE' },
  lines: [
    { sku: 'SKU-1', qty: 2, unitPrice: 10 },
    { sku: 'SKU-2', qty: 1, unitPrice: 5.5 },
  ],
  ...over,
});
