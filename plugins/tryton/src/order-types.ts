// Runtime types are imported as types only (erased at run time): the plugin process loads no runtime code.
import type { Address as CanonicalAddress } from '@oms/runtime';

/** The canonical address. */
export type Address = CanonicalAddress;

/** The part of the canonical order (runtime canonicalOrderSchema) the sales order push reads. */
export interface SaleOrder {
  number: string;
  externalId?: string;
  channel?: string;
  currency?: string;
  placedAt?: string;
  customer?: { id?: string; email?: string; name?: string };
  shipTo?: Address;
  billTo?: Address;
  lines: Array<{ id?: string; sku: string; qty: number; unitPrice?: number; name?: string }>;
}
