import type { NodeContext } from '../../node-type.js';
import type { Assignee } from '../../types.js';
import type { ApprovalConfig } from './config.js';

/**
 * One approver position, kept tiny because it lives in the stored state:
 * `a` assignee (`u:<user>` / `r:<role>`), `t` open task id, `s` status (p pending, o open, a approved,
 * r rejected, x cancelled), `w` index of the slot it waits for (add-approver), `f` delegating user.
 */
export interface Slot {
  a: string;
  t?: string;
  s: 'p' | 'o' | 'a' | 'r' | 'x';
  w?: number;
  f?: string;
}

/** Approval token data: slots, active SLA timers, due time. */
export interface ApprovalData {
  s: Slot[];
  tm?: Array<'due' | 'remind'>;
  due?: number;
}

export const encode = (a: Assignee): string => ('user' in a ? `u:${a.user}` : `r:${a.role}`);
export const decode = (a: string): Assignee => (a.startsWith('u:') ? { user: a.slice(2) } : { role: a.slice(2) });

export function openSlot(ctx: NodeContext<ApprovalConfig>, d: ApprovalData, slot: Slot): void {
  slot.t = ctx.newId();
  slot.s = 'o';
  const cmd: Parameters<typeof ctx.emit>[0] = { type: 'create-task', id: slot.t, node: ctx.node.id, assignee: decode(slot.a) };
  if (slot.f) cmd.onBehalfOf = slot.f;
  if (ctx.config.fields?.length) cmd.fields = ctx.config.fields;
  if (d.due !== undefined) cmd.due = d.due;
  ctx.emit(cmd);
}

/** Close every open task except `keep` (the one the deciding event already closed) and the SLA timers. */
export function closeAll(ctx: NodeContext<ApprovalConfig>, d: ApprovalData, keep?: string): void {
  for (const slot of d.s) {
    if (slot.s !== 'o') continue;
    if (slot.t !== keep) ctx.emit({ type: 'cancel-task', id: slot.t!, node: ctx.node.id });
    slot.s = 'x';
  }
  for (const t of d.tm ?? []) ctx.emit({ type: 'cancel-timer', id: `${ctx.token.id}:${t}`, node: ctx.node.id });
  delete d.tm;
}

function needed(config: ApprovalConfig, d: ApprovalData): number {
  const live = d.s.filter((s) => s.s !== 'x').length;
  const t = config.threshold ?? 1;
  return Math.max(1, t < 1 ? Math.ceil(t * live) : Math.ceil(t));
}

/** An approved slot whose add-approver dependents are all approved too. */
function settled(d: ApprovalData, i: number): boolean {
  if (d.s[i].s !== 'a') return false;
  for (let j = 0; j < d.s.length; j++) if (d.s[j].w === i && d.s[j].s !== 'x' && !settled(d, j)) return false;
  return true;
}

/** The decision the slots add up to, if any. */
export function verdict(config: ApprovalConfig, d: ApprovalData): 'approved' | 'rejected' | undefined {
  const mode = config.mode ?? 'any';
  const live = d.s.filter((s) => s.s !== 'x');
  if (mode === 'vote') {
    const yes = live.filter((s) => s.s === 'a').length;
    const possible = live.filter((s) => s.s !== 'r').length;
    const need = needed(config, d);
    return yes >= need ? 'approved' : possible < need ? 'rejected' : undefined;
  }
  if (live.some((s) => s.s === 'r')) return 'rejected';
  if (mode === 'any') return d.s.some((_, i) => settled(d, i)) ? 'approved' : undefined;
  return live.length > 0 && live.every((s) => s.s === 'a') ? 'approved' : undefined;
}

/** Open the slots whose turn it is: the first pending one (sequential) or those whose dependency approved. */
export function openReady(ctx: NodeContext<ApprovalConfig>, d: ApprovalData): void {
  if ((ctx.config.mode ?? 'any') === 'sequential') {
    if (d.s.some((s) => s.s === 'o')) return;
    const next = d.s.find((s) => s.s === 'p');
    if (next) openSlot(ctx, d, next);
    return;
  }
  for (const slot of d.s) if (slot.s === 'p' && (slot.w === undefined || d.s[slot.w].s === 'a')) openSlot(ctx, d, slot);
}

/** Conclude if the slots say so, otherwise open whatever is next. */
export function settle(ctx: NodeContext<ApprovalConfig>, d: ApprovalData, keep?: string): void {
  const v = verdict(ctx.config, d);
  if (v) {
    closeAll(ctx, d, keep);
    ctx.complete(v);
  } else openReady(ctx, d);
}
