import { MedusaHttp } from './medusa-http.js';
import type { MedusaSeed } from './medusa-seed.js';

export const GUEST_ADDRESS = {
  first_name: 'Grace', last_name: 'Guest', company: 'Guest GmbH', address_1: 'Hauptstr. 5', address_2: '2. OG',
  city: 'Berlin', province: 'Berlin', postal_code: '10115', country_code: 'de', phone: '+49 30 1234567',
};

/** A guest checkout through the Store API: cart → items → address → shipping → payment session → complete. */
export async function placeMedusaOrder(baseUrl: string, seed: MedusaSeed, lines: Array<{ sku: string; qty: number }>, email = 'grace@example.com') {
  const s = new MedusaHttp(baseUrl, { 'x-publishable-api-key': seed.publishableKey });
  const cart = (await s.post('/store/carts', { region_id: seed.regionId, sales_channel_id: seed.salesChannelId, email, shipping_address: GUEST_ADDRESS, billing_address: GUEST_ADDRESS })).cart;
  for (const l of lines) await s.post(`/store/carts/${cart.id}/line-items`, { variant_id: seed.variants[l.sku].variantId, quantity: l.qty });
  await s.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: seed.shippingOptionId });
  const pc = (await s.post('/store/payment-collections', { cart_id: cart.id })).payment_collection;
  await s.post(`/store/payment-collections/${pc.id}/payment-sessions`, { provider_id: 'pp_system_default' });
  const done = await s.post(`/store/carts/${cart.id}/complete`);
  if (done.type !== 'order') throw new Error(`cart did not complete: ${JSON.stringify(done).slice(0, 1000)}`);
  return done.order as { id: string; display_id: number; updated_at: string };
}
