import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { v7 as uuidv7 } from 'uuid';
import { benchOrder } from './intake-setup.js';
import { pgCpuMsSince, pgCpuSnapshot } from './pg-cpu.js';
import { writePerTable } from './intake-table-floor.js';

/**
 * The floor: the rows one intake writes (idempotency key, counter, order, 3 lines, 2 timeline events, audit row,
 * flow instance, its start event, one command and its graphile-worker job), written by a plain pg client as ONE
 * autocommit statement of data-modifying CTEs, from `connections` concurrent loops for `durationMs`. With
 * `style: 'prepared'`, the statement is a named prepared statement (as the app's hot statements are): a higher
 * floor. With `'per-table'`, the same rows go one INSERT per table in a transaction (intake-table-floor.ts).
 */
export type FloorStyle = 'statement' | 'prepared' | 'per-table';

export async function runRawFloor(p: { url: string; tenantId: string; apiKeyId: string; state: unknown; connections: number; durationMs: number; pgPid?: number; style?: FloorStyle }) {
  const pool = new pg.Pool({ connectionString: p.url, max: p.connections });
  const latencies: number[] = [];
  const state = JSON.stringify(p.state);
  const end = performance.now() + p.durationMs;
  let n = 0;
  const loop = async () => {
    while (performance.now() < end) {
      const t0 = performance.now();
      await writeOne(pool, p.tenantId, p.apiKeyId, state, ++n, p.style ?? 'statement');
      latencies.push(performance.now() - t0);
    }
  };
  const cpu0 = process.cpuUsage();
  const pg0 = pgCpuSnapshot(p.pgPid);
  const started = performance.now();
  await Promise.all(Array.from({ length: p.connections }, loop));
  const elapsed = (performance.now() - started) / 1000;
  // before pool.end(): the backends' CPU time goes with them
  const pgMs = pgCpuMsSince(pg0, p.pgPid);
  const cpu = process.cpuUsage(cpu0);
  await pool.end();
  latencies.sort((a, b) => a - b);
  const q = (f: number) => latencies[Math.min(latencies.length - 1, Math.floor(f * latencies.length))];
  const per = (ms: number) => ms / latencies.length;
  return {
    perSecond: latencies.length / elapsed,
    p50: q(0.5),
    p99: q(0.99),
    count: latencies.length,
    cpuMsPerOrder: { client: per((cpu.user + cpu.system) / 1000), postgres: per(pgMs) },
  };
}

const SQL = `
WITH k AS (
  INSERT INTO idempotency_keys (tenant_id, principal, key, method, path, request_hash, state, status, headers, body, created_at, expires_at)
  VALUES ($1, $2, $3, 'post', '/api/orders', $4, 'done', 201, '{}', $5, now(), now() + interval '1 day')
), c AS (
  INSERT INTO tenant_counters AS c (tenant_id, name, value) VALUES ($1, 'order', 1)
  ON CONFLICT (tenant_id, name) DO UPDATE SET value = c.value + 1 RETURNING value
), o AS (
  INSERT INTO orders (tenant_id, id, number, channel, external_id, status, customer_email, customer_name, currency, total, ship_to, body, review, pinned, placed_at, api_key_id)
  SELECT $1, $6, 'R-' || c.value, 'raw', $7, 'received', $8, 'Bench Customer', 'EUR', 30.5, $9::jsonb, $10::jsonb, '{"decision":"pass"}', '{}', now(), $11 FROM c
  RETURNING tenant_id, id
), l AS (
  INSERT INTO order_lines (tenant_id, order_id, line_id, position, sku, qty, unit_price, order_created_at)
  SELECT o.tenant_id, o.id, 'line-' || g, g, 'SKU-' || g, g, 10, now() FROM o, generate_series(1, 3) g
), e AS (
  INSERT INTO order_events (tenant_id, order_id, at, type, api_key_id, actor_label, message, data)
  SELECT o.tenant_id, o.id, now(), t, $11, 'bench', t, '{}' FROM o, unnest(ARRAY['order-received', 'order-reviewed']) t
), a AS (
  INSERT INTO audit_log (tenant_id, id, at, action, subject, request_id, details) SELECT o.tenant_id, $12, now(), 'order.create', 'order:' || o.id, 'bench', '{}' FROM o
), f AS (
  INSERT INTO flow_instances (tenant_id, id, order_id, flow_key, flow_version, status, state, revision)
  SELECT o.tenant_id, $13, o.id, 'bench-flow', 1, 'running', $14::jsonb, 1 FROM o RETURNING tenant_id, id
), fe AS (
  INSERT INTO flow_events (tenant_id, instance_id, event_id, event, revision, at) SELECT f.tenant_id, f.id, 'start', '{"type":"start"}', 1, now() FROM f
), fc AS (
  INSERT INTO flow_commands (tenant_id, instance_id, command_id, type, payload) SELECT f.tenant_id, f.id, '1.0', 'reserve-stock', '{"type":"reserve-stock"}' FROM f
), j AS (
  SELECT graphile_worker.add_job('flow-command', json_build_object('tenantId', $1::text, 'instanceId', $13::text, 'commandId', '1.0'), max_attempts => 8) AS job
)
SELECT (SELECT count(*) FROM j) AS jobs`;

async function writeOne(pool: pg.Pool, tenantId: string, apiKeyId: string, state: string, n: number, style: FloorStyle) {
  const order = benchOrder('raw');
  const body = JSON.stringify(order);
  const values = [
    tenantId, `key:${apiKeyId}`, `raw-${n}-${randomUUID()}`, 'h'.repeat(64), body, uuidv7(), order.externalId,
    order.customer.email, JSON.stringify(order.shipTo), body, apiKeyId, uuidv7(), randomUUID(), state,
  ];
  if (style === 'per-table') return writePerTable(pool, values);
  await pool.query({ ...(style === 'prepared' ? { name: 'raw-floor' } : {}), text: SQL, values });
}
