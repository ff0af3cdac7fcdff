import type { PluginContext } from '@oms/runtime';

/** Mirrors manifest.json `configSchema` (the host has validated it). */
export interface ShopConfig {
  /** e.g. `https://shop.example.com`; its host must be on the installation's allow-list. */
  baseUrl: string;
  pageSize?: number;
}

/** Mirrors `credentialsSchema`; decrypted by the host, never logged. */
export interface ShopCredentials {
  apiToken: string;
  webhookSecret?: string;
}

export type Ctx = PluginContext<ShopConfig, ShopCredentials>;

/** The remote shop's order, as its REST API sends it (`GET /api/orders`). */
export interface ShopOrder {
  id: string;
  number: string;
  currency: string;
  created_at: string;
  updated_at: string;
  customer?: { id?: string; email?: string; name?: string };
  shipping_address?: { name?: string; line1?: string; line2?: string; city?: string; postcode?: string; country?: string };
  line_items: Array<{ id: string; sku: string; name?: string; quantity: number; price: string }>;
  shipping_total?: string;
  tax_total?: string;
  total: string;
}
