import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import path from 'node:path';
import autocannon from 'autocannon';
import pino from 'pino';
import type { PluginManifest } from '@oms/runtime';
import { createApp } from '../../server/src/app.js';
import { loadConfig } from '../../server/src/config.js';
import { createMemoryStateStore } from '../../server/src/plugins/host/memory-state-store.js';
import { createProcessRunner } from '../../server/src/plugins/host/process-runner.js';
import type { RunnablePlugin } from '../../server/src/plugins/host/runner-types.js';
import { createUser } from '../../server/src/users/users.js';
import { setupBenchDb } from './intake-setup.js';
import type { BenchResult } from './report.js';

/**
 * plugin-containment: p99 of unrelated API requests (GET /api/health and GET /api/orders, 8 connections) in the
 * real app on embedded PostgreSQL, with and without the malicious plugin attacking in the same process's runner
 * (busy loops, heap and Buffer bombs, process.exit, IPC floods, SSRF attempts, on repeat). Phases alternate
 * quiet / attack / quiet / attack so machine noise hits both; the ratio is the median attack p99 / median quiet p99 (target ≤ 1.2).
 */
const PHASE_S = Number(process.env.OMS_BENCH_CONTAINMENT_SECONDS ?? 10);
const UNBOUNDED = process.env.OMS_BENCH_CONTAINMENT_RESTARTS === 'unbounded';
const ROUNDS = Number(process.env.OMS_BENCH_CONTAINMENT_ROUNDS ?? 3);
const ATTACKS = ['loop', 'flood-logs', 'flood-calls', 'allocate', 'exit', 'http-metadata', 'allocate-buffer', 'read-passwd', 'spawn'];

function maliciousPlugin(): RunnablePlugin {
  const dir = path.resolve(import.meta.dirname, '../fixtures/plugins/malicious');
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as PluginManifest;
  return { installationId: 'bench-malicious', tenantId: 'bench', pluginId: manifest.id, version: manifest.version, dir, manifest, config: {}, credentials: {}, allowedHosts: [] };
}

export async function run(): Promise<BenchResult[]> {
  const b = await setupBenchDb();
  // A key acts as its creator: give the bench key an operator owner so the list request authenticates.
  const owner = await createUser(b.db, { tenantId: b.tenantId, email: 'bench-owner@example.com', name: 'Bench', role: 'operator', password: 'bench-password-1234' });
  await b.db('api_keys').where({ tenant_id: b.tenantId, id: b.apiKeyId }).update({ created_by: owner.id });
  const app = createApp({ db: b.db, logger: pino({ level: 'silent' }), config: loadConfig({}, { staticDir: '/nonexistent' }) });
  const server = http.createServer(app.callback());
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clock = { now: () => performance.timeOrigin + performance.now() };
  const runner = createProcessRunner({
    clock,
    stateStore: createMemoryStateStore(clock),
    // Production defaults (after 10 restarts in a minute the plugin is parked as unavailable); the stress variant
    // OMS_BENCH_CONTAINMENT_RESTARTS=unbounded keeps it restarting, so every attack really runs.
    tuning: { logger: pino({ level: 'silent' }), ...(UNBOUNDED ? { restart: { baseBackoffMs: 100, maxBackoffMs: 1000, maxRestartsPerMinute: 1000 } } : {}) },
  });
  const plugin = maliciousPlugin();
  const outcomes = new Map<string, number>();
  let attacking = false;
  async function attackLoop(): Promise<void> {
    for (let i = 0; attacking; i++) {
      const capability = ATTACKS[i % ATTACKS.length];
      const out = await runner.run(plugin, { op: 'capability', capability, input: {}, idempotencyKey: `b${i}` }, { deadlineMs: 2000 });
      const key = `${capability}:${out.ok ? 'ok' : out.error.code}`;
      outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
      // Like the platform's host-owned retries: honour retryAfterMs (capped, so the attack resumes as soon as the
      // runner lets it), never spin on an instant answer.
      const wait = out.ok ? 0 : Math.min(out.error.retryAfterMs ?? 0, 250);
      await new Promise((r) => (wait ? setTimeout(r, wait) : setImmediate(r)));
    }
  }
  // The host's own event-loop delay per phase: separates host-side stalls from CPU contention on the machine.
  const loopDelay = { quiet: [] as number[], attack: [] as number[] };
  const fire = async (phase?: 'quiet' | 'attack') => {
    const h = monitorEventLoopDelay({ resolution: 10 });
    h.enable();
    const result = await autocannon({
      url,
      connections: 8,
      duration: PHASE_S,
      requests: [
        { method: 'GET', path: '/api/health' },
        { method: 'GET', path: '/api/orders?limit=20', headers: { authorization: `Bearer ${b.apiKey}` } },
      ],
    });
    h.disable();
    if (phase) loopDelay[phase].push(Math.round(h.percentile(99) / 1e5) / 10);
    return result;
  };
  try {
    await fire(); // warm-up
    const quiet: number[] = [];
    const attack: number[] = [];
    const rps: Record<string, number[]> = { quiet: [], attack: [] };
    let errors = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const q = await fire('quiet');
      quiet.push(q.latency.p99);
      rps.quiet.push(q.requests.average);
      attacking = true;
      const loop = attackLoop();
      const a = await fire('attack');
      attacking = false;
      await loop;
      attack.push(a.latency.p99);
      rps.attack.push(a.requests.average);
      errors += q.errors + a.errors + q.non2xx + a.non2xx;
    }
    // Median of the rounds: one noisy phase on a shared machine should not decide the result.
    const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
    const ours = median(attack);
    const baseline = median(quiet);
    const ratio = ours / baseline;
    return [
      {
        name: UNBOUNDED ? 'plugin-containment-unbounded' : 'plugin-containment',
        ours,
        baseline,
        ratio,
        target: 'API p99 with the malicious plugin attacking ≤ 1.2 × without',
        pass: ratio <= 1.2 && errors === 0,
        unit: 'ms p99',
        details: { restarts: UNBOUNDED ? 'unbounded' : 'default (10/min)', phaseSeconds: PHASE_S, eventLoopDelayP99Ms: loopDelay, rounds: ROUNDS, quietP99: quiet, attackP99: attack, requestsPerSecond: rps, httpErrors: errors, attackOutcomes: Object.fromEntries(outcomes) },
      },
    ];
  } finally {
    attacking = false;
    await runner.close();
    server.closeAllConnections();
    server.close();
    await b.db.destroy();
    await b.pg.stop();
  }
}
