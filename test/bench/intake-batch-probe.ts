import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { v7 as uuidv7 } from 'uuid';
import { benchOrder, setupBenchDb } from './intake-setup.js';
import { pgCpuMsSince, pgCpuSnapshot } from './pg-cpu.js';

/**
 * A probe, not a bench row: what writing several orders per statement (group commit) would save. The intake
 * floor's statement (intake-raw-floor.ts) is repeated K times in ONE statement (its CTEs renamed per order, the
 * shared order counter left out, since one statement cannot upsert a row twice), prepared, from 16 / K
 * concurrent loops (always 16 orders in flight), 6 s per K, twice. Orders per second and CPU ms per order of
 * PostgreSQL and of the client. Run: npx tsx --conditions=oms-source test/bench/intake-batch-probe.ts
 */
const src = readFileSync(new URL('./intake-raw-floor.ts', import.meta.url), 'utf8');
let one = src.slice(src.indexOf('const SQL = `') + 13, src.indexOf('SELECT (SELECT count(*) FROM j) AS jobs`'));
// number without the shared counter row (a batch cannot upsert one row twice)
one = one.replace(/\), c AS \([\s\S]*?RETURNING value\n/, '').replace("'R-' || c.value", "'R-' || $7").replace(' FROM c\n', '\n');
const names = ['k', 'o', 'l', 'e', 'a', 'f', 'fe', 'fc', 'j'];
function batchSql(K: number) {
  const parts: string[] = [];
  for (let i = 0; i < K; i++) {
    let s = one.replace(/^\s*WITH /, '');
    s = s.replace(/\$(\d+)/g, (_, n) => `$${Number(n) + 14 * i}`);
    for (const n of names) s = s.replace(new RegExp(`\\b${n}\\b(?= AS \\()|(?<=FROM )${n}\\b(?=[,\\s])|(?<=\\b)${n}\\.(?=(tenant_id|id)\\b)`, 'g'), (m) => m.replace(n, `${n}${i}`));
    parts.push(s.trim());
  }
  return `WITH ${parts.join(',\n')}\nSELECT ${Array.from({ length: K }, (_, i) => `(SELECT count(*) FROM j${i})`).join(' + ')} AS jobs`;
}
const b = await setupBenchDb();
const state = JSON.stringify({ v: 1 });
for (const K of [1, 4, 8, 1, 4, 8]) {
  const sql = batchSql(K);
  const pool = new pg.Pool({ connectionString: b.pg.url, max: 16 });
  const loops = 16 / K;
  let n = 0; const end = performance.now() + 6000;
  const p0 = pgCpuSnapshot(b.pg.pid()); const c0 = process.cpuUsage(); const t0 = performance.now();
  await Promise.all(Array.from({ length: loops }, async () => {
    while (performance.now() < end) {
      const vals: unknown[] = [];
      for (let i = 0; i < K; i++) {
        const order = benchOrder('raw'); const body = JSON.stringify(order);
        vals.push(b.tenantId, `key:${b.apiKeyId}`, `raw-${++n}-${randomUUID()}`, 'h'.repeat(64), body, uuidv7(), order.externalId, order.customer.email, JSON.stringify(order.shipTo), body, b.apiKeyId, uuidv7(), randomUUID(), state);
      }
      const r = await pool.query({ name: `b${K}`, text: sql, values: vals });
      if (Number(r.rows[0].jobs) !== K) throw new Error(`K=${K}: ${r.rows[0].jobs} jobs`); // every order's writes ran
    }
  }));
  const s = (performance.now() - t0) / 1000; const pgMs = pgCpuMsSince(p0, b.pg.pid()); const c = process.cpuUsage(c0);
  console.log(`K=${K}: ${Math.round(n / s)} orders/s, postgres ${(pgMs / n).toFixed(2)} ms/order, client ${((c.user + c.system) / 1000 / n).toFixed(2)} ms/order`);
  await pool.end();
}
const orders = await b.db('orders').count<{ c: string }[]>('* as c');
console.log(`orders stored: ${orders[0].c}`);
await b.db.destroy();
await b.pg.stop();
