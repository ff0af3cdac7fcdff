import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WebhookSignature } from '@oms/runtime';
import { verifySignature } from '../../../server/src/plugins/inbound/verify-signature.js';

const root = path.resolve(import.meta.dirname, '../../..');
const manifest = JSON.parse(readFileSync(path.join(root, 'plugins/shopify/manifest.json'), 'utf8'));
const vectors: Array<{ name: string; body: string; header: string | null; secret: string; valid: boolean }> =
  JSON.parse(readFileSync(path.join(root, 'test/fixtures/shopify/signature-vectors.json'), 'utf8'));

/** The host's verifier (what POST /api/hooks runs) on Shopify's vectors, with the scheme the manifest declares. */
describe('Shopify signature vectors through the host verifier', () => {
  const sig = manifest.webhook.signature as WebhookSignature;
  it.each(vectors.map((v) => [v.name, v] as const))('%s', (_name, v) => {
    const headers: Record<string, string> = v.header === null ? {} : { [sig.header.toLowerCase()]: v.header };
    expect(verifySignature(sig, headers, v.body, v.secret, 0).ok).toBe(v.valid);
  });
});
