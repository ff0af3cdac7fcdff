import type { PluginContext } from '@oms/runtime';

export interface MedusaConfig {
  /** The Medusa server's base URL, e.g. `https://shop.example.com` (no trailing slash needed). */
  baseUrl: string;
  /** Order statuses pulled as new orders (Medusa: pending, completed, draft, archived, canceled, requires_action). */
  pullStatuses?: string[];
  /** Seconds of `updated_at` re-read on every pull, so orders committed late are not missed. */
  overlapSeconds?: number;
  /** First pull starts at this instant (ISO 8601); default: the shop's whole history. */
  startAt?: string;
  /** Stock location whose levels push-stock sets; default: the item's only location. */
  stockLocationId?: string;
  /** Stock location a fulfilment is created at; default: Medusa picks the shipping option's location. */
  fulfilmentLocationId?: string;
  /** Per-request timeout (default 20 000 ms); a timeout is retryable. */
  requestTimeoutMs?: number;
}

export interface MedusaCredentials {
  /** An admin secret API key (`sk_…`), sent as HTTP Basic user with an empty password. */
  apiKey: string;
}

export type Ctx = PluginContext<MedusaConfig, MedusaCredentials>;
