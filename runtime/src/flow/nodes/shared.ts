import { pointerSegment, type Issue } from '../../core/issue.js';
import type { Reference } from '../../definitions/kind-spec.js';
import type { Rule, RuleEnv } from '../../rules/types.js';
import { varsOf } from '../../rules/vars.js';
import { parseDuration } from '../duration.js';
import type { NodeCheckContext } from '../node-type.js';
import type { Assignee, RuleData } from '../types.js';

export { truthy } from '../../rules/truthy.js';

export const assigneeSchema = {
  oneOf: [
    { type: 'object', properties: { user: { type: 'string', minLength: 1 } }, required: ['user'], additionalProperties: false },
    { type: 'object', properties: { role: { type: 'string', minLength: 1 } }, required: ['role'], additionalProperties: false },
  ],
} as const;

/** `{name: rule}`: each value is a JSON Logic rule evaluated over `{order, vars}`. */
export const mappingSchema = { type: 'object', additionalProperties: { description: 'JSON Logic rule' } } as const;

export function evalMapping(map: Record<string, Rule> | undefined, compile: (r: Rule) => (d: unknown, env?: RuleEnv) => unknown, data: RuleData, env: RuleEnv): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (map) for (const k in map) out[k] = compile(map[k])(data, env);
  return out;
}

export function checkRule(ctx: NodeCheckContext, rule: Rule, path: string): Issue[] {
  return ctx.rules.check(rule, path);
}

export function checkMapping(ctx: NodeCheckContext, map: Record<string, Rule> | undefined, path: string): Issue[] {
  if (!map) return [];
  return Object.keys(map).flatMap((k) => ctx.rules.check(map[k], `${path}/${pointerSegment(k)}`));
}

export function checkDuration(ctx: NodeCheckContext, value: unknown, path: string): Issue[] {
  if (value === undefined || parseDuration(value) !== undefined) return [];
  return [ctx.issue(path, 'flow.bad-duration', { value: String(value) })];
}

/** Order (form) fields a rule reads: rules see `{order, vars}`, so `order.x.y` means field `x.y`. */
export function ruleFieldRefs(rule: Rule, path: string): Reference[] {
  return varsOf(rule)
    .filter((v) => v.startsWith('order.'))
    .map((v) => ({ type: 'field', key: v.slice('order.'.length), path }));
}

export function assigneeRef(a: Assignee, path: string): Reference {
  return 'user' in a ? { type: 'user', key: a.user, path } : { type: 'role', key: a.role, path };
}
