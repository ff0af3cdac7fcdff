import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { create as tarCreate } from 'tar';
import { fixedClock } from '../../../runtime/src/core/ports.js';
import { createApp } from '../../../server/src/app.js';
import { loadConfig } from '../../../server/src/config.js';
import { createInProcessPluginHost } from '../../../server/src/plugins/in-process-host.js';
import { createDefaultPlatformHost } from '../../../server/src/plugins/platform/default-platform.js';
import type { PlatformOptions } from '../../../server/src/plugins/platform/platform-types.js';
import type { PlatformPluginHost } from '../../../server/src/plugins/platform/platform-host.js';
import { createTestDb, type TestDb } from '../../support/test-db.js';
import { ensureChildBuilt } from './host/host-fixture.js';

const root = path.resolve(import.meta.dirname, '../../..');
export const fixturesDir = path.join(root, 'test/fixtures/plugins');
export const shopDir = path.join(fixturesDir, 'p2-shop');

export interface PlatformApp {
  base: string;
  db: TestDb['knex'];
  testDb: TestDb;
  clock: ReturnType<typeof fixedClock>;
  app: ReturnType<typeof createApp>;
  host: PlatformPluginHost;
  dataDir: string;
  /** Every log line the app and the platform wrote (to prove secrets never reach a log). */
  logs: string[];
  sleeps: number[];
  close(): Promise<void>;
}

/**
 * A real app on a real port over a fresh database, with the real plugin platform: bundled plugins from
 * test/fixtures/plugins, uploads and the key file in a temp data folder, p1's child-process runner. Host retry
 * waits are recorded instead of slept (the tests never sleep).
 */
export async function startPlatformApp(over: Partial<PlatformOptions> = {}, env: NodeJS.ProcessEnv = {}): Promise<PlatformApp> {
  ensureChildBuilt();
  const testDb = await createTestDb();
  const db = testDb.knex;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'oms-p2-'));
  const clock = fixedClock('2030-01-01T00:00:00Z');
  const logs: string[] = [];
  const sleeps: number[] = [];
  const logger = pino({ level: 'debug' }, new Writable({ write(chunk, _e, cb) { logs.push(String(chunk)); cb(); } }));
  const config = loadConfig({}, { staticDir: '/nonexistent-designer', dataDir });
  const host = createDefaultPlatformHost({
    db, clock, logger, dataDir, env, inProcess: createInProcessPluginHost(db, { clock }),
    overrides: { pluginsDir: fixturesDir, sleep: async (ms) => void sleeps.push(ms), random: () => 0.5, ...over },
  });
  const app = createApp({ db, logger, config, clock, pluginHost: host });
  const server = http.createServer(app.callback());
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    base: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    db, testDb, clock, app, host, dataDir, logs, sleeps,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      await host.close();
      await testDb.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** `npm pack`-shaped tarball of a folder (entries under `package/`), optionally edited first. */
export async function packTgz(dir: string, edit?: (tmp: string) => void): Promise<Buffer> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'oms-p2-pack-'));
  try {
    cpSync(dir, tmp, { recursive: true });
    edit?.(tmp);
    const chunks: Buffer[] = [];
    const stream = tarCreate({ gzip: true, cwd: tmp, prefix: 'package/', portable: true }, ['.']);
    for await (const c of stream as AsyncIterable<Buffer>) chunks.push(Buffer.from(c));
    return Buffer.concat(chunks);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The shop fixture as another version (manifest and the version the plugin reports). */
export const shopVersion = (version: string) => (tmp: string) => {
  const m = JSON.parse(readFileSync(path.join(tmp, 'manifest.json'), 'utf8'));
  writeFileSync(path.join(tmp, 'manifest.json'), JSON.stringify({ ...m, version }));
  const js = readFileSync(path.join(tmp, 'index.js'), 'utf8').replace("const VERSION = '1.0.0'", `const VERSION = '${version}'`);
  writeFileSync(path.join(tmp, 'index.js'), js);
};
