import type pg from 'pg';

/**
 * The floor's rows as a plain pg client writes them without folding: one transaction, one INSERT per table
 * (multi-row VALUES where a table takes several rows): PER_TABLE_ROUND_TRIPS round trips. Reported beside the one-statement floor
 * so the gap between the two readings of "the same rows written by a plain pg client" is on record; the pass
 * criterion stays the one-statement floor. Values: the one-statement floor's bindings, same positions.
 */
const STEPS: Array<{ sql: string; args: number[]; number?: true }> = [
  {
    sql: `INSERT INTO idempotency_keys (tenant_id, principal, key, method, path, request_hash, state, status, headers, body, created_at, expires_at)
          VALUES ($1, $2, $3, 'post', '/api/orders', $4, 'done', 201, '{}', $5, now(), now() + interval '1 day')`,
    args: [1, 2, 3, 4, 5],
  },
  {
    sql: `INSERT INTO tenant_counters AS c (tenant_id, name, value) VALUES ($1, 'order', 1)
          ON CONFLICT (tenant_id, name) DO UPDATE SET value = c.value + 1 RETURNING value`,
    args: [1],
    number: true,
  },
  {
    sql: `INSERT INTO orders (tenant_id, id, number, channel, external_id, status, customer_email, customer_name, currency, total, ship_to, body, review, pinned, placed_at, api_key_id)
          VALUES ($1, $2, 'R-' || $3::text, 'raw', $4, 'received', $5, 'Bench Customer', 'EUR', 30.5, $6::jsonb, $7::jsonb, '{"decision":"pass"}', '{}', now(), $8)`,
    args: [1, 6, 0, 7, 8, 9, 10, 11],
  },
  {
    sql: `INSERT INTO order_lines (tenant_id, order_id, line_id, position, sku, qty, unit_price, order_created_at)
          VALUES ($1, $2, 'line-1', 1, 'SKU-1', 1, 10, now()), ($1, $2, 'line-2', 2, 'SKU-2', 2, 10, now()), ($1, $2, 'line-3', 3, 'SKU-3', 3, 10, now())`,
    args: [1, 6],
  },
  {
    sql: `INSERT INTO order_events (tenant_id, order_id, at, type, api_key_id, actor_label, message, data)
          VALUES ($1, $2, now(), 'order-received', $3, 'bench', 'order-received', '{}'), ($1, $2, now(), 'order-reviewed', $3, 'bench', 'order-reviewed', '{}')`,
    args: [1, 6, 11],
  },
  {
    sql: `INSERT INTO audit_log (tenant_id, id, at, action, subject, request_id, details) VALUES ($1, $2, now(), 'order.create', 'order:' || $3::text, 'bench', '{}')`,
    args: [1, 12, 6],
  },
  {
    sql: `INSERT INTO flow_instances (tenant_id, id, order_id, flow_key, flow_version, status, state, revision)
          VALUES ($1, $2, $3, 'bench-flow', 1, 'running', $4::jsonb, 1)`,
    args: [1, 13, 6, 14],
  },
  {
    sql: `INSERT INTO flow_events (tenant_id, instance_id, event_id, event, revision, at) VALUES ($1, $2, 'start', '{"type":"start"}', 1, now())`,
    args: [1, 13],
  },
  {
    sql: `INSERT INTO flow_commands (tenant_id, instance_id, command_id, type, payload) VALUES ($1, $2, '1.0', 'reserve-stock', '{"type":"reserve-stock"}')`,
    args: [1, 13],
  },
  {
    sql: `SELECT graphile_worker.add_job('flow-command', json_build_object('tenantId', $1::text, 'instanceId', $2::text, 'commandId', '1.0'), max_attempts => 8)`,
    args: [1, 13],
  },
];

/** BEGIN, one statement per step, COMMIT. */
export const PER_TABLE_ROUND_TRIPS = STEPS.length + 2;

/** One order, BEGIN … COMMIT on a connection of its own. Position 0 is the order number the counter returned. */
export async function writePerTable(pool: pg.Pool, values: unknown[]): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    let number: unknown = null;
    for (const step of STEPS) {
      const r = await client.query(step.sql, step.args.map((i) => (i === 0 ? number : values[i - 1])));
      if (step.number) number = r.rows[0].value;
    }
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}
