import type { PluginContext } from '@oms/runtime';

export interface ShopifyConfig {
  /** The shop's base URL, `https://my-shop.myshopify.com` (its host must be on the allowed hosts). */
  shopUrl: string;
  /** Admin API version, e.g. `2026-01` (the idempotency directive on inventory mutations needs 2026-01+). */
  apiVersion?: string;
  /** Inventory location (`gid://shopify/Location/…`) whose `available` quantity push-stock sets. */
  locationId?: string;
  /** `id` (numeric legacy id, default) or `name` (`#1001`) becomes the order's externalId. */
  externalIdFrom?: 'id' | 'name';
  /** Extra Shopify search terms ANDed to the pull query, e.g. `financial_status:paid`. */
  pullFilter?: string;
  /** Updated-time window re-read on every pull, so orders committed late are not missed. */
  overlapSeconds?: number;
  /** First pull starts at this instant (ISO 8601); default: the whole history. */
  startAt?: string;
  /** Tell the customer by e-mail when a fulfilment is created. */
  notifyCustomer?: boolean;
}

export interface ShopifyCredentials {
  /** Admin API access token (`shpat_…`), sent as X-Shopify-Access-Token. */
  accessToken: string;
  /** The app's client secret: Shopify signs webhooks with it. */
  webhookSecret?: string;
}

export type Ctx = PluginContext<ShopifyConfig, ShopifyCredentials>;

export const DEFAULT_API_VERSION = '2026-01';
