import type { MedusaHttp } from './medusa-http.js';

export interface MedusaSeed {
  secretKey: string;
  publishableKey: string;
  regionId: string;
  salesChannelId: string;
  stockLocationId: string;
  shippingOptionId: string;
  /** sku → {variantId, inventoryItemId} */
  variants: Record<string, { variantId: string; inventoryItemId: string }>;
}

export const SEED_PRODUCTS = [
  { sku: 'MED-MUG', title: 'Mug', price: 12.5, stock: 100 },
  { sku: 'MED-TEE', title: 'T-shirt', price: 19.99, stock: 50 },
  { sku: 'MED-CAP', title: 'Cap', price: 9, stock: 30 },
];

/**
 * A blank Medusa has no region, sales channel, stock location, shipping or products: seed them through the
 * Admin API as a merchant would (EUR region for DE with the system payment provider, one warehouse with a
 * manual-fulfilment shipping option, three products with SKUs and stock), plus a secret key for the connector
 * and a publishable key for the Store API.
 */
export async function seedMedusa(a: MedusaHttp): Promise<MedusaSeed> {
  const { stores } = await a.get('/admin/stores');
  await a.post(`/admin/stores/${stores[0].id}`, { supported_currencies: [{ currency_code: 'eur', is_default: true }] });
  const secret = (await a.post('/admin/api-keys', { title: 'OMS Studio', type: 'secret' })).api_key;
  const sc = (await a.post('/admin/sales-channels', { name: 'Web shop' })).sales_channel;
  const region = (await a.post('/admin/regions', { name: 'Germany', currency_code: 'eur', countries: ['de'], payment_providers: ['pp_system_default'] })).region;
  const loc = (await a.post('/admin/stock-locations', { name: 'Berlin warehouse', address: { address_1: 'Lagerstr. 1', city: 'Berlin', country_code: 'de' } })).stock_location;
  await a.post(`/admin/stock-locations/${loc.id}/sales-channels`, { add: [sc.id] });
  await a.post(`/admin/stock-locations/${loc.id}/fulfillment-providers`, { add: ['manual_manual'] });
  const withSet = (await a.post(`/admin/stock-locations/${loc.id}/fulfillment-sets?fields=*fulfillment_sets`, { name: 'Berlin shipping', type: 'shipping' })).stock_location;
  const fset = withSet.fulfillment_sets[0];
  const zoneSet = (await a.post(`/admin/fulfillment-sets/${fset.id}/service-zones`, { name: 'DE', geo_zones: [{ type: 'country', country_code: 'de' }] })).fulfillment_set;
  const zone = zoneSet.service_zones[0];
  const profiles = (await a.get('/admin/shipping-profiles?type=default')).shipping_profiles;
  const profile = profiles[0] ?? (await a.post('/admin/shipping-profiles', { name: 'Default', type: 'default' })).shipping_profile;
  const option = (await a.post('/admin/shipping-options', {
    name: 'Standard', service_zone_id: zone.id, shipping_profile_id: profile.id, provider_id: 'manual_manual', price_type: 'flat',
    type: { label: 'Standard', description: '2–3 days', code: 'standard' },
    prices: [{ currency_code: 'eur', amount: 5 }],
    rules: [{ attribute: 'enabled_in_store', operator: 'eq', value: 'true' }, { attribute: 'is_return', operator: 'eq', value: 'false' }],
  })).shipping_option;
  const pk = (await a.post('/admin/api-keys', { title: 'Storefront', type: 'publishable' })).api_key;
  await a.post(`/admin/api-keys/${pk.id}/sales-channels`, { add: [sc.id] });
  const variants: MedusaSeed['variants'] = {};
  for (const p of SEED_PRODUCTS) {
    const product = (await a.post('/admin/products?fields=*variants', {
      title: p.title, status: 'published', shipping_profile_id: profile.id, sales_channels: [{ id: sc.id }],
      options: [{ title: 'Size', values: ['One size'] }],
      variants: [{ title: 'One size', sku: p.sku, manage_inventory: true, options: { Size: 'One size' }, prices: [{ currency_code: 'eur', amount: p.price }] }],
    })).product;
    const inv = (await a.get(`/admin/inventory-items?sku=${encodeURIComponent(p.sku)}`)).inventory_items[0];
    await a.post(`/admin/inventory-items/${inv.id}/location-levels`, { location_id: loc.id, stocked_quantity: p.stock });
    variants[p.sku] = { variantId: product.variants[0].id, inventoryItemId: inv.id };
  }
  return { secretKey: secret.token, publishableKey: pk.token, regionId: region.id, salesChannelId: sc.id, stockLocationId: loc.id, shippingOptionId: option.id, variants };
}
