import knex, { type Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepared, rawPrepared, statementNames } from '../../../server/src/db/prepared.js';
import { createTestDb, type TestDb } from '../../support/test-db.js';

/** Hot statements run as named prepared statements (server/src/db/prepared.ts), bounded, with correct answers. */
describe('statement names', () => {
  it('gives one stable name per SQL text and different texts different names', () => {
    const names = statementNames(10);
    const a = names('SELECT 1');
    expect(a.name).toMatch(/^oms_[0-9a-f]{24}$/);
    expect(names('SELECT 1')).toEqual(a);
    expect(names('SELECT 2').name).not.toBe(a.name);
  });

  it('names at most `max` texts; later ones run unnamed while the named keep their names', () => {
    const names = statementNames(2);
    const first = names('SELECT 1');
    names('SELECT 2');
    expect(names('SELECT 3')).toEqual({});
    expect(names('SELECT 1')).toEqual(first);
  });
});

describe('rawPrepared on PostgreSQL', () => {
  let t: TestDb;
  let one: Knex; // one connection: the prepared statement must be reused on it
  beforeAll(async () => {
    t = await createTestDb();
    one = knex({ client: 'pg', connection: t.url, pool: { min: 1, max: 1 } });
  });
  afterAll(async () => {
    await one.destroy();
    await t.drop();
  });

  it('runs the statement prepared, once per connection, with each call its own bindings', async () => {
    const sql = 'SELECT :a::int + :b::int AS n, :label::text AS label';
    const r1 = await rawPrepared(one, sql, { a: 1, b: 2, label: 'x' });
    const r2 = await rawPrepared(one, sql, { a: 40, b: 2, label: null });
    expect(r1.rows).toEqual([{ n: 3, label: 'x' }]);
    expect(r2.rows).toEqual([{ n: 42, label: null }]);
    const { rows } = await one.raw('SELECT name, statement FROM pg_prepared_statements');
    const mine = rows.filter((r: { name: string }) => r.name === prepared(sql).name);
    expect(mine).toHaveLength(1);
    expect(mine[0].statement).toContain('$1::int + $2::int');
  });

  it('inside a transaction, and an error leaves the statement usable', async () => {
    const sql = 'SELECT 10 / ?::int AS n';
    await expect(one.transaction((trx) => rawPrepared(trx, sql, [0]))).rejects.toThrow(/division by zero/);
    const r = await one.transaction((trx) => rawPrepared(trx, sql, [5]));
    expect(r.rows).toEqual([{ n: 2 }]);
  });
});
