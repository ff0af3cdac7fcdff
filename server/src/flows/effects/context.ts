import type { Knex } from 'knex';
import type { FlowCommand, FlowEvent } from '@oms/runtime';
import type { AppDeps } from '../../http/route-spec.js';
import type { Actor } from '../../orders/timeline.js';

/** What one command's effect runs with: the executing transaction and where the command came from. */
export interface EffectCtx {
  deps: AppDeps;
  trx: Knex.Transaction;
  tenantId: string;
  instanceId: string;
  orderId: string;
  commandId: string;
  at: Date;
  actor: Actor;
}

/** The flow event the effect's result becomes (without id: the executor names it `<commandId>:result`). */
export type ResultEvent = FlowEvent extends infer E ? (E extends { id: string } ? Omit<E, 'id'> : never) : never;

export interface EffectOutcome {
  result?: unknown;
  event?: ResultEvent;
}

export type DbEffect<C extends FlowCommand = FlowCommand> = (ctx: EffectCtx, cmd: C) => Promise<EffectOutcome>;

/** A failure retrying cannot fix (missing definition, no plugin host, a rejected call): straight to `exception`. */
export class PermanentCommandError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const FLOW_ACTOR: Actor = { userId: null, label: 'flow' };
