import { gqlClient, ok, type GqlClient } from './vendure-gql.js';

export interface VendureSeed {
  apiKey: string;
  countryCode: string;
  shippingMethodId: string;
  /** sku → product variant id */
  variants: Record<string, string>;
}

export const SEED_PRODUCTS = [
  { sku: 'VND-MUG', name: 'Mug', price: 1250, stockOnHand: 100 },
  { sku: 'VND-TEE', name: 'T-shirt', price: 1999, stockOnHand: 100 },
  { sku: 'VND-CAP', name: 'Cap', price: 899, stockOnHand: 50 },
];

const en = 'en';

export async function adminLogin(adminApi: string): Promise<GqlClient> {
  const admin = gqlClient(adminApi);
  const r = await admin.request(`mutation { login(username: "superadmin", password: "superadmin") { ... on CurrentUser { id } ... on ErrorResult { errorCode message } } }`);
  ok(r.login, 'login');
  return admin;
}

/** A blank Vendure has no country, zone, tax, shipping or payment method: everything an order needs. */
export async function seedVendure(adminApi: string): Promise<VendureSeed> {
  const a = await adminLogin(adminApi);
  const countryCode = 'GB';
  const country = await a.request(`mutation($i: CreateCountryInput!) { createCountry(input: $i) { id } }`, {
    i: { code: countryCode, enabled: true, translations: [{ languageCode: en, name: 'United Kingdom' }] },
  });
  const zone = await a.request(`mutation($i: CreateZoneInput!) { createZone(input: $i) { id } }`, { i: { name: 'UK', memberIds: [country.createCountry.id] } });
  const zoneId = zone.createZone.id;
  const ch = await a.request(`{ activeChannel { id } }`);
  const upd = await a.request(`mutation($i: UpdateChannelInput!) { updateChannel(input: $i) { ... on Channel { id } ... on ErrorResult { errorCode message } } }`, {
    i: { id: ch.activeChannel.id, defaultTaxZoneId: zoneId, defaultShippingZoneId: zoneId },
  });
  ok(upd.updateChannel, 'updateChannel');
  const cat = await a.request(`mutation { createTaxCategory(input: { name: "Standard", isDefault: true }) { id } }`);
  await a.request(`mutation($i: CreateTaxRateInput!) { createTaxRate(input: $i) { id } }`, {
    i: { name: 'UK standard', enabled: true, value: 20, categoryId: cat.createTaxCategory.id, zoneId },
  });
  const ship = await a.request(`mutation($i: CreateShippingMethodInput!) { createShippingMethod(input: $i) { id } }`, {
    i: {
      code: 'standard',
      fulfillmentHandler: 'manual-fulfillment',
      checker: { code: 'default-shipping-eligibility-checker', arguments: [{ name: 'orderMinimum', value: '0' }] },
      calculator: { code: 'default-shipping-calculator', arguments: [{ name: 'rate', value: '500' }, { name: 'includesTax', value: 'auto' }, { name: 'taxRate', value: '0' }] },
      translations: [{ languageCode: en, name: 'Standard', description: '' }],
    },
  });
  await a.request(`mutation($i: CreatePaymentMethodInput!) { createPaymentMethod(input: $i) { id } }`, {
    i: {
      code: 'dummy', enabled: true,
      handler: { code: 'dummy-payment-handler', arguments: [{ name: 'automaticSettle', value: 'true' }] },
      translations: [{ languageCode: en, name: 'Dummy', description: '' }],
    },
  });
  const variants: Record<string, string> = {};
  for (const p of SEED_PRODUCTS) {
    const slug = p.sku.toLowerCase();
    const prod = await a.request(`mutation($i: CreateProductInput!) { createProduct(input: $i) { id } }`, {
      i: { translations: [{ languageCode: en, name: p.name, slug, description: p.name }] },
    });
    const v = await a.request(`mutation($i: [CreateProductVariantInput!]!) { createProductVariants(input: $i) { id sku } }`, {
      i: [{ productId: prod.createProduct.id, sku: p.sku, price: p.price, stockOnHand: p.stockOnHand, trackInventory: 'TRUE', translations: [{ languageCode: en, name: p.name }] }],
    });
    variants[p.sku] = v.createProductVariants[0].id;
  }
  const roles = await a.request(`{ roles { items { id code } } }`);
  const superRole = roles.roles.items.find((r: { code: string }) => r.code === '__super_admin_role__');
  const key = await a.request(`mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { apiKey } }`, {
    i: { roleIds: [superRole.id], translations: [{ languageCode: en, name: 'oms-studio connector' }] },
  });
  return { apiKey: key.createApiKey.apiKey, countryCode, shippingMethodId: ship.createShippingMethod.id, variants };
}
