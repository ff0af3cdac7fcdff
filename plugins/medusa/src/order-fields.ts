/** What the connector reads of a Medusa 2 order (Admin API `fields`): amounts are major units (10.5 = 10.50). */
export interface MedusaAddress {
  first_name?: string | null;
  last_name?: string | null;
  company?: string | null;
  address_1?: string | null;
  address_2?: string | null;
  city?: string | null;
  province?: string | null;
  postal_code?: string | null;
  country_code?: string | null;
  phone?: string | null;
}

export interface MedusaLineItem {
  id: string;
  title?: string | null;
  product_title?: string | null;
  variant_title?: string | null;
  variant_sku?: string | null;
  quantity: number;
  unit_price: number;
}

export interface MedusaOrder {
  id: string;
  display_id: number;
  status: string;
  email?: string | null;
  currency_code: string;
  created_at: string;
  updated_at: string;
  customer_id?: string | null;
  customer?: { id: string; email?: string | null; first_name?: string | null; last_name?: string | null } | null;
  items: MedusaLineItem[];
  shipping_address?: MedusaAddress | null;
  billing_address?: MedusaAddress | null;
  subtotal?: number;
  item_total?: number;
  shipping_total?: number;
  tax_total?: number;
  discount_total?: number;
  total?: number;
}

/** `fields` of the order list: the scalars, the totals Medusa computes, and the relations the mapping needs. */
export const ORDER_FIELDS = [
  'id', 'display_id', 'status', 'email', 'currency_code', 'created_at', 'updated_at', 'customer_id',
  'item_total', 'subtotal', 'shipping_total', 'tax_total', 'discount_total', 'total',
  '*items', '*shipping_address', '*billing_address', '*customer',
].join(',');
