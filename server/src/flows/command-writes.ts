import type { FlowCommand } from '@oms/runtime';
import type { ExtraWrite } from '../intake/persist-order.js';
import { TASKS } from '../jobs/task-names.js';

export interface CommandRowsInput {
  tenantId: string;
  instanceId: string;
  /** The revision whose state produced these commands: with the position it makes the command id. */
  revision: number;
  commands: FlowCommand[];
  at: Date;
}

/** Commands whose whole effect is a row of our own: done where they are stored, in the same transaction. */
export const INLINE = new Set<FlowCommand['type']>(['set-timer', 'cancel-timer']);

export const commandId = (revision: number, position: number) => `${revision}.${position}`;
export const timerJobKey = (tenantId: string, instanceId: string, timerId: string) => `timer:${tenantId}:${instanceId}:${timerId}`;

/** How often graphile-worker runs a failing command (exponential backoff) before the order goes to `exception`. */
export function commandMaxAttempts(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.OMS_COMMAND_MAX_ATTEMPTS ?? 8);
  return Number.isInteger(n) && n >= 1 ? n : 8;
}

/**
 * A set-timer and a cancel-timer of one timer in one batch would touch the same row (and job key) twice in one
 * statement, whose order PostgreSQL does not define: such a batch takes the statement-per-command path.
 */
export function foldable(commands: FlowCommand[]): boolean {
  const set = new Set(commands.flatMap((c) => (c.type === 'set-timer' ? [c.id] : [])));
  return !commands.some((c) => c.type === 'cancel-timer' && set.has(c.id)) && set.size === commands.filter((c) => c.type === 'set-timer').length;
}

/**
 * The commands of one revision as data-modifying CTEs for a caller's single statement: every `flow_commands`
 * row in one multi-row insert, timers upserted / cancelled, and every job (one per executed command, one per
 * timer, due after the timer's remaining delay in real time, keyed by timer) in ONE graphile_worker.add_jobs
 * batch. Same rows and jobs as the statement-per-command path. `p` prefixes the bindings (unique per statement).
 */
export function commandWrites(input: CommandRowsInput, p: string, nowMs: number): ExtraWrite[] {
  if (input.commands.length === 0) return [];
  const base = { [`${p}t`]: input.tenantId, [`${p}i`]: input.instanceId, [`${p}at`]: input.at };
  const rows = input.commands.map((cmd, i) => ({
    command_id: commandId(input.revision, i),
    type: cmd.type,
    payload: cmd,
    status: INLINE.has(cmd.type) ? 'done' : 'pending',
  }));
  const writes: ExtraWrite[] = [
    {
      sql: `INSERT INTO flow_commands (tenant_id, instance_id, command_id, type, payload, status, created_at, updated_at)
            SELECT :${p}t, :${p}i, x.command_id, x.type, x.payload, x.status, :${p}at, :${p}at
              FROM jsonb_to_recordset(:${p}rows::jsonb) AS x(command_id text, type text, payload jsonb, status text)`,
      bindings: { ...base, [`${p}rows`]: JSON.stringify(rows) },
    },
  ];
  const jobs: Array<{ identifier: string; payload: object; run_at: Date | null; max_attempts: number | null; job_key: string | null }> = [];
  const timers: Array<{ timer_id: string; at: Date }> = [];
  const cancelled: string[] = [];
  for (const [i, cmd] of input.commands.entries()) {
    if (cmd.type === 'set-timer') {
      timers.push({ timer_id: cmd.id, at: new Date(cmd.at) });
      jobs.push({
        identifier: TASKS.flowTimer,
        payload: { tenantId: input.tenantId, instanceId: input.instanceId, timerId: cmd.id },
        run_at: new Date(nowMs + Math.max(0, cmd.at - input.at.getTime())),
        max_attempts: null,
        job_key: timerJobKey(input.tenantId, input.instanceId, cmd.id),
      });
    } else if (cmd.type === 'cancel-timer') cancelled.push(cmd.id);
    else {
      const job = { tenantId: input.tenantId, instanceId: input.instanceId, commandId: rows[i].command_id };
      jobs.push({ identifier: TASKS.flowCommand, payload: job, run_at: null, max_attempts: commandMaxAttempts(), job_key: null });
    }
  }
  if (timers.length) {
    writes.push({
      sql: `INSERT INTO flow_timers (tenant_id, instance_id, timer_id, at, status)
            SELECT :${p}t, :${p}i, x.timer_id, x.at, 'pending' FROM jsonb_to_recordset(:${p}timers::jsonb) AS x(timer_id text, at timestamptz)
            ON CONFLICT (tenant_id, instance_id, timer_id) DO UPDATE SET at = EXCLUDED.at, status = 'pending'`,
      bindings: { ...base, [`${p}timers`]: JSON.stringify(timers) },
    });
  }
  if (cancelled.length) {
    writes.push({
      sql: `UPDATE flow_timers SET status = 'cancelled'
             WHERE tenant_id = :${p}t AND instance_id = :${p}i AND status = 'pending' AND timer_id = ANY(:${p}cancel::text[])`,
      bindings: { ...base, [`${p}cancel`]: cancelled },
    });
    writes.push({
      sql: `SELECT count(graphile_worker.remove_job(k)) FROM unnest(:${p}keys::text[]) AS k`,
      bindings: { [`${p}keys`]: cancelled.map((id) => timerJobKey(input.tenantId, input.instanceId, id)) },
      returns: true,
    });
  }
  if (jobs.length) {
    writes.push({
      sql: `SELECT count(*) FROM graphile_worker.add_jobs(ARRAY(
              SELECT ROW(s.identifier, s.payload, NULL, s.run_at, s.max_attempts, s.job_key, NULL, NULL)::graphile_worker.job_spec
                FROM json_to_recordset(:${p}jobs::json) AS s(identifier text, payload json, run_at timestamptz, max_attempts int, job_key text)))`,
      bindings: { [`${p}jobs`]: JSON.stringify(jobs) },
      returns: true,
    });
  }
  return writes;
}
