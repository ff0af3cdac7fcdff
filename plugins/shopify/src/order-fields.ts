/**
 * The order selection of pulls and look-ups (GraphQL Admin API, 2026-01). Shopify refuses a query whose requested
 * cost exceeds 1000 points, and a connection costs `first` × its node: ~90 points per order with 25 lines, so a page
 * holds ORDERS_PER_PAGE orders and longer orders fetch their remaining lines separately (ORDER_LINES).
 */
export const LINES_PER_ORDER = 25;
export const ORDERS_PER_PAGE = 10;
const LINE = 'id sku name quantity currentQuantity originalUnitPriceSet { shopMoney { amount currencyCode } }';
const MONEY = 'shopMoney { amount currencyCode }';
const ADDRESS = 'name company address1 address2 city provinceCode zip countryCodeV2 phone latitude longitude';

export const ORDER_FIELDS = `id legacyResourceId name email createdAt processedAt updatedAt cancelledAt test tags currencyCode
  customer { id email displayName }
  shippingAddress { ${ADDRESS} }
  billingAddress { ${ADDRESS} }
  subtotalPriceSet { ${MONEY} } totalShippingPriceSet { ${MONEY} } totalTaxSet { ${MONEY} }
  totalDiscountsSet { ${MONEY} } totalPriceSet { ${MONEY} }
  lineItems(first: ${LINES_PER_ORDER}) { nodes { ${LINE} } pageInfo { hasNextPage endCursor } }`;

export const ORDER_LINES = `query OrderLines($id: ID!, $after: String) {
  order(id: $id) { lineItems(first: 100, after: $after) { nodes { ${LINE} } pageInfo { hasNextPage endCursor } } }
}`;

export interface MoneyBag {
  shopMoney: { amount: string; currencyCode: string };
}

export interface GqlAddress {
  name?: string | null;
  company?: string | null;
  address1?: string | null;
  address2?: string | null;
  city?: string | null;
  provinceCode?: string | null;
  zip?: string | null;
  countryCodeV2?: string | null;
  phone?: string | null;
  latitude?: number | null;
  longitude?: number | null;
}

export interface GqlOrder {
  id: string;
  legacyResourceId: string;
  name: string;
  email?: string | null;
  createdAt: string;
  processedAt?: string | null;
  updatedAt: string;
  cancelledAt?: string | null;
  test?: boolean;
  tags?: string[];
  currencyCode: string;
  customer?: { id: string; email?: string | null; displayName?: string | null } | null;
  shippingAddress?: GqlAddress | null;
  billingAddress?: GqlAddress | null;
  subtotalPriceSet?: MoneyBag | null;
  totalShippingPriceSet?: MoneyBag | null;
  totalTaxSet?: MoneyBag | null;
  totalDiscountsSet?: MoneyBag | null;
  totalPriceSet?: MoneyBag | null;
  lineItems: LineConnection;
}

export interface GqlLine {
  id: string;
  sku?: string | null;
  name?: string | null;
  quantity: number;
  currentQuantity?: number | null;
  originalUnitPriceSet?: MoneyBag | null;
}

export interface LineConnection {
  nodes: GqlLine[];
  pageInfo?: { hasNextPage: boolean; endCursor?: string | null };
}
