/** The order selection of pulls and look-ups (GraphQL Admin API, 2026-01). */
const MONEY = 'shopMoney { amount currencyCode }';
const ADDRESS = 'name company address1 address2 city provinceCode zip countryCodeV2 phone latitude longitude';

export const ORDER_FIELDS = `id legacyResourceId name email createdAt processedAt updatedAt cancelledAt test tags currencyCode
  customer { id email displayName }
  shippingAddress { ${ADDRESS} }
  billingAddress { ${ADDRESS} }
  subtotalPriceSet { ${MONEY} } totalShippingPriceSet { ${MONEY} } totalTaxSet { ${MONEY} }
  totalDiscountsSet { ${MONEY} } totalPriceSet { ${MONEY} }
  lineItems(first: 250) { nodes { id sku name quantity currentQuantity originalUnitPriceSet { ${MONEY} } } }`;

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
  lineItems: {
    nodes: Array<{ id: string; sku?: string | null; name?: string | null; quantity: number; currentQuantity?: number | null; originalUnitPriceSet?: MoneyBag | null }>;
  };
}
