import { readFileSync, readdirSync } from 'node:fs';

/**
 * CPU time (user + system) of a PostgreSQL cluster: its postmaster and the processes it
 * started (backends, WAL writer, checkpointer...), read from /proc (Linux). A backend's time is lost when it
 * exits, so read it before closing the pool being measured. Benchmarks report it per unit of work beside their
 * ratios: on a 2-core machine where the client, the server and PostgreSQL share the cores, it says which side
 * the time went to.
 */
export type PgCpuSnapshot = Map<number, number>;

/** Ticks used so far by each process of the cluster. */
export function pgCpuSnapshot(postmasterPid: number | undefined): PgCpuSnapshot {
  const ticks: PgCpuSnapshot = new Map();
  if (postmasterPid === undefined) return ticks;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    // after "pid (comm) ": state ppid ... utime stime (fields 14 and 15 of the whole line)
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const pid = Number(entry);
    if (pid === postmasterPid || Number(f[1]) === postmasterPid) ticks.set(pid, Number(f[11]) + Number(f[12]));
  }
  return ticks;
}

/**
 * CPU ms the cluster used since `from`, over the processes alive now (a process that exited in between, such as
 * a closed pool's backend, takes its time with it: it is left out, never subtracted).
 */
export function pgCpuMsSince(from: PgCpuSnapshot, postmasterPid: number | undefined): number {
  let ticks = 0;
  for (const [pid, t] of pgCpuSnapshot(postmasterPid)) ticks += t - (from.get(pid) ?? 0);
  return ticks * 10; // USER_HZ = 100 on Linux
}
