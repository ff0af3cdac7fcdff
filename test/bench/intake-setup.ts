import { chmod, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import knex, { type Knex } from 'knex';
import { v7 as uuidv7 } from 'uuid';
import { generateApiKey } from '../../server/src/auth/api-keys.js';
import { checksumOf } from '../../server/src/definitions/checksum.js';
import { startEmbeddedPostgres, type EmbeddedDb } from '../../server/src/db/embedded.js';
import { migrateToLatest } from '../../server/src/db/migrate.js';
import { createUser, ensureTenant } from '../../server/src/users/users.js';

/** What every bench order goes through: three review rules, a flow that routes and reserves, a routing. */
export const definitions = [
  {
    kind: 'review',
    key: 'bench-review',
    title: { en: 'Bench review' },
    rules: [
      { id: 'blacklisted', when: { 'has-tag': [{ var: 'customer.tags' }, ['blacklisted']] }, action: 'reject', message: { en: 'Blacklisted' } },
      { id: 'address', when: { '!': { var: 'shipTo.line1' } }, action: 'hold', message: { en: 'Address incomplete' } },
      { id: 'big', when: { '>': [{ var: 'totals.total' }, 10000] }, action: 'flag', message: { en: 'Big order' } },
    ],
  },
  {
    kind: 'flow',
    key: 'bench-flow',
    title: { en: 'Bench flow' },
    nodes: [
      { id: 'start', type: 'start' },
      { id: 'route', type: 'route', config: { routing: 'bench-routing' } },
      { id: 'end', type: 'end', config: { outcome: 'done' } },
    ],
    edges: [
      { id: 'e1', from: 'start', to: 'route' },
      { id: 'e2', from: 'route', to: 'end', outcome: 'routed' },
      { id: 'e3', from: 'route', to: 'end', outcome: 'unfillable' },
    ],
  },
  { kind: 'routing', key: 'bench-routing', title: { en: 'Bench routing' } },
];

export interface BenchDb {
  pg: EmbeddedDb;
  db: Knex;
  tenantId: string;
  apiKey: string;
  apiKeyId: string;
}

/** Embedded PostgreSQL in a temp dir, migrated, one tenant with an operator API key and published definitions. */
export async function setupBenchDb(): Promise<BenchDb> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'oms-bench-intake-'));
  await chmod(dir, 0o755);
  const pg = await startEmbeddedPostgres({ dataDir: path.join(dir, 'data'), database: 'bench' });
  const db = knex({ client: 'pg', connection: pg.url, pool: { min: 0, max: 20 } });
  await migrateToLatest(db);
  const tenantId = (await ensureTenant(db, 'bench', 'Bench')).id;
  await db('tenant_settings').insert({ tenant_id: tenantId, currency: 'EUR', time_zone: 'UTC' });
  // A key acts as its owner (an enabled user whose role covers the key's): without one it authenticates nobody.
  const owner = await createUser(db, { tenantId, email: 'bench-operator@example.com', name: 'Bench', role: 'operator', password: 'bench-password-1234' });
  const { key, prefix, hash } = generateApiKey();
  const apiKeyId = uuidv7();
  await db('api_keys').insert({ tenant_id: tenantId, id: apiKeyId, name: 'bench', role: 'operator', prefix, key_hash: hash, created_by: owner.id, created_at: new Date() });
  const at = new Date();
  for (const d of definitions) {
    await db('definition_heads').insert({ tenant_id: tenantId, kind: d.kind, key: d.key, title: JSON.stringify(d.title), latest_version: 1, created_at: at, updated_at: at });
    await db('definitions').insert({
      tenant_id: tenantId, kind: d.kind, key: d.key, version: 1, status: 'published', body: JSON.stringify(d),
      checksum: checksumOf(d), created_at: at, updated_at: at, published_at: at,
    });
  }
  return { pg, db, tenantId, apiKey: key, apiKeyId };
}

let seq = 0;
/** A fresh order (unique external id) of 3 lines. */
export function benchOrder(tag: string) {
  seq++;
  return {
    channel: 'web',
    externalId: `${tag}-${seq}`,
    customer: { email: `c${seq % 1000}@example.com`, name: 'Bench Customer' },
    shipTo: { line1: '1 Main St', city: 'Berlin', postcode: '10115', country: 'DE' },
    lines: [
      { sku: 'SKU-1', qty: 2, unitPrice: 10 },
      { sku: 'SKU-2', qty: 1, unitPrice: 5.5 },
      { sku: 'SKU-3', qty: 4, unitPrice: 1.25 },
    ],
  };
}
