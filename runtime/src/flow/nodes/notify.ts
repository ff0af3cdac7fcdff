import type { Rule } from '../../rules/types.js';
import type { NodeType } from '../node-type.js';
import type { Assignee } from '../types.js';
import { assigneeRef, assigneeSchema, checkMapping, evalMapping, mappingSchema, ruleFieldRefs } from './shared.js';

export type Recipient = Assignee | { customer: true } | { rule: Rule };

export interface NotifyConfig {
  template: string;
  to: Recipient[];
  channel?: string;
  /** Template variables: `{name: rule}` over `{order, vars}`. */
  data?: Record<string, Rule>;
}

export const notifyConfigSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['template', 'to'],
  properties: {
    template: { type: 'string', minLength: 1 },
    channel: { type: 'string' },
    to: {
      type: 'array',
      minItems: 1,
      items: {
        oneOf: [
          ...assigneeSchema.oneOf,
          { type: 'object', properties: { customer: { const: true } }, required: ['customer'], additionalProperties: false },
          { type: 'object', properties: { rule: {} }, required: ['rule'], additionalProperties: false },
        ],
      },
    },
    data: mappingSchema,
  },
} as const;

export const notifyNode: NodeType<NotifyConfig> = {
  key: 'notify',
  title: { en: 'Notify', 'zh-CN': '通知' },
  configRequired: true,
  configSchema: notifyConfigSchema,
  outcomes: () => [{ key: 'next' }],
  enter(ctx) {
    const c = ctx.config;
    // rule recipients become `{address}` (e.g. an email taken from the order)
    const to = c.to.map((r) => ('rule' in r ? { address: ctx.rule(r.rule)(ctx.data, ctx.env) } : r));
    const cmd = { type: 'notify' as const, node: ctx.node.id, template: c.template, to, ...(c.channel ? { channel: c.channel } : {}) };
    ctx.emit(c.data ? { ...cmd, data: evalMapping(c.data, (r) => ctx.rule(r), ctx.data, ctx.env) } : cmd);
    ctx.complete('next');
  },
  check(node, ctx) {
    const c = node.config!;
    return [
      ...c.to.flatMap((r, i) => ('rule' in r ? ctx.rules.check(r.rule, `${ctx.path}/config/to/${i}/rule`) : [])),
      ...checkMapping(ctx, c.data, `${ctx.path}/config/data`),
    ];
  },
  references(node, path) {
    const c = node.config!;
    return [
      ...c.to.flatMap((r, i) =>
        'rule' in r ? ruleFieldRefs(r.rule, `${path}/config/to/${i}/rule`) : 'customer' in r ? [] : [assigneeRef(r, `${path}/config/to/${i}`)],
      ),
      ...Object.entries(c.data ?? {}).flatMap(([k, r]) => ruleFieldRefs(r, `${path}/config/data/${k}`)),
    ];
  },
};
