import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The server that started the embedded PostgreSQL of a data dir writes its pid here (next to postmaster.pid). */
export const OWNER_FILE = 'oms-server.pid';

export const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

async function readPid(file: string): Promise<number | undefined> {
  const text = await readFile(file, 'utf8').catch(() => undefined);
  const pid = Number(text?.split('\n')[0]?.trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/** The parent pid of a live process (Linux /proc), or undefined. */
async function parentOf(pid: number): Promise<number | undefined> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  // "pid (comm) state ppid ...": comm may contain spaces and parentheses, so split after the last ')'.
  const ppid = Number(stat?.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  return Number.isInteger(ppid) ? ppid : undefined;
}

async function isPostmasterOf(pid: number, dataDir: string): Promise<boolean> {
  const cmd = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => undefined);
  if (cmd === undefined) return true; // no /proc: trust postmaster.pid
  const args = cmd.split('\0');
  return /postgres/.test(args[0] ?? '') && args.includes(dataDir);
}

export type OrphanCheck =
  | { state: 'none' }
  | { state: 'owned'; postmaster: number; owner: number }
  | { state: 'orphan'; postmaster: number };

/**
 * Is a postmaster running on this data dir, and does a live OMS server own it? The owner is the pid in
 * OWNER_FILE when that process is alive and still the postmaster's parent; a postmaster whose server died
 * (kill -9, OOM) was re-parented and is an orphan that holds the data-dir lock.
 */
export async function checkPostmaster(dataDir: string): Promise<OrphanCheck> {
  const postmaster = await readPid(path.join(dataDir, 'postmaster.pid'));
  if (!postmaster || !isAlive(postmaster) || !(await isPostmasterOf(postmaster, dataDir))) return { state: 'none' };
  const owner = await readPid(path.join(dataDir, OWNER_FILE));
  if (owner && owner !== process.pid && isAlive(owner) && (await parentOf(postmaster)) === owner) {
    return { state: 'owned', postmaster, owner };
  }
  return { state: 'orphan', postmaster };
}

export const writeOwner = (dataDir: string) => writeFile(path.join(dataDir, OWNER_FILE), `${process.pid}\n`);

/** Stop a postmaster cleanly with `pg_ctl stop -m fast` from the same binaries, as the user that runs it. */
export async function stopWithPgCtl(binDir: string, dataDir: string, ids: { uid?: number; gid?: number }): Promise<void> {
  await run(path.join(binDir, 'pg_ctl'), ['stop', '-D', dataDir, '-m', 'fast', '-w', '-t', '60'], { ...ids, timeout: 70_000 });
}
