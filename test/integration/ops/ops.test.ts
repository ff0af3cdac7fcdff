import os from 'node:os';
import knex from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../../server/src/db/embedded.js';
import { startMetricsServer } from '../../../server/src/ops/metrics-server.js';
import { startTestApp, type TestApp } from '../http/support/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('health', () => {
  it('answers ok when the database answers', async () => {
    const r = await fetch(`${t.base}/api/health`);
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ status: 'ok', db: 'ok' });
  });

  it('answers 503 when the database is unreachable', async () => {
    // Nothing listens on a freshly freed port: connections are refused.
    const port = await freePort();
    // Default pool settings: the probe must not wait for knex's 60 s acquire timeout.
    const dead = knex({ client: 'pg', connection: `postgres://x:y@127.0.0.1:${port}/none` });
    const down = await startTestApp({ db: dead, config: { healthTimeoutMs: 300 } });
    try {
      const r = await fetch(`${down.base}/api/health`);
      expect(r.status).toBe(503);
      expect(await r.json()).toEqual({ status: 'error', db: 'down' });
    } finally {
      await down.close();
      await dead.destroy();
    }
  });
});

describe('metrics', () => {
  it('are not public: the API port has no /metrics', async () => {
    const r = await fetch(`${t.base}/metrics`);
    expect(r.status).toBe(404);
  });

  it('are served on their own loopback listener: request counts by route template and status, process metrics', async () => {
    const m = await startMetricsServer(t.app.metrics, { port: 0 });
    try {
      await fetch(`${t.base}/api/health`);
      await fetch(`${t.base}/api/users`); // 401
      const r = await fetch(`http://127.0.0.1:${m.port}/metrics`);
      expect(r.status).toBe(200);
      expect(r.headers.get('content-type')).toMatch(/text\/plain/);
      const text = await r.text();
      expect(text).toMatch(/http_requests_total\{method="GET",route="\/api\/health",status="200"\} \d+/);
      expect(text).toMatch(/http_requests_total\{method="GET",route="\/api\/users",status="401"\} 1/);
      expect(text).toMatch(/http_request_duration_seconds_bucket\{le="0.005",method="GET",route="\/api\/health"/);
      expect(text).toContain('process_cpu_user_seconds_total');
      expect((await fetch(`http://127.0.0.1:${m.port}/other`)).status).toBe(404);
      // Bound to loopback only: no other interface answers.
      const external = Object.values(os.networkInterfaces()).flat().find((i) => i && i.family === 'IPv4' && !i.internal);
      if (external) await expect(fetch(`http://${external.address}:${m.port}/metrics`)).rejects.toThrow();
    } finally {
      await m.close();
    }
  });
});

describe('API docs', () => {
  it('serves Swagger UI and its assets locally', async () => {
    const page = await fetch(`${t.base}/api/docs`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('/api/docs/swagger-ui-bundle.js');
    expect(html).not.toMatch(/https?:\/\//);
    for (const asset of ['swagger-ui-bundle.js', 'swagger-ui.css', 'init.js']) {
      const a = await fetch(`${t.base}/api/docs/${asset}`);
      expect(a.status).toBe(200);
      expect((await a.arrayBuffer()).byteLength).toBeGreaterThan(50);
    }
    expect((await fetch(`${t.base}/api/docs/../../package.json`)).status).toBe(404);
  });
});
