// Runtime types are imported as types only (erased at run time): the plugin process loads no runtime code.
import type { Address } from '@oms/runtime';

/** What the inbound mapping produces: a canonical order of channel `webhook`. */
export interface CanonicalOrderOut {
  channel: 'webhook';
  externalId: string;
  currency?: string;
  placedAt?: string;
  customer?: { id?: string; email?: string; name?: string };
  shipTo?: Address;
  lines: Array<{ id?: string; sku: string; qty: number; unitPrice?: number; name?: string }>;
  totals?: { total?: number; shipping?: number; tax?: number };
}
