/** The order fields the mapping reads (Admin API). */
export const ORDER_FIELDS = `
  id code state active currencyCode orderPlacedAt updatedAt
  subTotalWithTax shippingWithTax totalWithTax
  taxSummary { taxTotal }
  discounts { amountWithTax }
  customer { id emailAddress firstName lastName }
  shippingAddress { fullName company streetLine1 streetLine2 city province postalCode countryCode phoneNumber }
  billingAddress { fullName company streetLine1 streetLine2 city province postalCode countryCode phoneNumber }
  lines { id quantity unitPriceWithTax productVariant { sku name } }
`;

export interface VendureAddress {
  fullName?: string | null;
  company?: string | null;
  streetLine1?: string | null;
  streetLine2?: string | null;
  city?: string | null;
  province?: string | null;
  postalCode?: string | null;
  countryCode?: string | null;
  phoneNumber?: string | null;
}

export interface VendureOrder {
  id: string;
  code: string;
  state: string;
  active: boolean;
  currencyCode: string;
  orderPlacedAt: string | null;
  updatedAt: string;
  subTotalWithTax: number;
  shippingWithTax: number;
  totalWithTax: number;
  taxSummary: Array<{ taxTotal: number }>;
  discounts: Array<{ amountWithTax: number }>;
  customer: { id: string; emailAddress: string; firstName: string; lastName: string } | null;
  shippingAddress: VendureAddress | null;
  billingAddress: VendureAddress | null;
  lines: Array<{ id: string; quantity: number; unitPriceWithTax: number; productVariant: { sku: string; name: string } }>;
}
