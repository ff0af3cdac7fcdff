import { describe, expect, it } from 'vitest';
import type { WebhookSignature } from '@oms/runtime';
import { verifySignature } from '../../../server/src/plugins/inbound/verify-signature.js';

/**
 * Inbound Standard Webhooks. The first case is the published test vector of standard-webhooks/standard-webhooks
 * (libraries/javascript/src/webhook.test.ts); the others are written from the spec (id.timestamp.body, base64 key
 * after `whsec_`, space-separated `v1,` signatures, 5-minute tolerance).
 */
const sig: WebhookSignature = { scheme: 'standard-webhooks', header: 'webhook-signature', secret: 'signingSecret' };
const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const id = 'msg_p5jXN8AQM9LWM0D4loKWxJek';
const ts = '1614265330';
const body = '{"test": 2432232314}';
const good = 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=';
const at = Number(ts) * 1000;
const headers = (over: Record<string, string | undefined> = {}) =>
  Object.fromEntries(Object.entries({ 'webhook-id': id, 'webhook-timestamp': ts, 'webhook-signature': good, ...over }).filter(([, v]) => v !== undefined)) as Record<string, string>;

describe('standard-webhooks signature scheme', () => {
  it.each([
    ['the published vector', headers(), body, secret, at, { ok: true }],
    ['a rotation list where the second signature matches', headers({ 'webhook-signature': `v1,Zm9v ${good}` }), body, secret, at, { ok: true }],
    ['the key given without its whsec_ prefix', headers(), body, secret.slice(6), at, { ok: true }],
    ['4 minutes 59 seconds late', headers(), body, secret, at + 299_000, { ok: true }],
    ['a tampered body', headers(), '{"test": 2432232315}', secret, at, { ok: false, code: 'hook.signature-mismatch' }],
    ['a re-serialised body', headers(), '{"test":2432232314}', secret, at, { ok: false, code: 'hook.signature-mismatch' }],
    ['another secret', headers(), body, 'whsec_' + Buffer.from('another secret').toString('base64'), at, { ok: false, code: 'hook.signature-mismatch' }],
    ['another message id', headers({ 'webhook-id': 'msg_other' }), body, secret, at, { ok: false, code: 'hook.signature-mismatch' }],
    ['a signature without its version', headers({ 'webhook-signature': good.slice(3) }), body, secret, at, { ok: false, code: 'hook.signature-mismatch' }],
    ['a v2 signature only', headers({ 'webhook-signature': `v2,${good.slice(3)}` }), body, secret, at, { ok: false, code: 'hook.signature-mismatch' }],
    ['no signature header', headers({ 'webhook-signature': undefined }), body, secret, at, { ok: false, code: 'hook.signature-missing' }],
    ['no message id', headers({ 'webhook-id': undefined }), body, secret, at, { ok: false, code: 'hook.signature-missing' }],
    ['no timestamp', headers({ 'webhook-timestamp': undefined }), body, secret, at, { ok: false, code: 'hook.timestamp-missing' }],
    ['a timestamp in milliseconds', headers({ 'webhook-timestamp': `${ts}000` }), body, secret, at, { ok: false, code: 'hook.timestamp-missing' }],
    ['5 minutes 1 second late', headers(), body, secret, at + 301_000, { ok: false, code: 'hook.timestamp-out-of-range' }],
    ['5 minutes 1 second early', headers(), body, secret, at - 301_000, { ok: false, code: 'hook.timestamp-out-of-range' }],
  ])('%s', (_name, h, raw, key, now, expected) => {
    expect(verifySignature(sig, h, raw, key, now)).toEqual(expected);
  });
});
