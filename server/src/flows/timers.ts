import type { Knex } from 'knex';
import type { AppDeps } from '../http/route-spec.js';
import { addJob } from '../jobs/queue.js';
import { TASKS } from '../jobs/task-names.js';
import { timerJobKey } from './commands.js';
import { deliverFlowEvent } from './driver.js';
import { FLOW_ACTOR } from './effects/context.js';

export interface TimerJob {
  tenantId: string;
  instanceId: string;
  timerId: string;
}

class TooEarly extends Error {
  constructor(readonly at: number) {
    super('flow.timer-early');
  }
}

/**
 * Real time until the timer is due by the app clock. Jobs are scheduled by wall time, the flow runs on the app
 * clock (injected, fast-forwarded in tests): scheduling the remaining delay works for both.
 */
export const runAtFor = (deps: AppDeps, at: number) => new Date(Date.now() + Math.max(0, at - deps.clock.now()));

/** The timer's job: fire it if it is due by the app clock, otherwise put the job back for the remaining time. */
export async function fireTimerJob(deps: AppDeps, job: TimerJob): Promise<void> {
  const early = await fireTimer(deps, job);
  if (early !== undefined) {
    await addJob(deps.db, TASKS.flowTimer, job, { runAt: runAtFor(deps, early), jobKey: timerJobKey(job.tenantId, job.instanceId, job.timerId) });
  }
}

/**
 * Deliver `timer-fired` (id `timer:<timer>:<at>`: a timer set again gets a new id, a second firing of the same
 * one is a duplicate). The runtime refuses a timer that is not due ('flow.timer-early'): then nothing is kept
 * (the event id stays unused) and the due time is returned. Returns undefined when fired or nothing to do.
 */
export async function fireTimer(deps: AppDeps, job: TimerJob): Promise<number | undefined> {
  try {
    await deps.db.transaction(async (trx) => {
      const key = { tenant_id: job.tenantId, instance_id: job.instanceId, timer_id: job.timerId };
      const row = await trx('flow_timers').where(key).where({ status: 'pending' }).forUpdate().skipLocked().first('at');
      if (!row) return;
      const at = new Date(row.at).getTime();
      const event = { id: `timer:${job.timerId}:${at}`, type: 'timer-fired' as const, timer: job.timerId };
      const out = await deliverFlowEvent(deps, { tenantId: job.tenantId, instanceId: job.instanceId, event, actor: { ...FLOW_ACTOR, label: 'timer' } }, trx);
      if (out.ignored === 'flow.timer-early') throw new TooEarly(at);
      await trx('flow_timers').where(key).where({ at: row.at }).update({ status: 'fired' });
    });
    return undefined;
  } catch (err) {
    if (err instanceof TooEarly) return err.at;
    throw err;
  }
}

/**
 * Fire every pending timer due at `now` (by the app clock): the cron sweep, and how tests with a fast-forwarded
 * clock make time pass. Returns how many were fired. Scans all tenants: a system job, scoped per timer row.
 */
export async function fireDueTimers(deps: AppDeps, opts: { now: number; limit?: number }, db: Knex = deps.db): Promise<number> {
  const due: Array<{ tenant_id: string; instance_id: string; timer_id: string }> = await db('flow_timers')
    .where({ status: 'pending' })
    .where('at', '<=', new Date(opts.now))
    .orderBy('at')
    .limit(opts.limit ?? 1000)
    .select('tenant_id', 'instance_id', 'timer_id');
  let fired = 0;
  for (const t of due) {
    if ((await fireTimer(deps, { tenantId: t.tenant_id, instanceId: t.instance_id, timerId: t.timer_id })) === undefined) fired++;
  }
  return fired;
}
