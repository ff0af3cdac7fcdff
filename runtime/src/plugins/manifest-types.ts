import type { I18nText } from '../form/types.js';

export type PluginKind = 'channel' | 'erp' | 'wms' | 'notify';

/** A JSON Schema document (draft-07). */
export type JsonSchema = Record<string, unknown>;

export interface CapabilitySpec {
  title?: I18nText;
  description?: I18nText;
  input: JsonSchema;
  output: JsonSchema;
  /** Pushes honour the idempotency key the host passes (most do; the host dedupes the rest). */
  idempotent?: boolean;
  /** Per-call deadline the host enforces. */
  timeoutMs?: number;
}

export interface WebhookSignature {
  /**
   * `standard-webhooks` follows standardwebhooks.com: `webhook-signature: v1,<base64>` (space-separated list, any
   * may match) over `<webhook-id>.<webhook-timestamp>.<body>`, keyed by the base64 after `whsec_`; the timestamp
   * must lie within `toleranceSeconds` (300). `header` names the signature header (`webhook-signature`).
   */
  scheme: 'hmac-sha256' | 'hmac-sha512' | 'hmac-sha1' | 'shared-secret' | 'standard-webhooks';
  /** Header carrying the signature, e.g. `X-Shopify-Hmac-Sha256`. */
  header: string;
  encoding?: 'hex' | 'base64';
  /** Text before the digest in the header, e.g. `sha256=`. */
  prefix?: string;
  /** Name of the credentials property holding the secret. */
  secret: string;
  /** What is signed: the raw body, or `<timestamp>.<body>` (Stripe-style, with replay tolerance). */
  signedPayload?: 'body' | 'timestamp.body';
  timestampHeader?: string;
  toleranceSeconds?: number;
}

export interface WebhookSpec {
  signature: WebhookSignature;
  /** Header with the delivery id used for dedupe. */
  deliveryIdHeader?: string;
  eventHeader?: string;
}

export interface RateLimitPolicy {
  requestsPerSecond: number;
  burst?: number;
  concurrency?: number;
  /** Header the remote uses to say how long to back off. */
  retryAfterHeader?: string;
}

export interface PluginManifest {
  kind: 'plugin-manifest';
  /** Stable kebab-case id, e.g. `shopify`, `sap-b1`. */
  id: string;
  /** Semantic version of the plugin package. */
  version: string;
  /** Plugin API (SDK) major version the plugin is written against. */
  apiVersion: string;
  title: I18nText;
  description?: I18nText;
  kinds: PluginKind[];
  /** Module exporting `definePlugin(...)`, relative to the package (default `index.js`). */
  main?: string;
  capabilities: Record<string, CapabilitySpec>;
  configSchema: JsonSchema;
  credentialsSchema: JsonSchema;
  webhook?: WebhookSpec;
  rateLimit?: RateLimitPolicy;
  /** Hosts the host-owned HTTP client lets this plugin call; `*.example.com` allows subdomains. */
  allowedHosts?: string[];
  polling?: { intervalSeconds: number };
  /** The plugin reads and writes files in its installation's folder (`ctx.files`). */
  files?: boolean;
}
