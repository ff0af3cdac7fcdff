import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

export interface WorkerProcess {
  child: ChildProcess;
  output(): string;
  /** SIGTERM and wait for a clean exit (bounded). */
  stop(): Promise<number | null>;
  kill9(): Promise<void>;
}

/**
 * `server/src/worker.ts` as its own OS process (what `node server/dist/worker.js` runs), on the given database.
 * Resolves once it reports ready; rejects if it exits first or does not start within `timeoutMs`.
 */
export function startWorkerProcess(databaseUrl: string, env: Record<string, string> = {}, timeoutMs = 30_000): Promise<WorkerProcess> {
  const child = spawn(path.join(root, 'node_modules/.bin/tsx'), ['--conditions=oms-source', 'server/src/worker.ts'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn', OMS_WORKER_CRON: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const handle: WorkerProcess = {
    child,
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
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`worker did not start within ${timeoutMs} ms: ${out}`));
    }, timeoutMs);
    child.stdout!.on('data', (d) => {
      out += d;
      if (out.includes('worker ready')) {
        clearTimeout(timer);
        resolve(handle);
      }
    });
    child.stderr!.on('data', (d) => (out += d));
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`worker exited (${code}) before it was ready: ${out}`));
    });
  });
}
