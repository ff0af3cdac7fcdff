import { spawn } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/**
 * Peer software (Vendure, Medusa) is installed with npm into a cache folder OUTSIDE the workspace, once per
 * machine, and reused: it is test equipment, not a repository dependency. `OMS_PEER_CACHE` moves the folder.
 */
export function peersRoot(): string {
  return process.env.OMS_PEER_CACHE ?? path.join(os.homedir(), '.cache', 'oms-studio', 'peers');
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** A cross-process lock (mkdir is atomic): two test files never install the same peer at once. */
export async function withDirLock<T>(lockDir: string, fn: () => Promise<T>, timeoutMs = 15 * 60_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      await mkdir(lockDir);
      await writeFile(path.join(lockDir, 'pid'), String(process.pid));
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const owner = Number(await readFile(path.join(lockDir, 'pid'), 'utf8').catch(() => '0'));
      // A lock whose owner died (killed test run) is stale; an ownerless one is being written right now.
      if (owner > 0 && !alive(owner)) await rm(lockDir, { recursive: true, force: true });
      if (Date.now() > until) throw new Error(`peer lock ${lockDir} still held by pid ${owner} after ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    return await fn();
  } finally {
    await rm(lockDir, { recursive: true, force: true });
  }
}

function run(cmd: string, args: string[], cwd: string, logFile: string, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const out: Buffer[] = [];
    // Under `npm test` the environment carries the workspace's npm settings (workspace, prefix): drop them so
    // the install lands in the peer folder and not in the repository.
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_(package|lifecycle)_|^npm_config_(local_prefix|prefix|workspaces?|include_workspace_root)$/i.test(k)));
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...env, npm_config_yes: 'true' } });
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => out.push(b));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', async (code, signal) => {
      clearTimeout(timer);
      const log = Buffer.concat(out).toString();
      await writeFile(logFile, log).catch(() => undefined);
      if (code === 0) resolve();
      else reject(new Error(`${cmd} ${args.join(' ')} failed in ${cwd} (${code ?? signal}); last output:\n${log.slice(-3000)}`));
    });
  });
}

/**
 * Ensures `<root>/<name>` holds `packages` (exact versions). A marker written after a successful install makes
 * the next run reuse the folder; a half-finished install (no marker) is redone. Fails loudly, never skips.
 */
export async function ensurePeerInstalled(name: string, packages: string[], opts: { timeoutMs?: number; pkgType?: 'module' | 'commonjs' } = {}): Promise<string> {
  const root = peersRoot();
  const dir = path.join(root, name);
  const marker = path.join(dir, '.oms-installed');
  const wanted = JSON.stringify(packages);
  const done = async () => (await readFile(marker, 'utf8').catch(() => '')) === wanted;
  if (await done()) return dir;
  await mkdir(root, { recursive: true });
  await withDirLock(path.join(root, `${name}.lock`), async () => {
    if (await done()) return;
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'package.json'), JSON.stringify({ name: `oms-peer-${name}`, private: true, type: opts.pkgType ?? 'commonjs' }, null, 2));
    await run('npm', ['install', '--prefix', dir, '--no-audit', '--no-fund', '--save-exact', ...packages], dir, path.join(dir, 'install.log'), opts.timeoutMs ?? 15 * 60_000);
    await writeFile(marker, wanted);
  });
  return dir;
}
