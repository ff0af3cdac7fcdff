import http from 'node:http';
import type { Knex } from 'knex';
import pino from 'pino';
import { fixedClock } from '../../../../runtime/src/core/ports.js';
import { createApp } from '../../../../server/src/app.js';
import { loadConfig, type AppConfig } from '../../../../server/src/config.js';
import { ROLES as RUNTIME_ROLES } from '../../../../runtime/src/core/roles.js';
import type { Role } from '../../../../server/src/http/route-spec.js';
import { createUser, ensureTenant } from '../../../../server/src/users/users.js';
import { createTestDb, type TestDb } from '../../../support/test-db.js';

export const ROLES: Role[] = [...RUNTIME_ROLES];
export const PASSWORD = 'correct-horse-1';

export interface TestApp {
  base: string;
  db: Knex;
  testDb: TestDb;
  clock: ReturnType<typeof fixedClock>;
  app: ReturnType<typeof createApp>;
  close(): Promise<void>;
}

/** A real app on a real port over a fresh real database; the clock only moves when the test says so. */
export async function startTestApp(opts: { db?: Knex; config?: Partial<AppConfig> } = {}): Promise<TestApp> {
  const testDb = opts.db ? undefined : await createTestDb();
  const db = opts.db ?? testDb!.knex;
  const clock = fixedClock('2030-01-01T00:00:00Z');
  const config = loadConfig({}, { staticDir: '/nonexistent-designer', ...opts.config });
  const app = createApp({ db, logger: pino({ level: 'silent' }), config, clock });
  const server = http.createServer(app.callback());
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address() as { port: number };
  return {
    base: `http://127.0.0.1:${addr.port}`,
    db,
    testDb: testDb!,
    clock,
    app,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      await testDb?.drop();
    },
  };
}

/** A tenant with one user per role (emails `<role>@<slug>.test`). */
export async function seedTenant(db: Knex, slug: string): Promise<{ tenantId: string; users: Record<Role, string> }> {
  const t = await ensureTenant(db, slug, `Tenant ${slug}`);
  const users = {} as Record<Role, string>;
  for (const role of ROLES) {
    users[role] = (await createUser(db, { tenantId: t.id, email: `${role}@${slug}.test`, name: role, role, password: PASSWORD })).id;
  }
  return { tenantId: t.id, users };
}

export interface Reply {
  status: number;
  body: any;
  headers: Headers;
}

/** A browser-like client: keeps the session cookie and sends the CSRF token on writes (unless told not to). */
export class Client {
  cookie = '';
  csrf = '';
  bearer = '';
  constructor(readonly base: string) {}

  static async login(base: string, email: string, tenant?: string, password = PASSWORD): Promise<Client> {
    const c = new Client(base);
    const r = await c.request('POST', '/api/auth/login', { body: { ...(tenant ? { tenant } : {}), email, password } });
    if (r.status !== 200) throw new Error(`login ${email} failed: ${r.status} ${JSON.stringify(r.body)}`);
    return c;
  }

  static withKey(base: string, key: string): Client {
    const c = new Client(base);
    c.bearer = key;
    return c;
  }

  async request(
    method: string,
    path: string,
    opts: { body?: unknown; raw?: string; headers?: Record<string, string>; csrf?: boolean } = {},
  ): Promise<Reply> {
    const headers: Record<string, string> = { ...opts.headers };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.bearer) headers.authorization = `Bearer ${this.bearer}`;
    if (this.csrf && opts.csrf !== false && method !== 'GET') headers['x-csrf-token'] = this.csrf;
    let payload: string | undefined = opts.raw;
    if (opts.body !== undefined) payload = JSON.stringify(opts.body);
    if (payload !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) {
      headers['content-type'] = 'application/json';
    }
    const res = await fetch(this.base + path, { method, headers, body: payload });
    const setCookie = res.headers.getSetCookie().find((c) => c.startsWith('oms_session='));
    if (setCookie) this.cookie = setCookie.split(';')[0];
    const text = await res.text();
    let body: any = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON (metrics, docs) */
    }
    if (body && typeof body === 'object' && typeof body.csrfToken === 'string' && body.csrfToken) this.csrf = body.csrfToken;
    return { status: res.status, body, headers: res.headers };
  }

  get = (path: string) => this.request('GET', path);
  post = (path: string, body?: unknown) => this.request('POST', path, { body });
}
