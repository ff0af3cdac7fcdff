/** One entry of the simulator's timeline (runtime SimEntry), as the designer receives it. */
export interface TimelineEntry {
  offset: number;
  type: string;
  node?: string;
  detail?: unknown;
}

type T = (key: string, opts?: Record<string, unknown>) => string;

const who = (a: unknown, t: T): string => {
  const o = (a ?? {}) as { role?: unknown; user?: unknown };
  if (typeof o.role === 'string') return t('testRun.role', { id: o.role });
  if (typeof o.user === 'string') return t('testRun.user', { id: o.user });
  return t('testRun.someone');
};

/**
 * The words for timeline entry `i`, in the UI language. An SLA escalation is a task cancelled and a new one
 * created at the same node and instant after its due timer fired: that new task reads "Escalated to role admin".
 * Unknown types fall back to the simulator's own type name.
 */
export function timelineText(entries: readonly TimelineEntry[], i: number, t: T): string {
  const e = entries[i]!;
  const d = (e.detail ?? {}) as Record<string, unknown>;
  switch (e.type) {
    case 'timer-fired': {
      const timer = typeof d.timer === 'string' ? d.timer : '';
      return t(timer.endsWith(':due') ? 'testRun.types.slaDue' : timer.endsWith(':remind') ? 'testRun.types.remindDue' : 'testRun.types.timer');
    }
    case 'task-created': {
      const same = entries.slice(0, i).filter((x) => x.offset === e.offset);
      const escalated = e.offset > 0 && same.some((x) => x.type === 'task-cancelled' && x.node === e.node)
        && same.some((x) => x.type === 'timer-fired' && typeof (x.detail as { timer?: unknown })?.timer === 'string' && ((x.detail as { timer: string }).timer).endsWith(':due'));
      return t(escalated ? 'testRun.types.escalated' : 'testRun.types.taskCreated', { who: who(d.assignee, t) });
    }
    default: {
      const key = `testRun.types.${e.type.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}`;
      const text = t(key);
      return text === key ? e.type : text;
    }
  }
}
