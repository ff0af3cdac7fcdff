import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

export interface WorkerProcess {
  child: ChildProcess;
  /** Resolves once the process reports ready; rejects if it exits first or does not start in time. */
  ready: Promise<void>;
  output(): string;
  /** SIGTERM and wait for a clean exit (bounded). */
  stop(): Promise<number | null>;
  kill9(): Promise<void>;
}

/**
 * `server/src/worker.ts` as its own OS process (what `node server/dist/worker.js` runs), on the given database.
 * Returned at once (so a caller can always stop it, even when it never gets ready); await `ready`.
 */
export function spawnWorkerProcess(databaseUrl: string, env: Record<string, string> = {}, timeoutMs = 90_000): WorkerProcess {
  // One process: node with tsx as a loader (the tsx CLI would fork the real worker, and a SIGKILL of the CLI
  // would leave that worker running).
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=oms-source', 'server/src/worker.ts'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn', OMS_WORKER_CRON: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let ready!: Promise<void>;
  const handle: WorkerProcess = {
    child,
    get ready() {
      return ready;
    },
    output: () => out,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
    async kill9() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGKILL');
      await exited;
    },
  };
  ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`worker did not start within ${timeoutMs} ms: ${out}`));
    }, timeoutMs);
    child.stdout!.on('data', (d) => {
      out += d;
      if (out.includes('worker ready')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr!.on('data', (d) => (out += d));
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`worker exited (${code}) before it was ready: ${out}`));
    });
  });
  ready.catch(() => {}); // observed by whoever awaits it
  return handle;
}

/** Spawn `n` worker processes, recording each in `into` before waiting, so a test's cleanup stops them all. */
export async function startWorkerProcesses(into: WorkerProcess[], n: number, databaseUrl: string, env: Record<string, string> = {}): Promise<WorkerProcess[]> {
  const started = Array.from({ length: n }, () => spawnWorkerProcess(databaseUrl, env));
  into.push(...started);
  await Promise.all(started.map((p) => p.ready));
  return started;
}
