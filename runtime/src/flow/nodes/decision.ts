import type { Rule } from '../../rules/types.js';
import type { NodeType } from '../node-type.js';
import { checkRule, ruleFieldRefs, truthy } from './shared.js';

export interface DecisionConfig {
  /** Tried in order; the first whose `when` is truthy picks its outcome, otherwise `default`. */
  branches: Array<{ outcome: string; when: Rule; /** Canvas label; the schema takes any object here. */ title?: Record<string, unknown> }>;
}

export const decisionConfigSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['branches'],
  properties: {
    branches: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['outcome', 'when'],
        properties: { outcome: { type: 'string', pattern: '^(?!default$)[a-z][a-z0-9-]*$' }, when: { description: 'JSON Logic rule' }, title: { type: 'object' } },
      },
    },
  },
} as const;

export const decisionNode: NodeType<DecisionConfig> = {
  key: 'decision',
  title: { en: 'Decision', 'zh-CN': '条件分支' },
  configRequired: true,
  configSchema: decisionConfigSchema,
  outcomes: (c) => [...(c?.branches ?? []).map((b) => ({ key: b.outcome })), { key: 'default' }],
  enter(ctx) {
    for (const b of ctx.config.branches) {
      if (truthy(ctx.rule(b.when)(ctx.data, ctx.env))) return ctx.complete(b.outcome);
    }
    ctx.complete('default');
  },
  check(node, ctx) {
    const issues = (node.config?.branches ?? []).flatMap((b, i) => checkRule(ctx, b.when, `${ctx.path}/config/branches/${i}/when`));
    const seen = new Set<string>();
    node.config?.branches.forEach((b, i) => {
      if (seen.has(b.outcome)) issues.push(ctx.issue(`${ctx.path}/config/branches/${i}/outcome`, 'flow.duplicate-outcome', { outcome: b.outcome }));
      seen.add(b.outcome);
    });
    return issues;
  },
  references: (node, path) => (node.config?.branches ?? []).flatMap((b, i) => ruleFieldRefs(b.when, `${path}/config/branches/${i}/when`)),
};
