import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv } from 'ajv';
import type {
  Clock, PluginContext, PluginDefinition, PluginFiles, PluginHttp, PluginHttpRequest, PluginLogger, PluginManifest, PluginState,
  PullOutput, PushOutcome,
} from '@oms/runtime';

/**
 * A plugin context for connector tests that call a plugin module in the test process, against real peers
 * (Vendure, Tryton...) or recorded payloads. Real HTTP (fetch), real files; state and logs are kept in memory
 * so a test can read them. It enforces the same allow-list and no-redirect rule as the host so a connector
 * that passes here does not fail there; isolation itself is tested on the child-process host.
 */
export interface HarnessOptions {
  config?: Record<string, unknown>;
  credentials?: Record<string, unknown>;
  /** `host[:port]` entries, like the installation's allow-list. */
  allowedHosts: string[];
  filesRoot?: string;
  clock?: Clock;
  deadlineMs?: number;
}

export interface Harness<C = Record<string, unknown>, K = Record<string, unknown>> {
  ctx: PluginContext<C, K>;
  state: Map<string, unknown>;
  logs: Array<{ level: string; message: string; fields?: Record<string, unknown> }>;
  requests: PluginHttpRequest[];
}

const systemClock: Clock = { now: () => performance.timeOrigin + performance.now() };

export function allowed(url: string, allowedHosts: string[]): boolean {
  const u = new URL(url);
  return allowedHosts.some((h) => {
    const [name, port] = h.split(':');
    const hostOk = name.startsWith('*.') ? u.hostname.endsWith(name.slice(1)) : u.hostname === name;
    return hostOk && (port === undefined || u.port === port);
  });
}

function harnessHttp(opts: HarnessOptions, requests: PluginHttpRequest[]): PluginHttp {
  return {
    async request(req) {
      requests.push(req);
      if (!allowed(req.url, opts.allowedHosts)) throw { errorClass: 'permanent', message: `host not allowed: ${new URL(req.url).host}` };
      const url = new URL(req.url);
      for (const [k, v] of Object.entries(req.query ?? {})) url.searchParams.set(k, String(v));
      const isText = typeof req.body === 'string';
      const headers: Record<string, string> = { ...(req.body !== undefined && !isText ? { 'content-type': 'application/json' } : {}), ...req.headers };
      const res = await fetch(url, {
        method: req.method,
        headers,
        body: req.body === undefined ? undefined : isText ? (req.body as string) : JSON.stringify(req.body),
        redirect: 'manual',
        signal: AbortSignal.timeout(req.timeoutMs ?? 15_000),
      });
      const text = await res.text();
      const type = res.headers.get('content-type') ?? '';
      let body: unknown = text;
      if (type.includes('json') && text) body = JSON.parse(text);
      return { status: res.status, headers: Object.fromEntries(res.headers), body };
    },
  };
}

function harnessFiles(root: string): PluginFiles {
  const resolve = (p: string) => {
    const full = path.resolve(root, p);
    if (path.isAbsolute(p) || !full.startsWith(path.resolve(root) + path.sep)) throw { errorClass: 'permanent', message: `path outside the folder: ${p}` };
    return full;
  };
  return {
    async list(dir) {
      try {
        const entries = await readdir(resolve(dir), { withFileTypes: true });
        return entries.filter((e) => e.isFile() && !e.name.startsWith('.')).map((e) => e.name).sort();
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw e;
      }
    },
    read: (p) => readFile(resolve(p), 'utf8'),
    async write(p, content) {
      const full = resolve(p);
      await mkdir(path.dirname(full), { recursive: true });
      await writeFile(`${full}.tmp`, content);
      await rename(`${full}.tmp`, full);
    },
    async move(from, to) {
      const dest = resolve(to);
      await mkdir(path.dirname(dest), { recursive: true });
      await rename(resolve(from), dest);
    },
  };
}

export function createHarness<C = Record<string, unknown>, K = Record<string, unknown>>(opts: HarnessOptions): Harness<C, K> {
  const state = new Map<string, unknown>();
  const logs: Harness['logs'] = [];
  const requests: PluginHttpRequest[] = [];
  const clock = opts.clock ?? systemClock;
  const log = (level: string): PluginLogger['info'] => (message, fields) => void logs.push({ level, message, fields });
  const st: PluginState = {
    async get(key) {
      return structuredClone(state.get(key)) as never;
    },
    async set(key, value) {
      state.set(key, structuredClone(value));
    },
    async delete(key) {
      state.delete(key);
    },
  };
  const ctx: PluginContext<C, K> = {
    config: (opts.config ?? {}) as C,
    credentials: (opts.credentials ?? {}) as K,
    http: harnessHttp(opts, requests),
    state: st,
    logger: { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') },
    clock,
    files: opts.filesRoot ? harnessFiles(opts.filesRoot) : undefined,
    deadline: clock.now() + (opts.deadlineMs ?? 30_000),
  };
  return { ctx, state, logs, requests };
}

/** Calls one capability the way the host does (manifest key, idempotency key). */
export function callCapability<P extends PluginDefinition>(plugin: P, key: string, input: unknown, idempotencyKey: string, h: Harness): Promise<unknown> {
  const handler = plugin.capabilities[key];
  if (!handler) throw new Error(`plugin ${plugin.id} has no capability ${key}`);
  return handler({ input, idempotencyKey }, h.ctx as never);
}

/**
 * Calls checked as the host checks them: the input must match the manifest's input schema, the answer its output
 * schema (connector tests against real peers use these, so a mapping drift fails there first).
 */
export function manifestCheckedCalls<P extends PluginDefinition>(plugin: P, manifest: PluginManifest) {
  const ajv = new Ajv({ strict: false, allErrors: true });
  let n = 0;
  async function checked(key: string, input: unknown, idem: string, h: Harness): Promise<unknown> {
    const spec = manifest.capabilities[key];
    if (!ajv.validate(spec.input, input)) throw new Error(`input of ${key} does not match the manifest: ${ajv.errorsText()}`);
    const out = await callCapability(plugin, key, input, idem, h);
    if (!ajv.validate(spec.output, out)) throw new Error(`output of ${key} does not match the manifest: ${ajv.errorsText()}`);
    return out;
  }
  return {
    pull: (h: Harness, cursor: string | null, limit?: number) =>
      checked('pull-orders', { cursor, ...(limit ? { limit } : {}) }, `pull-${n++}`, h) as Promise<PullOutput<any>>,
    push: (h: Harness, key: string, input: unknown, idem: string) => checked(key, input, idem, h) as Promise<PushOutcome>,
  };
}
