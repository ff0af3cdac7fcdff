import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { timelineText, type TimelineEntry } from '../../../designer/src/components/test-run/timeline-text';
import { testRunEn } from '../../../designer/src/i18n/test-run.en';
import { testRunZhCN } from '../../../designer/src/i18n/test-run.zh-cn';

const i18n = i18next.createInstance();
await i18n.init({
  resources: { en: { translation: { testRun: testRunEn } }, 'zh-CN': { translation: { testRun: testRunZhCN } } },
  lng: 'en', interpolation: { escapeValue: false },
});
const tr = (lng: string) => (k: string, o?: Record<string, unknown>) => i18n.t(k, { ...o, lng });

// What the simulator logs for an approval whose 24 h SLA escalates to the admin role.
const H24 = 86_400_000;
const escalation: TimelineEntry[] = [
  { offset: 0, type: 'task-created', node: 'approval-1', detail: { task: 't1', assignee: { role: 'approver' } } },
  { offset: H24, type: 'timer-fired', detail: { timer: 'tok-1:due' } },
  { offset: H24, type: 'task-cancelled', node: 'approval-1', detail: { task: 't1' } },
  { offset: H24, type: 'task-created', node: 'approval-1', detail: { task: 't2', assignee: { role: 'admin' } } },
  { offset: H24, type: 'some-new-type' },
];

describe('test-run timeline texts', () => {
  it('names the SLA escalation and who gets the new task', () => {
    expect(escalation.map((_, i) => timelineText(escalation, i, tr('en')))).toEqual([
      'Task created for role approver', 'SLA due', 'Task cancelled', 'Escalated to role admin', 'some-new-type',
    ]);
  });
  it('speaks zh-CN', () => {
    expect(timelineText(escalation, 3, tr('zh-CN'))).toBe('升级给角色 admin');
    expect(timelineText(escalation, 1, tr('zh-CN'))).toBe('SLA 到期');
  });
  it('a task created after a reminder (no due timer) is not an escalation', () => {
    const remind: TimelineEntry[] = [
      { offset: 5, type: 'timer-fired', detail: { timer: 'tok-1:remind' } },
      { offset: 5, type: 'task-cancelled', node: 'a' },
      { offset: 5, type: 'task-created', node: 'a', detail: { assignee: { user: 'u1' } } },
    ];
    expect(remind.map((_, i) => timelineText(remind, i, tr('en')))).toEqual(['Reminder due', 'Task cancelled', 'Task created for user u1']);
  });
  it('both languages have the same keys', () => {
    const keys = (o: object, p = ''): string[] => Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? [`${p}${k}`] : keys(v as object, `${p}${k}.`)));
    expect(keys(testRunZhCN).sort()).toEqual(keys(testRunEn).sort());
  });
});
