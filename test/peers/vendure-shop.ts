import { gqlClient, ok } from './vendure-gql.js';

const ORDER_OR_ERROR = `... on Order { id code state } ... on ErrorResult { errorCode message }`;

/** A guest checkout through the Shop API, the mutation sequence a storefront runs (PEERS.md). */
export async function placeGuestOrder(shopApi: string, variants: Record<string, string>, lines: Array<{ sku: string; qty: number }>, opts: { email?: string; countryCode?: string } = {}): Promise<{ id: string; code: string; state: string }> {
  const shop = gqlClient(shopApi);
  for (const l of lines) {
    const r = await shop.request(`mutation($v: ID!, $q: Int!) { addItemToOrder(productVariantId: $v, quantity: $q) { ${ORDER_OR_ERROR} } }`, { v: variants[l.sku], q: l.qty });
    ok(r.addItemToOrder, 'addItemToOrder');
  }
  const c = await shop.request(`mutation($i: CreateCustomerInput!) { setCustomerForOrder(input: $i) { ${ORDER_OR_ERROR} } }`, {
    i: { emailAddress: opts.email ?? 'guest@example.com', firstName: 'Grace', lastName: 'Guest' },
  });
  ok(c.setCustomerForOrder, 'setCustomerForOrder');
  const a = await shop.request(`mutation($i: CreateAddressInput!) { setOrderShippingAddress(input: $i) { ${ORDER_OR_ERROR} } }`, {
    i: { fullName: 'Grace Guest', company: 'Guest Ltd', streetLine1: '1 High Street', streetLine2: 'Flat 2', city: 'London', province: 'Greater London', postalCode: 'EC1A 1BB', countryCode: opts.countryCode ?? 'GB', phoneNumber: '+44 20 7946 0000' },
  });
  ok(a.setOrderShippingAddress, 'setOrderShippingAddress');
  const methods = await shop.request(`{ eligibleShippingMethods { id } }`);
  const s = await shop.request(`mutation($ids: [ID!]!) { setOrderShippingMethod(shippingMethodId: $ids) { ${ORDER_OR_ERROR} } }`, { ids: [methods.eligibleShippingMethods[0].id] });
  ok(s.setOrderShippingMethod, 'setOrderShippingMethod');
  const t = await shop.request(`mutation { transitionOrderToState(state: "ArrangingPayment") { ${ORDER_OR_ERROR} } }`);
  ok(t.transitionOrderToState, 'transitionOrderToState');
  const p = await shop.request(`mutation { addPaymentToOrder(input: { method: "dummy", metadata: {} }) { ${ORDER_OR_ERROR} } }`);
  const order = ok(p.addPaymentToOrder, 'addPaymentToOrder');
  if (order.state !== 'PaymentSettled') throw new Error(`order ${order.code} is ${order.state}, expected PaymentSettled`);
  return order;
}
