import type { NodeType } from '../node-type.js';

export interface EndConfig {
  /** The flow's outcome when it finishes here, e.g. `fulfilled`, `rejected`. */
  outcome?: string;
  /** Order status to set on the way out. */
  status?: string;
  /** Undo completed actions / reservations (reverse order) when ending here, e.g. after a rejection. */
  compensate?: boolean;
}

export const endConfigSchema = {
  type: 'object',
  additionalProperties: false,
  properties: { outcome: { type: 'string', minLength: 1 }, status: { type: 'string', minLength: 1 }, compensate: { type: 'boolean' } },
} as const;

export const endNode: NodeType<EndConfig> = {
  key: 'end',
  title: { en: 'End', 'zh-CN': '结束' },
  configSchema: endConfigSchema,
  outcomes: () => [],
  terminal: true,
  enter(ctx) {
    if (ctx.config.status) ctx.emit({ type: 'set-status', node: ctx.node.id, status: ctx.config.status });
    ctx.end(ctx.config.outcome, ctx.config.compensate === true);
  },
};
