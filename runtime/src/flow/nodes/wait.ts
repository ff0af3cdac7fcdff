import type { Rule } from '../../rules/types.js';
import { durationMs, durationSchema, type Duration } from '../duration.js';
import type { NodeContext, NodeType } from '../node-type.js';
import { checkDuration, ruleFieldRefs, truthy } from './shared.js';

export interface WaitConfig {
  /** Name of the external event, e.g. `payment-received`. */
  event: string;
  /** JSON Logic over `{order, vars, event}` where `event` is the event payload. */
  filter?: Rule;
  timeout?: Duration;
  /** Store the payload as `vars.<output>`. */
  output?: string;
}

const timerId = (ctx: NodeContext) => `${ctx.token.id}:timeout`;

export const waitConfigSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['event'],
  properties: { event: { type: 'string', minLength: 1 }, filter: { description: 'JSON Logic rule' }, timeout: durationSchema, output: { type: 'string', minLength: 1 } },
} as const;

export const waitNode: NodeType<WaitConfig> = {
  key: 'wait',
  title: { en: 'Wait for event', 'zh-CN': '等待事件' },
  configRequired: true,
  waits: true,
  configSchema: waitConfigSchema,
  outcomes: (c) => (c?.timeout !== undefined ? [{ key: 'received' }, { key: 'timeout' }] : [{ key: 'received' }]),
  enter(ctx) {
    if (ctx.config.timeout !== undefined) {
      ctx.emit({ type: 'set-timer', id: timerId(ctx), node: ctx.node.id, at: ctx.now + durationMs(ctx.config.timeout) });
    }
  },
  onEvent(ctx, event) {
    const c = ctx.config;
    if (event.type === 'timer-fired') {
      if (c.timeout === undefined || event.timer !== timerId(ctx)) return false;
      ctx.complete('timeout');
      return true;
    }
    if (event.type !== 'external' || event.name !== c.event) return false;
    if (c.filter !== undefined && !truthy(ctx.rule(c.filter)({ order: ctx.data.order, vars: ctx.data.vars, event: event.payload }, ctx.env))) return false;
    if (c.timeout !== undefined) ctx.emit({ type: 'cancel-timer', id: timerId(ctx), node: ctx.node.id });
    if (c.output) ctx.setVar(c.output, event.payload ?? null);
    ctx.complete('received');
    return true;
  },
  abort(ctx) {
    if (ctx.config.timeout !== undefined) ctx.emit({ type: 'cancel-timer', id: timerId(ctx), node: ctx.node.id });
  },
  check(node, ctx) {
    const c = node.config!;
    return [...(c.filter !== undefined ? ctx.rules.check(c.filter, `${ctx.path}/config/filter`) : []), ...checkDuration(ctx, c.timeout, `${ctx.path}/config/timeout`)];
  },
  references: (node, path) => (node.config?.filter !== undefined ? ruleFieldRefs(node.config.filter, `${path}/config/filter`) : []),
};
