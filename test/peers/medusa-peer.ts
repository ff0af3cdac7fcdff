import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { freePort } from '../../server/src/db/embedded.js';
import { ensurePeerInstalled } from './peer-cache.js';
import { cloneDatabase, ensureTemplate } from './peer-db.js';
import { startPeerProcess, type PeerProcess } from './peer-process.js';

export const MEDUSA_VERSION = '2.21.2';
const PACKAGES = [`@medusajs/medusa@${MEDUSA_VERSION}`, `@medusajs/framework@${MEDUSA_VERSION}`, `@medusajs/cli@${MEDUSA_VERSION}`, '@swc/core', 'typescript@5', 'ts-node', 'pg'];
const TEMPLATE = 'oms_peer_medusa_2212';
export const MEDUSA_ADMIN = { email: 'admin@peer.test', password: 'peer-admin-password' };

// A hand-made Medusa project (create-medusa-app needs the internet): config from the environment, no admin UI.
const CONFIG = `const { defineConfig } = require('@medusajs/framework/utils');
module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    databaseDriverOptions: { ssl: false, sslmode: 'disable' },
    http: { storeCors: '*', adminCors: '*', authCors: '*', jwtSecret: 'peer-jwt-secret', cookieSecret: 'peer-cookie-secret' },
  },
  admin: { disable: true },
});
`;

export interface MedusaPeer {
  baseUrl: string;
  host: string;
  output(): string;
  stop(): Promise<void>;
}

const env = (dbUrl: string) => ({ DATABASE_URL: dbUrl, MEDUSA_DISABLE_TELEMETRY: 'true', NODE_ENV: 'production' });

function medusa(dir: string, args: string[], dbUrl: string, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    const child = spawn(process.execPath, [path.join(dir, 'node_modules/.bin/medusa'), ...args], { cwd: dir, env: { ...process.env, ...env(dbUrl) }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (b: Buffer) => (out += b));
    child.stderr.on('data', (b: Buffer) => (out += b));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(out);
      else reject(new Error(`medusa ${args.join(' ')} failed (${code}):\n${out.slice(-4000)}`));
    });
  });
}

/** Installs Medusa into the peer cache (≈ 80 s idle, 13 min measured under load; 715 MB) and writes the project files. */
export async function installMedusa(): Promise<string> {
  const dir = await ensurePeerInstalled(`medusa-${MEDUSA_VERSION}`, PACKAGES);
  await writeFile(path.join(dir, 'medusa-config.js'), CONFIG);
  return dir;
}

/** A real Medusa on a free loopback port; its database is cloned from a template migrated once per run. */
export async function startMedusaPeer(): Promise<MedusaPeer> {
  const dir = await installMedusa();
  await ensureTemplate(TEMPLATE, async (url) => {
    await medusa(dir, ['db:migrate'], url, 600_000);
    await medusa(dir, ['user', '-e', MEDUSA_ADMIN.email, '-p', MEDUSA_ADMIN.password], url, 300_000);
    return {};
  });
  const db = await cloneDatabase(TEMPLATE, 'oms_peer_medusa');
  const port = await freePort();
  let proc: PeerProcess;
  try {
    proc = await startPeerProcess({
      name: `Medusa ${MEDUSA_VERSION}`,
      cmd: process.execPath,
      args: [path.join(dir, 'node_modules/.bin/medusa'), 'start', '-H', '127.0.0.1', '-p', String(port)],
      cwd: dir,
      env: env(db.url),
      readyLine: /Server is ready|started on|listening/i,
      timeoutMs: 300_000,
    });
  } catch (e) {
    await db.drop();
    throw e;
  }
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    output: proc.output,
    async stop() {
      await proc.stop();
      await db.drop();
    },
  };
}
