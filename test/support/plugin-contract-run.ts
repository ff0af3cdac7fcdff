import { createHmac } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { PluginManifest, WebhookSignature } from '@oms/runtime';
import { createMemoryStateStore } from '../../server/src/plugins/host/memory-state-store.js';
import { createProcessRunner, type RunnerTuning } from '../../server/src/plugins/host/process-runner.js';
import type { PluginRunner, RunnablePlugin } from '../../server/src/plugins/host/runner-types.js';
import type { ContractFixtures, RecordedExchange, SeedFiles } from '../contract/fixture-types.js';
import { startReplay, type ReplayPeer } from './plugin-contract-replay.js';

export const systemClock = { now: () => performance.timeOrigin + performance.now() };
const quiet = { debug() {}, info() {}, warn() {}, error() {} } as unknown as RunnerTuning['logger'];

/** The real child-process runner the platform uses, with an in-memory state store (state is per installation). */
export function contractRunner(): PluginRunner {
  return createProcessRunner({ stateStore: createMemoryStateStore(systemClock), clock: systemClock, tuning: { logger: quiet } });
}

export interface Subject {
  id: string;
  dir: string;
  manifest: PluginManifest;
}

export interface OpenCase {
  plugin: RunnablePlugin;
  peer: ReplayPeer;
  files?: string;
  /** Every file under the installation folder (relative paths, sorted). */
  listFiles(): Promise<string[]>;
  close(): Promise<void>;
}

function withPeer(value: unknown, origin: string): unknown {
  if (typeof value === 'string') return value.replaceAll('{{peer}}', origin);
  if (Array.isArray(value)) return value.map((v) => withPeer(v, origin));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withPeer(v, origin)]));
  return value;
}

async function walk(root: string, dir = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(path.join(root, dir), { withFileTypes: true })) {
    const rel = dir ? `${dir}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await walk(root, rel)));
    else out.push(rel);
  }
  return out.sort();
}

let seq = 0;

/** A fresh installation for one case: its own replay peer, files folder and installation id (so fresh state). */
export async function openCase(s: Subject, fx: ContractFixtures, c: { peer?: RecordedExchange[]; files?: SeedFiles }): Promise<OpenCase> {
  const peer = await startReplay(c.peer ?? []);
  let files: string | undefined;
  if (s.manifest.files) {
    files = await mkdtemp(path.join(os.tmpdir(), `contract-${s.id}-`));
    for (const [rel, content] of Object.entries({ ...fx.files, ...c.files })) {
      await mkdir(path.dirname(path.join(files, rel)), { recursive: true });
      await writeFile(path.join(files, rel), content);
    }
  }
  seq += 1;
  const plugin: RunnablePlugin = {
    installationId: `contract-${s.id}-${seq}`,
    tenantId: 'contract-tenant',
    pluginId: s.manifest.id,
    version: s.manifest.version,
    dir: s.dir,
    manifest: s.manifest,
    config: withPeer(fx.config, peer.origin) as Record<string, unknown>,
    credentials: withPeer(fx.credentials, peer.origin) as Record<string, unknown>,
    allowedHosts: [...(s.manifest.allowedHosts ?? []), ...(fx.allowedHosts ?? []), peer.host],
    ...(files ? { filesRoot: files } : {}),
  };
  return {
    plugin,
    peer,
    files,
    listFiles: async () => (files ? walk(files) : []),
    async close() {
      await peer.close();
      if (files) await rm(files, { recursive: true, force: true });
    },
  };
}

const ALG = { 'hmac-sha256': 'sha256', 'hmac-sha512': 'sha512', 'hmac-sha1': 'sha1' } as const;

/** Headers that sign `rawBody` the way the manifest's scheme says (what the remote would send). */
export function signDelivery(sig: WebhookSignature, secret: string, rawBody: string, nowMs: number): Record<string, string> {
  if (sig.scheme === 'shared-secret') return { [sig.header.toLowerCase()]: secret };
  const ts = String(Math.floor(nowMs / 1000));
  if (sig.scheme === 'standard-webhooks') {
    const id = `msg_contract_${ts}`;
    const key = Buffer.from(secret.startsWith('whsec_') ? secret.slice(6) : secret, 'base64');
    const v1 = createHmac('sha256', key).update(`${id}.${ts}.${rawBody}`, 'utf8').digest('base64');
    return { 'webhook-id': id, [(sig.timestampHeader ?? 'webhook-timestamp').toLowerCase()]: ts, [sig.header.toLowerCase()]: `v1,${v1}` };
  }
  const payload = sig.signedPayload === 'timestamp.body' ? `${ts}.${rawBody}` : rawBody;
  const digest = createHmac(ALG[sig.scheme], secret).update(payload, 'utf8').digest(sig.encoding ?? 'hex');
  const headers: Record<string, string> = { [sig.header.toLowerCase()]: `${sig.prefix ?? ''}${digest}` };
  if (sig.signedPayload === 'timestamp.body' && sig.timestampHeader) headers[sig.timestampHeader.toLowerCase()] = ts;
  return headers;
}

export const lowerKeys = (h: Record<string, string>) => Object.fromEntries(Object.entries(h).map(([k, v]) => [k.toLowerCase(), v]));
