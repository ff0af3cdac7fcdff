import type { Rule } from '../../rules/types.js';
import { durationMs, durationSchema, type Duration } from '../duration.js';
import type { NodeContext, NodeType } from '../node-type.js';
import { checkDuration, checkMapping, evalMapping, mappingSchema, ruleFieldRefs } from './shared.js';

export interface RetryPolicy {
  /** Total attempts including the first (default 1: no retry). */
  maxAttempts: number;
  /** Delay before the 2nd attempt (default 1 s). */
  backoff?: Duration;
  /** Each further delay is multiplied by this (default 2). */
  multiplier?: number;
  maxBackoff?: Duration;
}

export interface ActionConfig {
  /** Plugin capability, `<plugin>.<capability>`, e.g. `erp.create-order`. */
  capability: string;
  /** `{name: rule}` over `{order, vars}`. */
  input?: Record<string, Rule>;
  /** Store the call's result as `vars.<output>`. */
  output?: string;
  retry?: RetryPolicy;
  /** The call that undoes this one (e.g. `erp.cancel-order`), run on cancel or a later failure. */
  compensation?: { capability: string; input?: Record<string, Rule> };
}

/** Action token data: `a` current attempt, `w` waiting for the retry timer, `k` legacy key (migrated v1). */
interface ActionData {
  a: number;
  w?: 1;
  k?: string;
}

const capabilitySchema = { type: 'string', pattern: '^[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+$' } as const;
const retryTimer = (ctx: NodeContext) => `${ctx.token.id}:retry`;

/** Delay before attempt `next` (2, 3, ...): backoff × multiplier^(next-2), capped. Deterministic (no jitter: the host adds jitter). */
export function retryDelay(policy: RetryPolicy, next: number): number {
  const base = durationMs(policy.backoff ?? 1000) * Math.pow(policy.multiplier ?? 2, next - 2);
  return Math.round(policy.maxBackoff !== undefined ? Math.min(base, durationMs(policy.maxBackoff)) : base);
}

function call(ctx: NodeContext<ActionConfig>, attempt: number): void {
  const c = ctx.config;
  const input = evalMapping(c.input, (r) => ctx.rule(r), ctx.data, ctx.env);
  // `k`: a key kept from a v1 state (bare call id) so a migrated call's retries stay retries
  const k = (ctx.token.d as ActionData | undefined)?.k;
  ctx.token.d = k === undefined ? { a: attempt } : { a: attempt, k };
  ctx.emit({ type: 'call-action', id: ctx.token.id, node: ctx.node.id, capability: c.capability, input, attempt, idempotencyKey: k ?? ctx.key(ctx.token.id) });
}

function compensateCmd(ctx: NodeContext<ActionConfig>, ref: string): void {
  const comp = ctx.config.compensation;
  if (!comp) return;
  const input = evalMapping(comp.input, (r) => ctx.rule(r), ctx.data, ctx.env);
  ctx.emit({ type: 'compensate', id: `${ref}:undo`, node: ctx.node.id, capability: comp.capability, input, of: ref, idempotencyKey: ctx.key(`${ref}:undo`) });
}

export const actionConfigSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['capability'],
  properties: {
    capability: capabilitySchema,
    input: mappingSchema,
    output: { type: 'string', minLength: 1 },
    retry: {
      type: 'object',
      additionalProperties: false,
      required: ['maxAttempts'],
      properties: { maxAttempts: { type: 'integer', minimum: 1, maximum: 100 }, backoff: durationSchema, multiplier: { type: 'number', minimum: 1 }, maxBackoff: durationSchema },
    },
    compensation: { type: 'object', additionalProperties: false, required: ['capability'], properties: { capability: capabilitySchema, input: mappingSchema } },
  },
} as const;

export const actionNode: NodeType<ActionConfig> = {
  key: 'action',
  title: { en: 'Action', 'zh-CN': '动作' },
  configRequired: true,
  configSchema: actionConfigSchema,
  // `failed` may stay unwired: the flow then fails and compensates what was done.
  outcomes: () => [{ key: 'succeeded' }, { key: 'failed', optional: true }],
  enter: (ctx) => call(ctx, 1),
  onEvent(ctx, event) {
    const d = ctx.token.d as ActionData;
    if (event.type === 'timer-fired') {
      if (!d.w || event.timer !== retryTimer(ctx)) return false;
      call(ctx, d.a + 1);
      return true;
    }
    if ((event.type !== 'action-succeeded' && event.type !== 'action-failed') || event.call !== ctx.token.id || d.w) return false;
    if (event.attempt !== undefined && event.attempt !== d.a) return false; // a result of an earlier attempt
    if (event.type === 'action-succeeded') {
      if (ctx.config.output) ctx.setVar(ctx.config.output, event.result ?? null);
      if (ctx.config.compensation) ctx.recordEffect('a', ctx.token.id);
      ctx.complete('succeeded');
      return true;
    }
    const retry = ctx.config.retry;
    if (retry && d.a < retry.maxAttempts && event.error?.retryable !== false) {
      d.w = 1;
      ctx.emit({ type: 'set-timer', id: retryTimer(ctx), node: ctx.node.id, at: ctx.now + retryDelay(retry, d.a + 1) });
    } else if (ctx.wired('failed')) ctx.complete('failed');
    else ctx.fail(`failed:${ctx.node.id}`);
    return true;
  },
  abort(ctx) {
    const d = ctx.token.d as ActionData;
    if (d.w) ctx.emit({ type: 'cancel-timer', id: retryTimer(ctx), node: ctx.node.id });
    else if (ctx.config.compensation) ctx.recordLate('a', ctx.token.id);
  },
  compensate: (ctx, effect) => compensateCmd(ctx, effect.ref),
  onLate(ctx, effect, event) {
    if ((event.type !== 'action-succeeded' && event.type !== 'action-failed') || event.call !== effect.ref) return false;
    if (event.type === 'action-succeeded') compensateCmd(ctx, effect.ref);
    return true;
  },
  check(node, ctx) {
    const c = node.config!;
    const p = `${ctx.path}/config`;
    return [
      ...checkMapping(ctx, c.input, `${p}/input`),
      ...checkMapping(ctx, c.compensation?.input, `${p}/compensation/input`),
      ...checkDuration(ctx, c.retry?.backoff, `${p}/retry/backoff`),
      ...checkDuration(ctx, c.retry?.maxBackoff, `${p}/retry/maxBackoff`),
    ];
  },
  references(node, path) {
    const c = node.config!;
    const refs = [{ type: 'plugin-capability', key: c.capability, path: `${path}/config/capability` }];
    if (c.compensation) refs.push({ type: 'plugin-capability', key: c.compensation.capability, path: `${path}/config/compensation/capability` });
    for (const [k, r] of Object.entries(c.input ?? {})) refs.push(...ruleFieldRefs(r, `${path}/config/input/${k}`));
    for (const [k, r] of Object.entries(c.compensation?.input ?? {})) refs.push(...ruleFieldRefs(r, `${path}/config/compensation/input/${k}`));
    return refs;
  },
};
