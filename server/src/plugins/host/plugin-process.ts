import { fork, type ChildProcess } from 'node:child_process';
import type { CallMessage, ChildMessage, WireError } from './child/ipc-protocol.js';
import { startMemoryWatch } from './memory-watch.js';
import type { RunError } from './runner-types.js';
import type { SpawnSpec } from './spawn-spec.js';

/**
 * One plugin child: spawn, handshake, calls in flight, and every way it can die. A child that floods the IPC
 * channel (too many messages per second, too many context requests at once) or outgrows its memory is killed;
 * whatever kills it, each pending call is answered once with a RunError, never left hanging.
 */
export interface ProcessLimits {
  maxMessagesPerSecond: number;
  maxPendingRequests: number;
  rssLimitMb: number;
}

export type ReqMessage = Extract<ChildMessage, { t: 'req' }>;
export type LogMessage = Extract<ChildMessage, { t: 'log' }>;
export type CallResult = { ok: true; value: unknown } | { ok: false; wire: WireError } | { ok: false; error: RunError };

export interface ProcessHooks {
  request(msg: ReqMessage): Promise<{ ok: true; value: unknown } | { ok: false; error: WireError }>;
  log(msg: LogMessage): void;
  /** Unexpected end (not `stop`): the runner counts it for backoff. */
  died(reason: RunError): void;
}

export interface PluginProcess {
  readonly ready: Promise<RunError | undefined>;
  readonly alive: boolean;
  readonly pid: number | undefined;
  /** Settles once the OS process is gone. */
  readonly exited: Promise<void>;
  call(msg: Omit<CallMessage, 't' | 'id'>): { id: number; result: Promise<CallResult> };
  /** Answers `id` with `own` and every other pending call with `others`, then kills the child. */
  abort(id: number, own: RunError, others: RunError): void;
  kill(reason: RunError, expected: boolean): void;
}

const crashed = (message: string): RunError => ({ class: 'retryable', code: 'plugin.crashed', message });

export function startPluginProcess(spec: SpawnSpec, limits: ProcessLimits, hooks: ProcessHooks): PluginProcess {
  const child: ChildProcess = fork(spec.entry, spec.args, {
    execArgv: spec.execArgv,
    env: spec.env,
    cwd: spec.cwd,
    serialization: 'advanced',
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let stderrTail = '';
  child.stdout?.resume(); // drained, never kept: a chatty plugin must not fill a pipe or the host's memory
  child.stderr?.on('data', (d: Buffer) => void (stderrTail = (stderrTail + d.toString('utf8')).slice(-4096)));

  const pending = new Map<number, (r: CallResult) => void>();
  let nextId = 1;
  let alive = true;
  let killing = false; // killed but not yet exited: no new call may be sent to it
  let endReason: RunError | undefined;
  let expectedEnd = false;
  let windowStart = performance.now();
  let windowCount = 0;
  let inFlight = 0;
  let settleReady!: (e: RunError | undefined) => void;
  const ready = new Promise<RunError | undefined>((r) => (settleReady = r));
  let settleExit!: () => void;
  const exited = new Promise<void>((r) => (settleExit = r));

  const memory = child.pid ? startMemoryWatch(child.pid, limits.rssLimitMb, () => kill(crashed(`killed: resident memory over ${limits.rssLimitMb} MB`), false)) : undefined;

  function answerAll(error: RunError): void {
    for (const resolve of pending.values()) resolve({ ok: false, error });
    pending.clear();
  }

  function kill(reason: RunError, expected: boolean): void {
    if (!alive) return;
    killing = true;
    endReason ??= reason;
    expectedEnd ||= expected;
    answerAll(reason);
    settleReady(reason);
    child.kill('SIGKILL');
  }

  child.on('message', (msg: ChildMessage) => {
    const now = performance.now();
    if (now - windowStart >= 1000) {
      windowStart = now;
      windowCount = 0;
    }
    if (++windowCount > limits.maxMessagesPerSecond) return kill(crashed(`killed: more than ${limits.maxMessagesPerSecond} IPC messages per second`), false);
    if (!msg || typeof msg !== 'object') return;
    if (msg.t === 'ready') return settleReady(undefined);
    if (msg.t === 'load-failed') return kill({ class: 'permanent', code: 'plugin.load-failed', message: String(msg.message).slice(0, 500) }, false);
    if (msg.t === 'log') return hooks.log(msg);
    if (msg.t === 'result') {
      const resolve = pending.get(msg.id);
      if (!resolve) return;
      pending.delete(msg.id);
      return resolve(msg.ok ? { ok: true, value: msg.value } : { ok: false, wire: msg.error });
    }
    if (msg.t === 'req') {
      if (++inFlight > limits.maxPendingRequests) return kill(crashed(`killed: more than ${limits.maxPendingRequests} context requests in flight`), false);
      void hooks.request(msg).then((answer) => {
        inFlight--;
        if (alive && child.connected) child.send(answer.ok ? { t: 'reply', id: msg.id, ok: true, value: answer.value } : { t: 'reply', id: msg.id, ok: false, error: answer.error });
      });
    }
  });

  child.on('error', () => kill(crashed('the plugin process failed to run'), false));
  child.on('exit', (code, signal) => {
    alive = false;
    memory?.stop();
    const oom = /heap limit|out of memory/i.test(stderrTail);
    const reason = endReason ?? crashed(oom ? 'the plugin ran out of memory' : `the plugin process exited (${signal ?? `code ${code}`})`);
    answerAll(reason);
    settleReady(reason);
    if (!expectedEnd) hooks.died(reason);
    settleExit();
  });

  return {
    ready,
    get alive() {
      return alive && !killing;
    },
    pid: child.pid,
    exited,
    call(msg) {
      const id = nextId++;
      const result = new Promise<CallResult>((resolve) => {
        if (!alive || killing) return resolve({ ok: false, error: endReason ?? crashed('the plugin process is not running') });
        pending.set(id, resolve);
        try {
          child.send({ t: 'call', id, ...msg });
        } catch {
          pending.delete(id);
          resolve({ ok: false, error: { class: 'permanent', code: 'plugin.bad-input', message: 'input is not serialisable' } });
        }
      });
      return { id, result };
    },
    abort(id, own, others) {
      pending.get(id)?.({ ok: false, error: own });
      pending.delete(id);
      kill(others, false);
    },
    kill,
  };
}
