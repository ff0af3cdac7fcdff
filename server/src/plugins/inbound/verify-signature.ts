import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { WebhookSignature } from '@oms/runtime';

export type VerifyResult = { ok: true } | { ok: false; code: 'hook.signature-missing' | 'hook.signature-mismatch' | 'hook.timestamp-missing' | 'hook.timestamp-out-of-range' };

const ALG = { 'hmac-sha256': 'sha256', 'hmac-sha512': 'sha512', 'hmac-sha1': 'sha1' } as const;

/** Constant-time equality behind a length guard (timingSafeEqual throws on unequal lengths; the length is no secret). */
export function safeCompare(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Verify a delivery by the manifest's scheme on the raw body. `headers` are lower-cased. The digest is compared in
 * the declared encoding (hex by default) after the declared prefix (`sha256=`); a re-serialised body, another
 * secret or another encoding does not match. Timestamped schemes (`<ts>.<body>`) also refuse stale deliveries.
 */
export function verifySignature(sig: WebhookSignature, headers: Record<string, string>, rawBody: string, secret: string, nowMs: number): VerifyResult {
  const sent = headers[sig.header.toLowerCase()];
  if (sent === undefined || sent === '') return { ok: false, code: 'hook.signature-missing' };
  if (sig.scheme === 'shared-secret') return safeCompare(sent, secret) ? { ok: true } : { ok: false, code: 'hook.signature-mismatch' };
  if (sig.scheme === 'standard-webhooks') return verifyStandardWebhook(sig, headers, sent, rawBody, secret, nowMs);
  let payload = rawBody;
  if (sig.signedPayload === 'timestamp.body') {
    const ts = headers[(sig.timestampHeader ?? '').toLowerCase()];
    if (!ts || !/^\d{1,13}$/.test(ts)) return { ok: false, code: 'hook.timestamp-missing' };
    const seconds = ts.length > 10 ? Math.floor(Number(ts) / 1000) : Number(ts);
    if (Math.abs(nowMs / 1000 - seconds) > (sig.toleranceSeconds ?? 300)) return { ok: false, code: 'hook.timestamp-out-of-range' };
    payload = `${ts}.${rawBody}`;
  }
  const prefix = sig.prefix ?? '';
  if (!sent.startsWith(prefix)) return { ok: false, code: 'hook.signature-mismatch' };
  const expected = createHmac(ALG[sig.scheme], secret).update(payload, 'utf8').digest(sig.encoding ?? 'hex');
  return safeCompare(sent.slice(prefix.length), expected) ? { ok: true } : { ok: false, code: 'hook.signature-mismatch' };
}

/** Standard Webhooks (standardwebhooks.com): several `v1,<sig>` may be sent during a key rotation; one must match. */
function verifyStandardWebhook(sig: WebhookSignature, headers: Record<string, string>, sent: string, rawBody: string, secret: string, nowMs: number): VerifyResult {
  const id = headers['webhook-id'];
  const ts = headers[(sig.timestampHeader ?? 'webhook-timestamp').toLowerCase()];
  if (!id) return { ok: false, code: 'hook.signature-missing' };
  if (!ts || !/^\d{1,10}$/.test(ts)) return { ok: false, code: 'hook.timestamp-missing' };
  if (Math.abs(nowMs / 1000 - Number(ts)) > (sig.toleranceSeconds ?? 300)) return { ok: false, code: 'hook.timestamp-out-of-range' };
  const key = Buffer.from(secret.startsWith('whsec_') ? secret.slice(6) : secret, 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${ts}.${rawBody}`, 'utf8').digest('base64');
  const matches = sent.split(' ').some((part) => part.startsWith('v1,') && safeCompare(part.slice(3), expected));
  return matches ? { ok: true } : { ok: false, code: 'hook.signature-mismatch' };
}

/** The delivery id: the manifest's header, else a digest of the body (an identical redelivery is then a duplicate). */
export function deliveryIdOf(headerName: string | undefined, headers: Record<string, string>, rawBody: string): string {
  const given = headerName ? headers[headerName.toLowerCase()] : undefined;
  if (given && given.length <= 200) return given;
  return `sha256:${createHash('sha256').update(rawBody, 'utf8').digest('hex')}`;
}
