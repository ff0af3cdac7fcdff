import { describe, expect, it } from 'vitest';
import { listJson, loadDef, readJson, replay, validateFlow, type ReplayLog } from './replay-log.js';

const files = listJson('snapshots');
const logs = files.map((f) => [f, readJson<ReplayLog>('snapshots', f)] as const);

describe('flow replay snapshots (generated, regression guard)', () => {
  it('has at least 50 snapshot logs', () => {
    expect(files.length).toBeGreaterThanOrEqual(50);
  });

  it.each(logs)('%s replays to the recorded states and commands', (_, log) => {
    expect(log.expected, 'run test/fixtures/flows/generate.ts and review the result').toBeDefined();
    expect(replay(log)).toEqual(log.expected);
  });

  it.each(logs)('%s is deterministic: two replays are JSON-identical', (_, log) => {
    expect(JSON.stringify(replay(log))).toBe(JSON.stringify(replay(log)));
  });
});

describe('flow replay coverage', () => {
  const defs = new Map(logs.map(([, log]) => [typeof log.flow === 'string' ? log.flow : log.flow.key, loadDef(log.flow)]));
  it.each([...defs])('shared definition %s is valid', (_, def) => {
    expect(validateFlow(def)).toEqual([]);
  });

  it('covers every node type and every event and command type', () => {
    const nodeTypes = new Set([...defs.values()].flatMap((d) => d.nodes.map((n) => n.type)));
    expect([...nodeTypes].sort()).toEqual(
      ['action', 'approval', 'decision', 'end', 'notify', 'parallel-join', 'parallel-split', 'route', 'set-status', 'start', 'wait'].sort(),
    );
    const events = new Set(logs.flatMap(([, l]) => l.events.map((e) => e.event.type)));
    expect([...events].sort()).toEqual(
      ['action-failed', 'action-succeeded', 'cancel', 'external', 'route-completed', 'route-failed', 'task-decided', 'timer-fired', 'withdraw'].sort(),
    );
    const actions = new Set(logs.flatMap(([, l]) => l.events.flatMap((e) => (e.event.type === 'task-decided' ? [e.event.action] : []))));
    expect([...actions].sort()).toEqual(['add-approver', 'approve', 'comment', 'delegate', 'reassign', 'reject', 'return']);
    const commands = new Set(logs.flatMap(([, l]) => l.expected!.steps.flatMap((s) => s.commands.map((c) => c.type))));
    expect([...commands].sort()).toEqual(
      ['call-action', 'cancel-task', 'cancel-timer', 'compensate', 'create-task', 'flow-completed', 'notify', 'release-stock', 'reserve-stock', 'set-status', 'set-timer'].sort(),
    );
    const statuses = new Set(logs.map(([, l]) => l.expected!.state.status));
    expect([...statuses].sort()).toEqual(['cancelled', 'completed', 'failed', 'running']);
  });
});
