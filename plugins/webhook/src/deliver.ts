import { Webhook } from 'standardwebhooks';
import { failure, isFailure, retryAfterMs } from './failure.js';
import type { Ctx, Subscription } from './types.js';

/** What one POST to one subscriber came to. */
export type Delivery =
  | { name: string; result: 'delivered'; status: number }
  | { name: string; result: 'gone'; status: 410 }
  | { name: string; result: 'rate-limited'; status: 429; retryAfterMs?: number }
  | { name: string; result: 'retryable'; status?: number; message: string }
  | { name: string; result: 'permanent'; status?: number; message: string };

/** The `whsec_…` secret of a subscription: its own, else the installation's default. */
export function secretFor(ctx: Ctx, name: string): string {
  const s = ctx.credentials.signingSecrets?.[name] ?? ctx.credentials.signingSecret;
  if (typeof s !== 'string' || !s.startsWith('whsec_')) throw failure('auth', 'webhook.no-secret', `subscription "${name}" has no whsec_ signing secret in the credentials`);
  return s;
}

/**
 * One signed POST per Standard Webhooks: `webhook-id` is the event id (the same on every retry, so the receiver
 * dedupes), `webhook-timestamp` the attempt's time in seconds, `webhook-signature` `v1,<base64 HMAC-SHA256 of
 * id.timestamp.body>` under the base64 key after `whsec_`. The body is the same bytes on every attempt.
 */
export async function deliver(ctx: Ctx, sub: Subscription, msgId: string, body: string): Promise<Delivery> {
  const now = ctx.clock.now();
  const at = new Date(now);
  let signature: string;
  try {
    signature = new Webhook(secretFor(ctx, sub.name)).sign(msgId, at, body);
  } catch (e) {
    if (isFailure(e)) throw e;
    throw failure('auth', 'webhook.bad-secret', `the signing secret of subscription "${sub.name}" is not whsec_ + base64`);
  }
  const headers = { 'content-type': 'application/json', 'webhook-id': msgId, 'webhook-timestamp': String(Math.floor(now / 1000)), 'webhook-signature': signature };
  let status: number;
  let retryAfter: string | undefined;
  try {
    const res = await ctx.http.request({ method: 'POST', url: sub.url, headers, body, timeoutMs: ctx.config.timeoutMs ?? 10_000 });
    status = res.status;
    retryAfter = Object.entries(res.headers).find(([k]) => k.toLowerCase() === 'retry-after')?.[1];
  } catch (e) {
    // Timeouts, refused connections, DNS: the host client reports them retryable; a host off the list is permanent.
    const cls = isFailure(e) ? e.errorClass : 'retryable';
    const message = isFailure(e) ? e.message : `POST ${sub.url} failed: ${(e as Error).message ?? String(e)}`;
    return cls === 'retryable' || cls === 'rate-limited' ? { name: sub.name, result: 'retryable', message } : { name: sub.name, result: 'permanent', message };
  }
  if (status >= 200 && status < 300) return { name: sub.name, result: 'delivered', status };
  if (status === 410) return { name: sub.name, result: 'gone', status };
  if (status === 429) return { name: sub.name, result: 'rate-limited', status, retryAfterMs: retryAfterMs(retryAfter, now) };
  if (status >= 500 || status === 408) return { name: sub.name, result: 'retryable', status, message: `${sub.url} answered ${status}` };
  return { name: sub.name, result: 'permanent', status, message: `${sub.url} answered ${status}` };
}
