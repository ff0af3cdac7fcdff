import http from 'node:http';
import Koa from 'koa';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../server/src/config.js';
import { errorMiddleware } from '../../../server/src/http/error-middleware.js';
import { HttpError } from '../../../server/src/http/errors.js';
import { requestId } from '../../../server/src/http/request-id.js';
import { defineRoute, type AppDeps } from '../../../server/src/http/route-spec.js';
import { buildRouter } from '../../../server/src/http/router.js';
import { IDEMPOTENCY_TTL_MS, pruneIdempotencyKeys } from '../../../server/src/idempotency/idempotency-store.js';
import { Client } from '../http/support/harness.js';
import { count, order, startWorld, type World } from './support.js';

let w: World;
let ops: Client;
let ops2: Client;
let other: Client;

/** Raw bytes of a reply, for byte-identical comparisons. */
async function raw(c: Client, base: string, path: string, body: unknown, key?: string) {
  const res = await fetch(base + path, {
    method: 'POST',
    headers: { authorization: `Bearer ${c.bearer}`, 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, text: await res.text(), headers: res.headers };
}

beforeAll(async () => {
  w = await startWorld();
  ops = await w.key('erp');
  ops2 = await w.key('erp-2');
  const { seedTenant } = await import('../http/support/harness.js');
  await seedTenant(w.t.db, 'other');
  const otherAdmin = await Client.login(w.t.base, 'admin@other.test', 'other');
  other = Client.withKey(w.t.base, (await otherAdmin.post('/api/api-keys', { name: 'o', role: 'operator' })).body.key);
});
afterAll(() => w?.t.close());

describe('Idempotency-Key on POST /api/orders', () => {
  it('rule: a missing key is 400 idempotency.key-required and creates nothing', async () => {
    const r = await raw(ops, w.t.base, '/api/orders', order());
    expect(r.status).toBe(400);
    expect(JSON.parse(r.text).error.code).toBe('idempotency.key-required');
    expect(await count(w.t.db, 'orders', { tenant_id: w.tenantId })).toBe(0);
  });

  it('rule: same key + same body replays the byte-identical response, one order', async () => {
    const first = await raw(ops, w.t.base, '/api/orders', order(), 'k-1');
    expect(first.status).toBe(201);
    // Same content, other key order: still the same request.
    const { lines, channel, ...rest } = order();
    const again = await raw(ops, w.t.base, '/api/orders', { lines, ...rest, channel }, 'k-1');
    expect(again.status).toBe(201);
    expect(again.text).toBe(first.text);
    expect(again.headers.get('location')).toBe(first.headers.get('location'));
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await count(w.t.db, 'orders', { tenant_id: w.tenantId })).toBe(1);
    const stored = await w.t.db('idempotency_keys').where({ tenant_id: w.tenantId, key: 'k-1' }).first();
    expect(stored).toMatchObject({ state: 'done', status: 201, body: first.text });
  });

  it('rule: same key + different body is 422 idempotency.key-reused', async () => {
    const r = await raw(ops, w.t.base, '/api/orders', order({ channel: 'shop' }), 'k-1');
    expect([r.status, JSON.parse(r.text).error.code]).toEqual([422, 'idempotency.key-reused']);
    expect(await count(w.t.db, 'orders', { tenant_id: w.tenantId })).toBe(1);
  });

  it('the OpenAPI document declares the header and the 409/422 answers', async () => {
    const doc = await (await fetch(`${w.t.base}/api/openapi.json`)).json();
    const op = doc.paths['/api/orders'].post;
    expect(op.parameters).toContainEqual(expect.objectContaining({ name: 'Idempotency-Key', in: 'header', required: true }));
    expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['409', '422']));
  });

  it('rule: keys are scoped per principal and per tenant', async () => {
    const a = await raw(ops2, w.t.base, '/api/orders', order(), 'k-1');
    const b = await raw(other, w.t.base, '/api/orders', order(), 'k-1');
    expect([a.status, b.status]).toEqual([201, 201]);
    const ids = new Set([JSON.parse(a.text).id, JSON.parse(b.text).id]);
    expect(ids.size).toBe(2);
    expect(await count(w.t.db, 'orders', { tenant_id: w.tenantId })).toBe(2);
  });

  it('rule: keys expire after 24 h (then the key is new) and pruneIdempotencyKeys deletes expired ones', async () => {
    const before = await raw(ops, w.t.base, '/api/orders', order({ channel: 'later' }), 'k-old');
    expect(before.status).toBe(201);
    w.t.clock.advance(IDEMPOTENCY_TTL_MS - 1);
    expect((await raw(ops, w.t.base, '/api/orders', order({ channel: 'other' }), 'k-old')).status).toBe(422);
    w.t.clock.advance(1);
    const after = await raw(ops, w.t.base, '/api/orders', order({ channel: 'other' }), 'k-old');
    expect(after.status).toBe(201);
    w.t.clock.advance(IDEMPOTENCY_TTL_MS + 1);
    const keep = await raw(ops, w.t.base, '/api/orders', order({ channel: 'fresh' }), 'k-new');
    expect(keep.status).toBe(201);
    const pruned = await pruneIdempotencyKeys(w.t.db, new Date(w.t.clock.now()));
    expect(pruned).toBeGreaterThan(0);
    const left = await w.t.db('idempotency_keys').where({ tenant_id: w.tenantId }).pluck('key');
    expect(left).toEqual(['k-new']);
  });
});

describe('Idempotency-Key in the router (any route that declares it)', () => {
  let base: string;
  let server: http.Server;
  let calls = 0;
  let gate: { open(): void; wait: Promise<void> } | null = null;
  let failNext = false;

  beforeAll(async () => {
    const deps: AppDeps = { db: w.t.db, logger: pino({ level: 'silent' }), config: loadConfig({}), clock: w.t.clock };
    const route = defineRoute<{ n: number }>({
      method: 'post',
      path: '/api/things',
      operationId: 'createThing',
      summary: 'test',
      tags: ['test'],
      idempotency: 'optional',
      body: { type: 'object', properties: { n: { type: 'number' } } },
      responses: { 201: { description: 'ok' } },
      async handler({ body }) {
        calls++;
        if (gate) await gate.wait;
        if (failNext) {
          failNext = false;
          throw new Error('database went away');
        }
        if (body.n < 0) throw new HttpError(409, 'thing.negative', 'No negative things', { path: '/n', details: { n: body.n } });
        return { status: 201, body: { n: body.n, call: calls } };
      },
    });
    const app = new Koa();
    app.use(requestId());
    app.use(errorMiddleware(deps.logger));
    app.use(buildRouter([route], deps, { 'POST /api/things': ['operator'] }).routes());
    server = http.createServer(app.callback());
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('rule: errors are stored too: the same 4xx bytes come back without running the handler again', async () => {
    const n = calls;
    const first = await raw(ops, base, '/api/things', { n: -1 }, 'e-1');
    const again = await raw(ops, base, '/api/things', { n: -1 }, 'e-1');
    expect(first.status).toBe(409);
    expect(JSON.parse(first.text).error).toMatchObject({ code: 'thing.negative', path: '/n' });
    expect([again.status, again.text]).toEqual([409, first.text]);
    expect(calls).toBe(n + 1);
  });

  it('rule: a request while another with the key is in flight is 409 idempotency.in-flight', async () => {
    let open!: () => void;
    gate = { open: () => open(), wait: new Promise<void>((r) => (open = r)) };
    const first = raw(ops, base, '/api/things', { n: 1 }, 'c-1');
    // Bounded poll: the first request has claimed the key once its row exists.
    for (let i = 0; i < 200 && !(await w.t.db('idempotency_keys').where({ key: 'c-1' }).first()); i++) await new Promise((r) => setImmediate(r));
    const second = await raw(ops, base, '/api/things', { n: 1 }, 'c-1');
    expect([second.status, JSON.parse(second.text).error.code]).toEqual([409, 'idempotency.in-flight']);
    gate.open();
    gate = null;
    const done = await first;
    expect(done.status).toBe(201);
    const replay = await raw(ops, base, '/api/things', { n: 1 }, 'c-1');
    expect(replay.text).toBe(done.text);
  });

  it('two requests with one key at once: one runs, the other is 409 (or a replay once it finished)', async () => {
    const n = calls;
    const both = await Promise.all([raw(ops, base, '/api/things', { n: 2 }, 'c-2'), raw(ops, base, '/api/things', { n: 2 }, 'c-2')]);
    expect(calls).toBe(n + 1);
    const statuses = both.map((r) => r.status).sort();
    expect([[201, 409], [201, 201]]).toContainEqual(statuses);
  });

  it('a 5xx frees the key: the retry with it runs the request again', async () => {
    failNext = true;
    const first = await raw(ops, base, '/api/things', { n: 3 }, 'f-1');
    expect(first.status).toBe(500);
    expect(await w.t.db('idempotency_keys').where({ key: 'f-1' }).first()).toBeUndefined();
    const retry = await raw(ops, base, '/api/things', { n: 3 }, 'f-1');
    expect(retry.status).toBe(201);
  });

  it('optional: without a key the route runs every time; a malformed key is 400', async () => {
    const n = calls;
    await raw(ops, base, '/api/things', { n: 4 });
    await raw(ops, base, '/api/things', { n: 4 });
    expect(calls).toBe(n + 2);
    const bad = await raw(ops, base, '/api/things', { n: 4 }, 'x'.repeat(256));
    expect([bad.status, JSON.parse(bad.text).error.code]).toEqual([400, 'idempotency.key-invalid']);
  });
});
