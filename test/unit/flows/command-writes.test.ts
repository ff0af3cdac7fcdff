import type { FlowCommand } from '@oms/runtime';
import { describe, expect, it } from 'vitest';
import { commandMaxAttempts, commandWrites, foldable, timerJobKey } from '../../../server/src/flows/command-writes.js';
import { foldWrites } from '../../../server/src/flows/write-statement.js';

const task = { type: 'create-task', id: 't1', node: 'approve', assignee: { role: 'approver' } } as unknown as FlowCommand;
const setTimer = (id: string, at: number) => ({ type: 'set-timer', id, at }) as unknown as FlowCommand;
const cancelTimer = (id: string) => ({ type: 'cancel-timer', id }) as unknown as FlowCommand;

describe('a revision’s commands as one statement', () => {
  it.each([
    [[task, setTimer('a', 1)], true],
    [[setTimer('a', 1), cancelTimer('b')], true],
    [[setTimer('a', 1), cancelTimer('a')], false], // the same timer row twice in one statement
    [[setTimer('a', 1), setTimer('a', 2)], false],
  ] as Array<[FlowCommand[], boolean]>)('foldable %#', (commands, expected) => {
    expect(foldable(commands)).toBe(expected);
  });

  it('writes every command row, the timers and one add_jobs batch with a job per executed command and per timer', () => {
    const at = new Date('2026-03-01T10:00:00Z');
    const writes = commandWrites({ tenantId: 'T', instanceId: 'I', revision: 3, commands: [task, setTimer('sla', at.getTime() + 60_000), cancelTimer('old')], at }, 'c', 1_000_000);
    const rows = JSON.parse(writes[0].bindings.crows as string);
    expect(rows.map((r: { command_id: string; status: string }) => [r.command_id, r.status])).toEqual([['3.0', 'pending'], ['3.1', 'done'], ['3.2', 'done']]);
    const jobs = JSON.parse(writes.find((w) => /add_jobs/.test(w.sql))!.bindings.cjobs as string);
    expect(jobs).toEqual([
      { identifier: 'flow-command', payload: { tenantId: 'T', instanceId: 'I', commandId: '3.0' }, run_at: null, max_attempts: commandMaxAttempts(), job_key: null },
      // due after the timer's remaining delay (60 s) in real time
      { identifier: 'flow-timer', payload: { tenantId: 'T', instanceId: 'I', timerId: 'sla' }, run_at: new Date(1_060_000).toISOString(), max_attempts: null, job_key: timerJobKey('T', 'I', 'sla') },
    ]);
    expect(writes.find((w) => /remove_job/.test(w.sql))!.bindings.ckeys).toEqual([timerJobKey('T', 'I', 'old')]);
    // the function calls are read by the final SELECT (PostgreSQL skips an unread SELECT CTE)
    const { sql } = foldWrites(writes);
    expect(sql).toMatch(/^WITH x0 AS/);
    expect(sql).toContain(`(SELECT count(*) FROM x${writes.findIndex((w) => /add_jobs/.test(w.sql))})`);
    expect(writes.filter((w) => w.returns).length).toBe(2);
  });

  it('no commands, no writes', () => {
    expect(commandWrites({ tenantId: 'T', instanceId: 'I', revision: 1, commands: [], at: new Date(0) }, 'c', 0)).toEqual([]);
    expect(foldWrites([]).sql).toBe('SELECT 0 AS n');
  });
});
