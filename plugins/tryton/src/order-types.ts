/** The part of the canonical order (runtime canonicalOrderSchema) the sales order push reads. */
export interface Address {
  name?: string;
  company?: string;
  line1?: string;
  line2?: string;
  city?: string;
  region?: string;
  postcode?: string;
  country?: string;
}

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
