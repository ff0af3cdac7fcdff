import http from 'node:http';
import knex from 'knex';
import Koa from 'koa';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../../server/src/db/embedded.js';
import { fromDbError } from '../../../server/src/http/db-errors.js';
import { errorMiddleware } from '../../../server/src/http/error-middleware.js';
import { Client, seedTenant, startTestApp, type TestApp } from './support/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await t.db.raw('CREATE TABLE fuzz_parent (id int PRIMARY KEY, name varchar(3) UNIQUE)');
  await t.db.raw('CREATE TABLE fuzz_child (id int PRIMARY KEY, parent int REFERENCES fuzz_parent(id))');
  await t.db.raw("INSERT INTO fuzz_parent VALUES (1, 'a')");
});
afterAll(() => t.close());

const failing = (sql: string, bindings: unknown[]) => t.db.raw(sql, bindings as never).then(() => undefined, (e: unknown) => e);

// [SQL that fails on real PostgreSQL, expected status, expected code]
const cases: Array<[string, string, unknown[], number, string]> = [
  ['22P02 invalid text representation', 'SELECT ?::uuid', ['not-a-uuid'], 400, 'request.invalid-value'],
  ['22001 value too long', 'INSERT INTO fuzz_parent VALUES (2, ?)', ['abcdef'], 400, 'request.too-long'],
  ['22003 numeric out of range', 'SELECT ?::int', ['99999999999'], 400, 'request.out-of-range'],
  ['22007 invalid datetime', 'SELECT ?::timestamptz', ['2030-13-45'], 400, 'request.invalid-value'],
  ['23505 unique violation', 'INSERT INTO fuzz_parent VALUES (3, ?)', ['a'], 409, 'conflict.duplicate'],
  ['23503 foreign-key violation', 'INSERT INTO fuzz_child VALUES (1, ?)', [42], 409, 'conflict.reference'],
];

describe('PostgreSQL errors that are the client’s fault map to 4xx in one place', () => {
  it.each(cases)('%s', async (_n, sql, bindings, status, code) => {
    const err = await failing(sql, bindings);
    expect(fromDbError(err)).toMatchObject({ status, code });
  });

  it('other database errors stay 500s', async () => {
    expect(fromDbError(await failing('SELECT * FROM no_such_table WHERE x = ?', [1]))).toBeUndefined();
  });

  it('a database that refuses connections is 503 db.unavailable with Retry-After, not 500', async () => {
    const dead = knex({ client: 'pg', connection: `postgres://x:y@127.0.0.1:${await freePort()}/none`, pool: { min: 0, max: 1 } });
    const down = await startTestApp({ db: dead });
    try {
      const r = await new Client(down.base).post('/api/auth/login', { tenant: 'acme', email: 'a@b.test', password: 'x' });
      expect([r.status, r.body.error.code, r.headers.get('retry-after')]).toEqual([503, 'db.unavailable', '1']);
    } finally {
      await down.close();
      await dead.destroy();
    }
  });
});

describe('the log line of a 500', () => {
  it('names the error code and SQL shape but no user data from parameters or messages', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'error' }, { write: (s: string) => void lines.push(s) });
    const app = new Koa();
    app.use(errorMiddleware(logger));
    // set_config quotes its argument in the error message: the value is user data.
    app.use(async () => void (await t.db.raw('SELECT set_config(?, ?, false)', ['secret user data', 'secret-value-2'])));
    const server = http.createServer(app.callback());
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const res = await fetch(`http://127.0.0.1:${(server.address() as { port: number }).port}/x`);
      expect(res.status).toBe(500);
      expect((await res.json()).error.code).toBe('internal');
    } finally {
      server.close();
    }
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('secret');
    expect(JSON.parse(lines[0]).err).toMatchObject({ code: expect.stringMatching(/^42/), sql: expect.stringContaining('set_config($1, $2') });
  });
});

describe('a reply is built inside the transaction that committed', () => {
  it('create answers 201 even when the pool is taken right after COMMIT', async () => {
    // One connection; the moment the transaction commits, another query takes the freed connection for a while.
    // A reply read by a second query after commit would wait past the acquire timeout and fail although saved.
    const base = t.testDb.url;
    const tight = knex({ client: 'pg', connection: base, pool: { min: 0, max: 1 }, acquireConnectionTimeout: 400 });
    const app = await startTestApp({ db: tight });
    const blockers: Array<Promise<unknown>> = [];
    tight.on('query', (q: { sql: string }) => {
      if (/^commit/i.test(q.sql)) blockers.push(tight.raw('SELECT pg_sleep(1)').catch(() => undefined));
    });
    try {
      await seedTenant(t.db, 'tight');
      const analyst = await Client.login(app.base, 'analyst@tight.test', 'tight');
      await Promise.all(blockers.splice(0));
      const r = await analyst.post('/api/definitions', { kind: 'form', key: 'tight', body: { kind: 'form', key: 'tight', title: { en: 'T' } } });
      expect(r.status).toBe(201);
      expect(r.body).toMatchObject({ kind: 'form', key: 'tight', status: 'draft', hasDraft: true });
    } finally {
      await Promise.all(blockers);
      await app.close();
      await tight.destroy();
    }
  });
});
