import path from 'node:path';
import { freePort } from '../../server/src/db/embedded.js';
import { ensurePeerInstalled } from './peer-cache.js';
import { cloneDatabase, ensureTemplate } from './peer-db.js';
import { startPeerProcess, type PeerProcess } from './peer-process.js';
import { gqlClient, type GqlClient } from './vendure-gql.js';
import { seedVendure, type VendureSeed } from './vendure-seed.js';
import { placeGuestOrder } from './vendure-shop.js';

export const VENDURE_VERSION = '3.7.3';
const PACKAGES = [`@vendure/core@${VENDURE_VERSION}`, 'pg@8.23.1'];
const TEMPLATE = 'oms_peer_vendure_373';
const SCRIPT = path.join(import.meta.dirname, 'vendure-server.mjs');

export interface VendurePeer extends VendureSeed {
  /** `http://127.0.0.1:<port>` */
  baseUrl: string;
  host: string;
  adminApi: string;
  shopApi: string;
  /** Admin API as superadmin (reading back what the connector did). */
  admin: GqlClient;
  placeOrder(lines: Array<{ sku: string; qty: number }>, opts?: { email?: string }): Promise<{ id: string; code: string; state: string }>;
  output(): string;
  stop(): Promise<void>;
}

/** `npm i` into the peer cache when missing (≈ 25-75 s once per machine). */
export function installVendure(): Promise<string> {
  return ensurePeerInstalled(`vendure-${VENDURE_VERSION}`, PACKAGES);
}

async function boot(dir: string, dbUrl: string, extraEnv: Record<string, string>): Promise<{ proc: PeerProcess; port: number }> {
  const port = await freePort();
  const proc = await startPeerProcess({
    name: `Vendure ${VENDURE_VERSION}`,
    cmd: process.execPath,
    args: [SCRIPT],
    cwd: dir,
    env: { PEER_DIR: dir, PEER_DB_URL: dbUrl, PEER_PORT: String(port), VENDURE_DISABLE_TELEMETRY: 'true', ...extraEnv },
    readyLine: /^READY \d+$/m,
    timeoutMs: 180_000,
  });
  return { proc, port };
}

/**
 * A real Vendure on a free loopback port with its own database, cloned from a template seeded once per run
 * (country, zone, tax, shipping, payment, three products with SKUs and stock, an API key for the connector).
 * `hook` makes the peer post signed order events (webhook tests).
 */
export async function startVendurePeer(opts: { hook?: { url: string; secret: string } } = {}): Promise<VendurePeer> {
  const dir = await installVendure();
  const seed = await ensureTemplate<VendureSeed>(TEMPLATE, async (url) => {
    const { proc, port } = await boot(dir, url, {});
    try {
      return await seedVendure(`http://127.0.0.1:${port}/admin-api`);
    } finally {
      await proc.stop();
    }
  });
  const db = await cloneDatabase(TEMPLATE, 'oms_peer_vendure');
  const hookEnv: Record<string, string> = opts.hook ? { VENDURE_HOOK_URL: opts.hook.url, VENDURE_HOOK_SECRET: opts.hook.secret } : {};
  let booted: Awaited<ReturnType<typeof boot>>;
  try {
    booted = await boot(dir, db.url, hookEnv);
  } catch (e) {
    await db.drop();
    throw e;
  }
  const { proc, port } = booted;
  const baseUrl = `http://127.0.0.1:${port}`;
  const admin = gqlClient(`${baseUrl}/admin-api`, { 'vendure-api-key': seed.apiKey });
  return {
    ...seed,
    baseUrl,
    host: `127.0.0.1:${port}`,
    adminApi: `${baseUrl}/admin-api`,
    shopApi: `${baseUrl}/shop-api`,
    admin,
    placeOrder: (lines, o) => placeGuestOrder(`${baseUrl}/shop-api`, seed.variants, lines, { ...o, countryCode: seed.countryCode }),
    output: proc.output,
    async stop() {
      await proc.stop();
      await db.drop();
    },
  };
}
