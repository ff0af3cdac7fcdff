import type { NodeContext } from '../../node-type.js';
import type { FlowEvent } from '../../types.js';
import type { ApprovalConfig } from './config.js';
import { closeAll, encode, openSlot, settle, type ApprovalData, type Slot } from './slots.js';

type TaskEvent = Extract<FlowEvent, { type: 'task-decided' }>;

/**
 * Apply one approver action to the open task it names. The named task is closed by the event itself
 * (the server records the decision); every other task the engine closes gets a cancel-task command.
 */
export function decide(ctx: NodeContext<ApprovalConfig>, d: ApprovalData, e: TaskEvent): boolean {
  const i = d.s.findIndex((s) => s.t === e.task && s.s === 'o');
  if (i < 0) return false;
  const slot = d.s[i];
  const sequential = (ctx.config.mode ?? 'any') === 'sequential';
  switch (e.action) {
    case 'comment':
      return true; // the comment is in the recorded event; nothing changes
    case 'approve':
    case 'reject':
      slot.s = e.action === 'approve' ? 'a' : 'r';
      settle(ctx, d, e.task);
      return true;
    case 'reassign':
    case 'delegate': {
      if (!e.to) return false;
      if (e.action === 'delegate') slot.f = slot.f ?? e.by ?? slot.a.slice(2);
      else delete slot.f;
      slot.a = encode(e.to);
      openSlot(ctx, d, slot);
      return true;
    }
    case 'add-approver': {
      if (!e.to) return false;
      const added: Slot = { a: encode(e.to), s: 'p' };
      if (e.position === 'before') {
        // the current approver decides again after the added one
        slot.s = 'p';
        delete slot.t;
        if (sequential) d.s.splice(i, 0, added);
        else {
          d.s.push(added);
          slot.w = d.s.length - 1;
        }
      } else {
        // "approve and pass on": the current approver agrees, the added one decides next
        slot.s = 'a';
        if (sequential) d.s.splice(i + 1, 0, added);
        else {
          added.w = i;
          d.s.push(added);
        }
      }
      settle(ctx, d, e.task);
      return true;
    }
    case 'return':
      return giveBack(ctx, d, i, e);
    default:
      return false;
  }
}

/** Return to the previous approver (sequential), the previous approval node, or the submitter. */
function giveBack(ctx: NodeContext<ApprovalConfig>, d: ApprovalData, i: number, e: TaskEvent): boolean {
  const slot = d.s[i];
  if (e.target === 'previous') {
    let j = -1;
    if ((ctx.config.mode ?? 'any') === 'sequential') for (let k = i - 1; k >= 0 && j < 0; k--) if (d.s[k].s === 'a') j = k;
    if (j >= 0) {
      slot.s = 'p';
      delete slot.t;
      openSlot(ctx, d, d.s[j]);
      return true;
    }
    if (ctx.token.back) {
      slot.s = 'x';
      closeAll(ctx, d, e.task);
      ctx.jump(ctx.token.back);
      return true;
    }
  }
  slot.s = 'x';
  closeAll(ctx, d, e.task);
  ctx.complete('returned');
  return true;
}
