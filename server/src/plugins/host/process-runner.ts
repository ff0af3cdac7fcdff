import pino from 'pino';
import { createContextService, type ActiveCall } from './context-service.js';
import { createHostHttp, defaultHttpLimits, type HttpLimits } from './host-http.js';
import { startPluginProcess, type PluginProcess, type ProcessLimits } from './plugin-process.js';
import { writePluginLog, type PluginLogSink } from './plugin-log.js';
import { createRestartTracker, defaultRestartLimits, type RestartLimits, type RestartTracker } from './restart-policy.js';
import { fromWire } from './run-errors.js';
import type { PluginRunner, ProcessRunnerOptions, RunError, RunOp, RunOutcome, RunnablePlugin } from './runner-types.js';
import { checkAgainst } from './schema-check.js';
import { buildSpawnSpec, findEscapingLink } from './spawn-spec.js';

/**
 * The child-process plugin runner: one process per installation, started on first use and after a crash
 * (with backoff), a deadline per call (overrun → killed), input and output checked against the manifest.
 */
export interface RunnerTuning {
  defaultDeadlineMs: number;
  restart: RestartLimits;
  process: Omit<ProcessLimits, 'rssLimitMb'> & { rssLimitMb?: number };
  http: HttpLimits;
  logger: PluginLogSink;
}

interface Entry {
  key: string;
  plugin?: RunnablePlugin;
  proc?: PluginProcess;
  starting?: Promise<PluginProcess | RunError>;
  tracker: RestartTracker;
  calls: Map<number, ActiveCall>;
}

const envInt = (name: string, fallback: number) => {
  const v = Number(process.env[name]);
  return Number.isInteger(v) && v > 0 ? v : fallback;
};

const unavailable = (retryAfterMs: number): RunError => ({ class: 'retryable', code: 'plugin.unavailable', message: 'the plugin keeps failing; restarts are paused', retryAfterMs });
const timeout = (ms: number): RunError => ({ class: 'retryable', code: 'plugin.timeout', message: `no answer within ${ms} ms; the plugin process was restarted` });
const isError = (v: PluginProcess | RunError): v is RunError => 'code' in v;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const STARTUP_BUDGET_MS = 15_000;

export function createProcessRunner(opts: ProcessRunnerOptions & { tuning?: Partial<RunnerTuning> }): PluginRunner {
  const memoryMb = opts.memoryMb ?? envInt('OMS_PLUGIN_MEMORY_MB', 256);
  const t = opts.tuning ?? {};
  const defaultDeadlineMs = t.defaultDeadlineMs ?? envInt('OMS_PLUGIN_DEADLINE_MS', 10_000);
  const restartLimits = { ...defaultRestartLimits, maxRestartsPerMinute: envInt('OMS_PLUGIN_MAX_RESTARTS_PER_MINUTE', defaultRestartLimits.maxRestartsPerMinute), ...t.restart };
  const processLimits: ProcessLimits = { maxMessagesPerSecond: 2000, maxPendingRequests: 64, rssLimitMb: memoryMb * 2, ...t.process };
  const logger = t.logger ?? pino({ level: process.env.OMS_LOG_LEVEL ?? 'info' });
  const now = () => opts.clock.now();
  const http = createHostHttp({ ...defaultHttpLimits, maxResponseBytes: envInt('OMS_PLUGIN_HTTP_MAX_BYTES', defaultHttpLimits.maxResponseBytes), ...t.http }, now);
  const context = createContextService({ http, stateStore: opts.stateStore });
  const entries = new Map<string, Entry>();
  let closed = false;

  function entryFor(plugin: RunnablePlugin): Entry {
    const key = `${plugin.pluginId}@${plugin.version}:${plugin.dir}`;
    let e = entries.get(plugin.installationId);
    if (e && e.key !== key) {
      e.proc?.kill({ class: 'retryable', code: 'plugin.crashed', message: 'the installation was upgraded' }, true);
      e = { ...e, key, proc: undefined, starting: undefined, calls: new Map() };
      entries.set(plugin.installationId, e);
    }
    if (!e) entries.set(plugin.installationId, (e = { key, tracker: createRestartTracker(restartLimits), calls: new Map() }));
    return e;
  }

  async function spawn(plugin: RunnablePlugin, e: Entry, until: number): Promise<PluginProcess | RunError> {
    const decision = e.tracker.decide(performance.now());
    if (decision.kind === 'unavailable') return unavailable(decision.retryAfterMs);
    if (decision.kind === 'wait') {
      if (performance.now() + decision.ms >= until) return unavailable(decision.ms);
      await sleep(decision.ms);
    }
    let spec;
    try {
      spec = buildSpawnSpec(plugin, memoryMb);
      const link = findEscapingLink(spec);
      if (link) return { class: 'permanent', code: 'plugin.unsafe-package', message: `the package holds a link out of its folder: ${link}` };
    } catch (err) {
      return { class: 'permanent', code: 'plugin.load-failed', message: (err as Error).message };
    }
    e.tracker.started(performance.now());
    const calls = e.calls;
    const proc = startPluginProcess(spec, processLimits, {
      request: (msg) => context.handle(calls.get(msg.call), msg),
      log: (msg) => writePluginLog(logger, plugin, msg),
      died: (reason) => {
        e.tracker.crashed(performance.now());
        if (reason.class === 'retryable') warm(e);
      },
    });
    const timer = new Promise<'late'>((r) => setTimeout(() => r('late'), Math.max(0, until - performance.now())).unref());
    const ready = await Promise.race([proc.ready, timer]);
    if (ready === 'late') {
      proc.kill(timeout(Math.round(until - performance.now())), false);
      return { class: 'retryable', code: 'plugin.timeout', message: 'the plugin did not start before the deadline' };
    }
    if (ready) return ready;
    e.proc = proc;
    return proc;
  }

  /** Restart right after a crash (after the backoff), so the next call finds a process ready. */
  function warm(e: Entry): void {
    const plugin = e.plugin;
    if (closed || !plugin || entries.get(plugin.installationId) !== e || e.starting) return;
    e.proc = undefined;
    e.starting = spawn(plugin, e, performance.now() + STARTUP_BUDGET_MS).finally(() => (e.starting = undefined));
  }

  async function obtain(plugin: RunnablePlugin, until: number): Promise<PluginProcess | RunError> {
    const e = entryFor(plugin);
    e.plugin = plugin;
    if (e.proc?.alive) return e.proc;
    e.proc = undefined;
    if (!e.starting) e.starting = spawn(plugin, e, until).finally(() => (e.starting = undefined));
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<RunError>((r) => (timer = setTimeout(() => r({ class: 'retryable', code: 'plugin.unavailable', message: 'the plugin is restarting' }), Math.max(0, until - performance.now()))));
    const got = await Promise.race([e.starting, late]);
    clearTimeout(timer);
    // An eager restart may have failed (backoff exhausted, load error): one fresh attempt within this call's time.
    if (isError(got) && got.code !== 'plugin.unavailable' && !e.starting && !e.proc) return spawn(plugin, e, until);
    return got;
  }

  function deadlineFor(plugin: RunnablePlugin, op: RunOp, requested?: number): number {
    const declared = op.op === 'capability' ? plugin.manifest.capabilities[op.capability]?.timeoutMs : undefined;
    const candidates = [declared, requested].filter((v): v is number => typeof v === 'number' && v > 0);
    return candidates.length ? Math.min(...candidates) : defaultDeadlineMs;
  }

  async function run(plugin: RunnablePlugin, op: RunOp, o?: { deadlineMs?: number }): Promise<RunOutcome> {
    if (closed) return { ok: false, error: { class: 'retryable', code: 'plugin.unavailable', message: 'the runner is closed' } };
    if (op.op === 'capability') {
      if (!plugin.manifest.capabilities[op.capability]) return { ok: false, error: { class: 'permanent', code: 'plugin.unknown-capability', message: `${plugin.pluginId} has no capability ${op.capability}` } };
      const bad = checkAgainst(plugin.manifest, plugin.version, op.capability, 'input', op.input);
      if (bad) return { ok: false, error: { class: 'validation', code: 'plugin.bad-input', message: bad } };
    }
    const deadlineMs = deadlineFor(plugin, op, o?.deadlineMs);
    const until = performance.now() + deadlineMs;
    const proc = await obtain(plugin, until);
    if (isError(proc)) return { ok: false, error: proc };
    const e = entryFor(plugin);
    const remaining = Math.max(0, until - performance.now());
    const { id, result } = proc.call({ op, config: plugin.config, credentials: plugin.credentials, deadline: now() + remaining, now: now(), files: Boolean(plugin.manifest.files && plugin.filesRoot) });
    e.calls.set(id, { plugin, deadline: now() + remaining });
    let timer: NodeJS.Timeout | undefined;
    const overrun = new Promise<void>((r) => (timer = setTimeout(r, remaining)));
    const outcome = await Promise.race([result, overrun.then(() => 'overrun' as const)]);
    clearTimeout(timer);
    e.calls.delete(id);
    if (outcome === 'overrun') {
      proc.abort(id, timeout(deadlineMs), { class: 'retryable', code: 'plugin.crashed', message: 'the plugin process was restarted after another call overran its deadline' });
      return { ok: false, error: timeout(deadlineMs) };
    }
    if (!outcome.ok) {
      if ('error' in outcome) return { ok: false, error: outcome.error };
      e.tracker.succeeded();
      return { ok: false, error: fromWire(outcome.wire) };
    }
    e.tracker.succeeded();
    if (op.op === 'capability') {
      const bad = checkAgainst(plugin.manifest, plugin.version, op.capability, 'output', outcome.value);
      if (bad) return { ok: false, error: { class: 'permanent', code: 'plugin.bad-output', message: `output does not match the manifest: ${bad}` } };
    }
    return { ok: true, value: outcome.value };
  }

  async function stop(installationId: string): Promise<void> {
    const e = entries.get(installationId);
    entries.delete(installationId);
    await e?.starting;
    e?.proc?.kill({ class: 'retryable', code: 'plugin.unavailable', message: 'the installation was stopped' }, true);
    await e?.proc?.exited;
  }

  return {
    run,
    stop,
    async close() {
      closed = true;
      await Promise.all([...entries.keys()].map(stop));
    },
  };
}
