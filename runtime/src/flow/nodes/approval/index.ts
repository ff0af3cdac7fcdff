import type { Issue } from '../../../core/issue.js';
import type { Reference } from '../../../definitions/kind-spec.js';
import { durationMs } from '../../duration.js';
import type { NodeContext, NodeType } from '../../node-type.js';
import type { Assignee } from '../../types.js';
import { assigneeRef, checkDuration, ruleFieldRefs } from '../shared.js';
import { approvalConfigSchema, type ApprovalConfig } from './config.js';
import { decide } from './decide.js';
import { closeAll, decode, encode, openReady, openSlot, type ApprovalData, type Slot } from './slots.js';

export * from './config.js';
export { verdict, type ApprovalData, type Slot } from './slots.js';

/** Resolve assignee specs to encoded assignees, dropping duplicates (rule results may overlap). */
function add(out: string[], a: Assignee): void {
  const k = encode(a);
  if (!out.includes(k)) out.push(k);
}

function resolve(ctx: NodeContext<ApprovalConfig>): string[] {
  const out: string[] = [];
  for (const spec of ctx.config.assignees) {
    if (!('rule' in spec)) add(out, spec);
    else {
      const v = ctx.rule(spec.rule)(ctx.data, ctx.env);
      for (const x of Array.isArray(v) ? v : [v]) {
        if (typeof x === 'string' && x) add(out, { user: x });
        else if (x && typeof x === 'object' && (typeof (x as any).user === 'string' || typeof (x as any).role === 'string')) add(out, x as Assignee);
      }
    }
  }
  return out;
}

function onTimer(ctx: NodeContext<ApprovalConfig>, d: ApprovalData, timer: string): boolean {
  const which = d.tm?.find((t) => `${ctx.token.id}:${t}` === timer);
  if (!which) return false;
  d.tm = d.tm!.filter((t) => t !== which);
  if (d.tm.length === 0) delete d.tm;
  const open = d.s.filter((s) => s.s === 'o');
  const sla = ctx.config.sla!;
  if (which === 'remind' || !sla.onTimeout) {
    ctx.emit({ type: 'notify', node: ctx.node.id, template: which === 'remind' ? 'approval-reminder' : 'approval-overdue', to: open.map((s) => decode(s.a)), data: { tasks: open.map((s) => s.t) } });
    return true;
  }
  const policy = sla.onTimeout;
  if (policy.action === 'escalate') {
    for (const s of open) {
      ctx.emit({ type: 'cancel-task', id: s.t!, node: ctx.node.id });
      s.s = 'x';
    }
    for (const s of d.s) if (s.s === 'p') s.s = 'x';
    delete d.due; // the escalation target gets a fresh task, not one that is already overdue
    const slot: Slot = { a: encode(policy.to), s: 'p' };
    d.s.push(slot);
    openSlot(ctx, d, slot);
    return true;
  }
  closeAll(ctx, d);
  ctx.complete(policy.action === 'approve' ? 'approved' : 'rejected');
  return true;
}

export const approvalNode: NodeType<ApprovalConfig> = {
  key: 'approval',
  title: { en: 'Approval', 'zh-CN': '审批' },
  configRequired: true,
  configSchema: approvalConfigSchema as unknown as Record<string, unknown>,
  waits: true,
  marksStep: true,
  outcomes: () => [{ key: 'approved' }, { key: 'rejected' }, { key: 'returned' }],
  enter(ctx) {
    const assignees = resolve(ctx);
    if (assignees.length === 0) return ctx.complete(ctx.config.ifNoAssignee === 'approve' ? 'approved' : 'rejected');
    const d: ApprovalData = { s: assignees.map((a) => ({ a, s: 'p' })) };
    ctx.token.d = d;
    const sla = ctx.config.sla;
    if (sla?.due !== undefined) {
      d.due = ctx.now + durationMs(sla.due);
      (d.tm ??= []).push('due');
      ctx.emit({ type: 'set-timer', id: `${ctx.token.id}:due`, node: ctx.node.id, at: d.due });
    }
    if (sla?.remind !== undefined) {
      (d.tm ??= []).push('remind');
      ctx.emit({ type: 'set-timer', id: `${ctx.token.id}:remind`, node: ctx.node.id, at: ctx.now + durationMs(sla.remind) });
    }
    openReady(ctx, d);
  },
  onEvent(ctx, event) {
    const d = ctx.token.d as ApprovalData;
    if (event.type === 'task-decided') return decide(ctx, d, event);
    if (event.type === 'timer-fired') return onTimer(ctx, d, event.timer);
    if (event.type === 'withdraw' && (event.node === undefined || event.node === ctx.node.id)) {
      closeAll(ctx, d);
      ctx.complete('returned');
      return true;
    }
    return false;
  },
  abort: (ctx) => closeAll(ctx, ctx.token.d as ApprovalData),
  check(node, ctx) {
    const c = node.config!;
    const p = `${ctx.path}/config`;
    const issues: Issue[] = c.assignees.flatMap((a, i) => ('rule' in a ? ctx.rules.check(a.rule, `${p}/assignees/${i}/rule`) : []));
    issues.push(...checkDuration(ctx, c.sla?.due, `${p}/sla/due`), ...checkDuration(ctx, c.sla?.remind, `${p}/sla/remind`));
    if (c.mode === 'vote' && c.threshold === undefined) issues.push(ctx.issue(`${p}/threshold`, 'flow.vote-threshold-missing'));
    const fixed = c.assignees.every((a) => !('rule' in a));
    if (c.mode === 'vote' && fixed && c.threshold !== undefined && c.threshold >= 1 && c.threshold > c.assignees.length) {
      issues.push(ctx.issue(`${p}/threshold`, 'flow.vote-threshold-unreachable', { threshold: c.threshold, count: c.assignees.length }));
    }
    if (c.sla?.onTimeout && c.sla.due === undefined) issues.push(ctx.issue(`${p}/sla/due`, 'flow.timeout-without-due'));
    return issues;
  },
  references(node, path) {
    const c = node.config!;
    const refs: Reference[] = c.assignees.flatMap((a, i) =>
      'rule' in a ? ruleFieldRefs(a.rule, `${path}/config/assignees/${i}/rule`) : [assigneeRef(a, `${path}/config/assignees/${i}`)],
    );
    const to = c.sla?.onTimeout?.action === 'escalate' ? c.sla.onTimeout.to : undefined;
    if (to) refs.push(assigneeRef(to, `${path}/config/sla/onTimeout/to`));
    (c.fields ?? []).forEach((f, i) => refs.push({ type: 'field', key: f, path: `${path}/config/fields/${i}` }));
    return refs;
  },
};
