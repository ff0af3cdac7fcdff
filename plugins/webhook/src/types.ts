import type { PluginContext } from '@oms/runtime';

/** One outbound subscriber: where to POST and which event types it wants (`*` = all, `order.*` = a prefix). */
export interface Subscription {
  name: string;
  url: string;
  events: string[];
  enabled?: boolean;
}

/** A path map: every leaf is a JSON Pointer (RFC 6901) into the posted body (lines: into each item). */
export interface OrderMapping {
  /** Pointer to an array of orders in one delivery; absent = the body is one order. */
  from?: string;
  externalId?: string;
  currency?: string;
  placedAt?: string;
  customer?: { id?: string; email?: string; name?: string };
  shipTo?: Record<string, string>;
  totals?: { total?: string; shipping?: string; tax?: string };
  lines?: { from?: string; id?: string; sku?: string; qty?: string; unitPrice?: string; name?: string };
  /** Field (`externalId`, `customer.email`, `lines.qty`) → a JSON Logic rule as JSON text; wins over the pointer. */
  logic?: Record<string, string>;
}

export interface WebhookConfig {
  subscriptions?: Subscription[];
  timeoutMs?: number;
  mapping?: OrderMapping;
}

export interface WebhookCredentials {
  /** `whsec_…` used for every subscription without its own. */
  signingSecret?: string;
  /** Subscription name → its own `whsec_…`. */
  signingSecrets?: Record<string, string>;
  /** Secret of the inbound HMAC-SHA256 signature (the host verifies it). */
  inboundSecret?: string;
}

export type Ctx = PluginContext<WebhookConfig, WebhookCredentials>;

export interface EventInput {
  id: string;
  type: string;
  payload: unknown;
}
