import type { PluginContext } from '@oms/runtime';

export interface VendureConfig {
  /** The shop's base URL, e.g. `https://shop.example.com` (no trailing slash needed). */
  baseUrl: string;
  adminApiPath?: string;
  /** Vendure channel token, for a shop with several channels (header `vendure-token`). */
  channel?: string;
  /** Order states pulled as new orders. */
  pullStates?: string[];
  /** Placed-time window re-read on every pull, so orders committed late are not missed. */
  overlapSeconds?: number;
  /** First pull starts at this instant (ISO 8601); default: the shop's whole history. */
  startAt?: string;
  /** Vendure keeps money in minor units; 2 for EUR/GBP/USD, 0 for JPY. */
  currencyDecimals?: number;
}

export interface VendureCredentials {
  apiKey: string;
  webhookSecret?: string;
}

export type Ctx = PluginContext<VendureConfig, VendureCredentials>;
