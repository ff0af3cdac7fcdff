import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fixedClock } from '@oms/runtime';
import pino from 'pino';
import { createApp } from '../../../server/src/app.js';
import { generateApiKey } from '../../../server/src/auth/api-keys.js';
import { defaultChecker } from '../../../server/src/definitions/checker.js';
import type { Actor, DefinitionDeps } from '../../../server/src/definitions/context.js';
import type { Role } from '../../../server/src/http/route-spec.js';
import type { PluginHost } from '../../../server/src/plugins/plugin-host.js';
import { createUser, ensureTenant } from '../../../server/src/users/users.js';
import { createTestDb, type TestDb } from '../../support/test-db.js';

export interface Harness {
  db: TestDb;
  clock: ReturnType<typeof fixedClock>;
  deps: DefinitionDeps;
  tenantA: string;
  tenantB: string;
  actor(tenantId: string): Actor;
  /** An HTTP client for one tenant and role, authenticated by a real API key (no CSRF needed). */
  client(tenantId: string, role?: Role): Promise<Client>;
  close(): Promise<void>;
}

export interface Client {
  req(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; body: any; headers: Headers }>;
}

/** A fresh database, two tenants, the real app on a loopback port. */
export async function startHarness(extra: { pluginHost?: PluginHost } = {}): Promise<Harness> {
  const db = await createTestDb();
  const clock = fixedClock('2025-01-01T00:00:00.000Z');
  const tenantA = (await ensureTenant(db.knex, 'tenant-a', 'Tenant A')).id;
  const tenantB = (await ensureTenant(db.knex, 'tenant-b', 'Tenant B')).id;
  const app = createApp({ db: db.knex, clock, logger: pino({ level: 'silent' }), ...extra });
  const server = http.createServer(app.callback());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let n = 0;
  return {
    db,
    clock,
    deps: { db: db.knex, clock, checker: defaultChecker(), ...extra },
    tenantA,
    tenantB,
    actor: (tenantId) => ({ tenantId, userId: null, requestId: `test-${++n}`, ip: null, locale: 'en' }),
    async client(tenantId, role = 'analyst') {
      const { key, prefix, hash } = generateApiKey();
      const id = (await import('uuid')).v7();
      // A key acts as its owner, within the owner's role: each client gets an owner of its own role.
      const owner = await createUser(db.knex, { tenantId, email: `key-owner-${++n}@test.test`, name: `owner ${role}`, role, password: 'key-owner-password' });
      await db.knex('api_keys').insert({ tenant_id: tenantId, id, name: `test ${role}`, role, prefix, key_hash: hash, created_by: owner.id, created_at: new Date() });
      return {
        async req(method, path, body, extra = {}) {
          const res = await fetch(base + path, {
            method,
            headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...extra },
            body: body === undefined ? undefined : JSON.stringify(body),
          });
          const text = await res.text();
          return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
        },
      };
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.drop();
    },
  };
}

/** Save a draft the way the editor does: load it (the ETag is the revision), then PUT with If-Match. */
export async function saveDraft(c: Client, kind: string, key: string, body: unknown) {
  const current = await c.req('GET', `/api/definitions/${kind}/${key}`);
  const etag = current.headers.get('etag') ?? '"1"';
  return c.req('PUT', `/api/definitions/${kind}/${key}/draft`, { body }, { 'if-match': etag });
}
