import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Knex } from 'knex';
import type { PluginManifest } from '@oms/runtime';
import type { PluginStateStore, RunnablePlugin } from '../../../../server/src/plugins/host/runner-types.js';

const root = path.resolve(import.meta.dirname, '../../../..');
export const fixturesDir = path.join(root, 'test/fixtures/plugins');

/** The child runs compiled JS: build once when any child source is newer than its output. */
export function ensureChildBuilt(): void {
  const src = path.join(root, 'server/src/plugins/host/child');
  const dist = path.join(root, 'server/dist/plugins/host/child');
  const stale = readdirSync(src).some((f) => {
    const out = path.join(dist, f.replace(/\.ts$/, '.js'));
    return !existsSync(out) || statSync(out).mtimeMs < statSync(path.join(src, f)).mtimeMs;
  });
  if (stale) execFileSync('npx', ['tsc', '-b', 'server'], { cwd: root, stdio: 'inherit' });
}

export function runnable(name: 'sample' | 'malicious', over: Partial<RunnablePlugin> = {}): RunnablePlugin {
  const dir = path.join(fixturesDir, name);
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as PluginManifest;
  return {
    installationId: `inst-${name}`,
    tenantId: 'tenant-a',
    pluginId: manifest.id,
    version: manifest.version,
    dir,
    manifest,
    config: { shop: 'demo' },
    credentials: { apiKey: 'sk_live_very_secret_value' },
    allowedHosts: [],
    ...over,
  };
}

/** A PluginStateStore on a real PostgreSQL table (p2 owns the production one in migration 0011). */
export async function pgStateStore(db: Knex): Promise<PluginStateStore> {
  await db.raw(`CREATE TABLE IF NOT EXISTS p1_plugin_state (
    installation_id text NOT NULL, key text NOT NULL, value jsonb NOT NULL, expires_at timestamptz,
    PRIMARY KEY (installation_id, key))`);
  return {
    async get(installationId, key) {
      const row = await db('p1_plugin_state')
        .where({ installation_id: installationId, key })
        .andWhere((q) => q.whereNull('expires_at').orWhere('expires_at', '>', db.fn.now()))
        .first('value');
      return row ? (row.value as { v: unknown }).v : undefined;
    },
    async set(installationId, key, value, ttlSeconds) {
      await db('p1_plugin_state')
        .insert({ installation_id: installationId, key, value: { v: value }, expires_at: ttlSeconds ? db.raw(`now() + make_interval(secs => ?)`, [ttlSeconds]) : null })
        .onConflict(['installation_id', 'key'])
        .merge();
    },
    async delete(installationId, key) {
      await db('p1_plugin_state').where({ installation_id: installationId, key }).delete();
    },
  };
}

export interface Peer {
  server: Server;
  port: number;
  hits: string[];
  close(): Promise<void>;
}

/** A real HTTP peer on 127.0.0.1: JSON echo, a redirect to a given URL, a big body. */
export async function startPeer(): Promise<Peer> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/redirect') {
      res.writeHead(302, { location: url.searchParams.get('to') ?? '/' });
      return res.end();
    }
    if (url.pathname === '/big') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      return res.end('x'.repeat(Number(url.searchParams.get('bytes') ?? 1000)));
    }
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ method: req.method, path: url.pathname, query: Object.fromEntries(url.searchParams), body: body ? JSON.parse(body) : null, auth: req.headers.authorization ?? null }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return { server, port, hits, close: () => new Promise((r) => server.close(() => r())) };
}

/** A real Clock over the system time (the runner's deadlines use real timers; this only stamps ctx.clock). */
export const systemClock = { now: () => performance.timeOrigin + performance.now() };
