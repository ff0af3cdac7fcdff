import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOpenApi } from '../../../server/src/http/openapi.js';
import { allRoutes } from '../../../server/src/http/routes.js';
import type { RouteSpec } from '../../../server/src/http/route-spec.js';
import { Client, seedTenant, startTestApp, type TestApp } from '../http/support/harness.js';
import { bodyArbitrary, nastyPathParams, nastyQueryValues, type BodyMutation } from './mutations.js';

const SEED = 20261201;
/** Total requests, shared by the operations found at run time (at least MIN_PER_OPERATION each). */
const BUDGET = 3000;
const MIN_PER_OPERATION = 20;
const CONCURRENCY = 4;
const WRITE = new Set(['post', 'put', 'patch', 'delete']);
const PLACEHOLDER: Record<string, string> = { id: '00000000-0000-7000-8000-000000000000', kind: 'form', key: 'example-order', n: '1' };

interface Operation {
  method: string;
  path: string; // OpenAPI style, /api/x/{id}
  pathParams: string[];
  queryParams: string[];
  route: RouteSpec;
}

interface Case {
  op: Operation;
  url: string;
  body: BodyMutation;
  authenticated: boolean;
}

/** Every operation of the OpenAPI document (built from the live route list): writes, and reads with parameters. */
function operations(): Operation[] {
  const doc = buildOpenApi(allRoutes) as { paths: Record<string, Record<string, { operationId: string; parameters: Array<{ name: string; in: string }> }>> };
  const byId = new Map(allRoutes.map((r) => [r.operationId, r]));
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const pathParams = op.parameters.filter((p) => p.in === 'path').map((p) => p.name);
      const queryParams = op.parameters.filter((p) => p.in === 'query').map((p) => p.name);
      if (!WRITE.has(method) && pathParams.length === 0 && queryParams.length === 0) continue;
      ops.push({ method, path, pathParams, queryParams, route: byId.get(op.operationId)! });
    }
  }
  return ops;
}

function caseArbitrary(op: Operation): fc.Arbitrary<Case> {
  const ex = op.route.example ?? {};
  const param = (name: string) =>
    fc.oneof(
      { weight: 3, arbitrary: fc.constant(encodeURIComponent(ex.params?.[name] ?? PLACEHOLDER[name] ?? 'x')) },
      { weight: 2, arbitrary: fc.constantFrom(...nastyPathParams) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }).map(encodeURIComponent) },
    );
  const params = fc.record(Object.fromEntries(op.pathParams.map((n) => [n, param(n)])) as Record<string, fc.Arbitrary<string>>);
  const exampleQuery = Object.entries(ex.query ?? {});
  const queryNames = [...op.queryParams, 'unknownParam'];
  const query = fc.oneof(
    { weight: 2, arbitrary: fc.constant(exampleQuery.map(([k, v]) => `${k}=${encodeURIComponent(v)}`)) },
    {
      weight: 3,
      arbitrary: fc.array(fc.tuple(fc.constantFrom(...queryNames), fc.constantFrom(...nastyQueryValues)), { minLength: 1, maxLength: 3 })
        .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`)),
    },
  );
  const body = op.route.body ? bodyArbitrary(ex.body, op.route.body as Record<string, any>) : fc.constant<BodyMutation>({ kind: 'none' });
  return fc.record({ params, query, body, authenticated: fc.integer({ min: 0, max: 4 }).map((n) => n > 0) /* 4 in 5 as the admin */ }).map((c) => {
    const path = op.path.replace(/\{([A-Za-z0-9_]+)\}/g, (_, n: string) => c.params[n]);
    return { op, url: path + (c.query.length ? `?${c.query.join('&')}` : ''), body: c.body, authenticated: c.authenticated };
  });
}

let t: TestApp;
let admin: Client;
let adminKey: Client;
beforeAll(async () => {
  t = await startTestApp();
  await seedTenant(t.db, 'acme');
  admin = await Client.login(t.base, 'admin@acme.test', 'acme');
  adminKey = Client.withKey(t.base, (await admin.post('/api/api-keys', { name: 'fuzz', role: 'admin' })).body.key);
  // The example definition exists, so draft/publish/archive routes reach their handlers, not only 404.
  await admin.post('/api/definitions', { kind: 'form', key: 'example-order', body: { kind: 'form', key: 'example-order', title: { en: 'Example' } } });
});
afterAll(() => t.close());

async function send(c: Case, anonymous: Client) {
  // Logging out would end the session every other case uses: that route is fuzzed with the admin's API key.
  const client = !c.authenticated ? anonymous : c.op.route.operationId === 'logout' ? adminKey : admin;
  const opts = c.body.kind === 'json' ? { body: c.body.body } : c.body.kind === 'raw' ? { raw: c.body.raw } : {};
  // A keep-alive socket the server closed just as it was reused fails in the client: send once more. A server
  // that breaks connections for real fails twice and is reported.
  for (let attempt = 1; ; attempt++) {
    try {
      return (await client.request(c.op.method.toUpperCase(), c.url, opts)).status;
    } catch (err) {
      if (attempt === 2) return `network error: ${(err as Error & { cause?: Error }).cause?.message ?? (err as Error).message}`;
    }
  }
}

describe('fuzz: generated bad input never gets a 5xx', () => {
  it('covers every write operation and path parameter of the OpenAPI document', async () => {
    const ops = operations();
    expect(ops.length).toBeGreaterThan(10);
    const perOp = Math.max(MIN_PER_OPERATION, Math.ceil(BUDGET / ops.length));
    const cases = ops.flatMap((op, i) => fc.sample(caseArbitrary(op), { seed: SEED + i, numRuns: perOp }));
    const anonymous = new Client(t.base);
    const failures: string[] = [];
    const statuses = new Map<number | string, number>();
    let next = 0;
    const worker = async () => {
      while (next < cases.length) {
        const c = cases[next++];
        const status = await send(c, anonymous);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (typeof status === 'string' || status >= 500) failures.push(`${status} ${c.op.method.toUpperCase()} ${c.url} ${JSON.stringify(c.body).slice(0, 300)}`);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    expect(cases.length).toBeGreaterThanOrEqual(BUDGET);
    expect(failures).toEqual([]);
    // Not everything bounced off validation: some requests reached handlers and succeeded.
    expect([...statuses.keys()].some((s) => typeof s === 'number' && s < 300)).toBe(true);
  }, 180_000); // ~15 s on an idle 2-core machine; generous for a shared, loaded one
});
