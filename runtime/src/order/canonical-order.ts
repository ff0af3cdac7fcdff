/**
 * The canonical order every intake path (API, form, plugin, webhook, CSV, EDI) normalises to.
 * Amounts are decimal numbers in the order currency's major unit.
 */
export interface Address {
  name?: string;
  company?: string;
  line1?: string;
  line2?: string;
  city?: string;
  region?: string;
  postcode?: string;
  /** ISO 3166-1 alpha-2 */
  country?: string;
  phone?: string;
  lat?: number;
  lon?: number;
}

export interface OrderLine {
  id: string;
  sku: string;
  qty: number;
  unitPrice?: number;
  name?: string;
  tags?: string[];
  attributes?: Record<string, unknown>;
}

export interface CustomerRef {
  id?: string;
  email?: string;
  name?: string;
  tags?: string[];
  creditLimit?: number;
}

export interface CanonicalOrder {
  id?: string;
  channel?: string;
  externalId?: string;
  currency?: string;
  placedAt?: string;
  customer?: CustomerRef;
  shipTo?: Address;
  billTo?: Address;
  lines: OrderLine[];
  totals?: { subtotal?: number; shipping?: number; tax?: number; discount?: number; total?: number };
  tags?: string[];
  /** Custom fields captured by the order form that have no canonical home. */
  attributes?: Record<string, unknown>;
}
