import { spawn, type ChildProcess } from 'node:child_process';

export interface PeerProcess {
  child: ChildProcess;
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts a peer as a child process and resolves once it prints `readyLine`; rejects with its output when it
 * exits first or does not get ready in time (a peer that cannot start fails the test file loudly).
 */
export function startPeerProcess(opts: { name: string; cmd: string; args: string[]; cwd: string; env: Record<string, string>; readyLine: RegExp; timeoutMs: number }): Promise<PeerProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(opts.cmd, opts.args, { cwd: opts.cwd, env: { ...process.env, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let ready = false;
    const output = () => out.slice(-6000);
    const fail = (why: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${opts.name} did not start: ${why}\n${output()}`));
    };
    const timer = setTimeout(() => fail(`not ready after ${opts.timeoutMs} ms`), opts.timeoutMs);
    const onData = (b: Buffer) => {
      out += b.toString();
      if (out.length > 200_000) out = out.slice(-100_000);
      if (!ready && opts.readyLine.test(out)) {
        ready = true;
        clearTimeout(timer);
        resolve({ child, output, stop: () => stopChild(child) });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('error', (e) => fail(e.message));
    child.on('exit', (code, signal) => {
      if (!ready) fail(`exited (${code ?? signal})`);
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const hard = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(hard);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
