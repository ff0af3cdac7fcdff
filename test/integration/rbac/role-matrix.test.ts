import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRoutes } from '../../../server/src/http/routes.js';
import { allows, policy } from '../../../server/src/http/policy.js';
import { policyKey, type Role, type RouteSpec } from '../../../server/src/http/route-spec.js';
import { Client, ROLES, seedTenant, startTestApp, type TestApp } from '../http/support/harness.js';

const AUTH_CODES = new Set(['auth.required', 'auth.forbidden', 'auth.csrf', 'auth.no-policy']);
const PLACEHOLDER: Record<string, string> = { id: '00000000-0000-7000-8000-000000000000', kind: 'form', key: 'x', n: '1' };

/** The route's own example request, with placeholders for path params it leaves out. */
export function exampleRequest(route: RouteSpec) {
  const ex = route.example ?? {};
  const url = route.path.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) =>
    encodeURIComponent(ex.params?.[name] ?? PLACEHOLDER[name] ?? 'x'),
  );
  const qs = ex.query ? `?${new URLSearchParams(ex.query)}` : '';
  return { method: route.method.toUpperCase(), url: url + qs, body: ex.body };
}

// Logging out ends the session the other checks use: run it last.
const ordered = [...allRoutes].sort((a, b) => Number(a.operationId === 'logout') - Number(b.operationId === 'logout'));

let t: TestApp;
const sessions = {} as Record<Role, Client>;
const keys = {} as Record<Role, Client>;
beforeAll(async () => {
  t = await startTestApp();
  await seedTenant(t.db, 'acme');
  for (const role of ROLES) sessions[role] = await Client.login(t.base, `${role}@acme.test`, 'acme');
  for (const role of ROLES) {
    const k = await sessions.admin.post('/api/api-keys', { name: `matrix-${role}`, role });
    keys[role] = Client.withKey(t.base, k.body.key);
  }
});
afterAll(() => t.close());

describe('policy table', () => {
  it('has an entry for every route, and no entry without a route', () => {
    const routeKeys = new Set(allRoutes.map(policyKey));
    expect(allRoutes.filter((r) => !policy[policyKey(r)]).map(policyKey)).toEqual([]);
    expect(Object.keys(policy).filter((k) => !routeKeys.has(k))).toEqual([]);
  });

  it('has unique operation ids and unique method+path pairs', () => {
    expect(new Set(allRoutes.map((r) => r.operationId)).size).toBe(allRoutes.length);
    expect(new Set(allRoutes.map(policyKey)).size).toBe(allRoutes.length);
  });
});

describe.each(['session', 'api-key'] as const)('role × route matrix via %s', (via) => {
  for (const route of ordered) {
    it(`${policyKey(route)}`, async () => {
      const req = exampleRequest(route);
      for (const role of ROLES) {
        const client = via === 'session' ? sessions[role] : keys[role];
        const r = await client.request(req.method, req.url, { body: req.body });
        const entry = policy[policyKey(route)];
        const code = r.body?.error?.code;
        if (allows(entry, role)) {
          expect(AUTH_CODES.has(code), `${role} should pass: got ${r.status} ${code}`).toBe(false);
        } else {
          expect([r.status, code], `${role} should be refused`).toEqual([403, 'auth.forbidden']);
        }
      }
    });
  }
});

describe('anonymous callers', () => {
  it.each(ordered.map((r) => [policyKey(r), r] as const))('%s', async (_k, route) => {
    const req = exampleRequest(route);
    const r = await new Client(t.base).request(req.method, req.url, { body: req.body });
    if (policy[policyKey(route)] === 'public') expect(AUTH_CODES.has(r.body?.error?.code)).toBe(false);
    else expect([r.status, r.body.error.code]).toEqual([401, 'auth.required']);
  });
});

describe('deny by default', () => {
  it('a route missing from the policy table answers 403 auth.no-policy', async () => {
    const { buildRouter } = await import('../../../server/src/http/router.js');
    const Koa = (await import('koa')).default;
    const http = await import('node:http');
    const route = { ...allRoutes.find((r) => r.operationId === 'health')!, path: '/api/unlisted', operationId: 'unlisted' };
    const app = new Koa();
    const { errorMiddleware } = await import('../../../server/src/http/error-middleware.js');
    app.use(errorMiddleware(t.app.deps.logger));
    app.use(buildRouter([route], t.app.deps).routes());
    const server = http.createServer(app.callback()).listen(0);
    await new Promise((r) => server.once('listening', r));
    try {
      const res = await fetch(`http://127.0.0.1:${(server.address() as { port: number }).port}/api/unlisted`);
      expect(res.status).toBe(403);
      expect((await res.json()).error.code).toBe('auth.no-policy');
    } finally {
      server.close();
    }
  });
});
