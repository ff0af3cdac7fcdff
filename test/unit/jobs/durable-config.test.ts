import { describe, expect, it } from 'vitest';
import type { FlowCommand } from '@oms/runtime';
import { commandMaxAttempts } from '../../../server/src/flows/commands.js';
import { skipEvent } from '../../../server/src/flows/exception-actions.js';
import { inProcessWorkerConcurrency } from '../../../server/src/jobs/worker.js';

describe('OMS_WORKERS: the API process’s own worker', () => {
  it.each([
    [undefined, 4],
    ['', 4],
    ['0', 0],
    ['2', 2],
    ['-1', 4],
    ['two', 4],
  ])('OMS_WORKERS=%j → concurrency %i', (value, expected) => {
    expect(inProcessWorkerConcurrency(value === undefined ? {} : { OMS_WORKERS: value })).toBe(expected);
  });
});

describe('OMS_COMMAND_MAX_ATTEMPTS', () => {
  it.each([
    [undefined, 8],
    ['1', 1],
    ['20', 20],
    ['0', 8],
    ['1.5', 8],
  ])('%j → %i attempts', (value, expected) => {
    expect(commandMaxAttempts(value === undefined ? {} : { OMS_COMMAND_MAX_ATTEMPTS: value })).toBe(expected);
  });
});

describe('skip: the failure outcome each command type gets', () => {
  const cases: Array<[FlowCommand, unknown]> = [
    [
      { type: 'call-action', id: 'erp/3', node: 'erp', capability: 'demo.erp-push', input: {}, attempt: 2, idempotencyKey: 'i:erp/3' },
      { type: 'action-failed', call: 'erp/3', attempt: 2, error: { code: 'command.skipped', message: 'skipped by an operator', retryable: false } },
    ],
    [{ type: 'reserve-stock', id: 'route/2', node: 'route', reserve: true }, { type: 'route-failed', request: 'route/2', reason: 'skipped' }],
    [{ type: 'create-task', id: 'credit/1', node: 'credit', assignee: { role: 'approver' } }, undefined],
    [{ type: 'release-stock', id: 'r:release', node: 'route', reservation: 'r' }, undefined],
    [{ type: 'compensate', id: 'erp/3:undo', node: 'erp', capability: 'demo.erp-cancel', input: {}, of: 'erp/3', idempotencyKey: 'i:erp/3:undo' }, undefined],
    [{ type: 'set-status', node: 'sent', status: 'sent' }, undefined],
    [{ type: 'notify', node: 'tell', template: 't', to: [] }, undefined],
  ];
  it.each(cases)('%j → %j', (cmd, expected) => {
    expect(skipEvent(cmd)).toEqual(expected);
  });
});
