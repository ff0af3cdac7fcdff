import type { CapabilityCall, PushOutcome } from '@oms/runtime';
import { deliver, type Delivery } from './deliver.js';
import { failure } from './failure.js';
import type { Ctx, EventInput, Subscription } from './types.js';

/** A delivered (or gone) subscriber is remembered this long, so a retry of the event skips it. */
const DONE_TTL_SECONDS = 7 * 24 * 3600;

export function wants(sub: Subscription, type: string): boolean {
  if (sub.enabled === false) return false;
  return sub.events.some((e) => e === '*' || e === type || (e.endsWith('.*') && type.startsWith(e.slice(0, -1))));
}

/** Standard Webhooks payload: `{type, timestamp, data}`; the timestamp is the event's own time, so retries send the same bytes. */
export function eventBody(input: EventInput, nowMs: number): string {
  const p = input.payload as { occurredAt?: unknown } | null;
  const timestamp = p && typeof p.occurredAt === 'string' ? p.occurredAt : new Date(nowMs).toISOString();
  return JSON.stringify({ type: input.type, timestamp, data: input.payload });
}

/**
 * Capability `publish-event`: POST the event to every subscription that wants its type. 2xx → applied; 410 →
 * that subscription is gone (rejected when all are); 429 → rate-limited (Retry-After); 5xx / 408 / timeout →
 * retryable; another 4xx → permanent. Subscribers already served are recorded in state and skipped on a retry.
 */
export async function publishEvent(call: CapabilityCall<EventInput>, ctx: Ctx): Promise<PushOutcome> {
  const { input } = call;
  const subs = (ctx.config.subscriptions ?? []).filter((s) => wants(s, input.type));
  if (!subs.length) return { status: 'applied', data: { delivered: [], reason: 'no subscription wants this event type' } };
  const body = eventBody(input, ctx.clock.now());
  const results: Delivery[] = [];
  let fresh = 0;
  for (const sub of subs) {
    const doneKey = `done:${input.id}:${sub.name}`;
    const done = await ctx.state.get<Delivery['result']>(doneKey);
    if (done === 'delivered' || done === 'gone') {
      results.push(done === 'gone' ? { name: sub.name, result: 'gone', status: 410 } : { name: sub.name, result: 'delivered', status: 200 });
      continue;
    }
    const r = await deliver(ctx, sub, input.id, body);
    if (r.result === 'delivered' || r.result === 'gone') {
      fresh++;
      await ctx.state.set(doneKey, r.result, { ttlSeconds: DONE_TTL_SECONDS });
    }
    results.push(r);
  }
  const summary = results.map((r) => ({ name: r.name, result: r.result, ...(r.status ? { status: r.status } : {}) }));
  const limited = results.filter((r) => r.result === 'rate-limited');
  const retry = results.find((r) => r.result === 'retryable');
  if (limited.length) {
    const wait = Math.max(0, ...limited.map((r) => (r.result === 'rate-limited' ? (r.retryAfterMs ?? 0) : 0)));
    throw failure('rate-limited', 'webhook.rate-limited', `subscriber ${limited.map((r) => r.name).join(', ')} answered 429`, { ...(wait ? { retryAfterMs: wait } : {}), details: { deliveries: summary } });
  }
  if (retry) throw failure('retryable', 'webhook.subscriber-unavailable', retry.result === 'retryable' ? retry.message : '', { details: { deliveries: summary } });
  const perm = results.find((r) => r.result === 'permanent');
  if (perm) throw failure('permanent', 'webhook.subscriber-refused', perm.result === 'permanent' ? perm.message : '', { details: { deliveries: summary } });
  if (results.every((r) => r.result === 'gone')) return { status: 'rejected', code: 'webhook.subscription-gone', reason: `subscriber ${subs.map((s) => s.name).join(', ')} answered 410 Gone: remove the subscription` };
  return { status: fresh ? 'applied' : 'already-applied', externalId: input.id, data: { deliveries: summary } };
}
