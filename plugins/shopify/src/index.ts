import type { PluginDefinition } from '@oms/runtime';
import { adminRequest } from './admin-api.js';
import { failureText } from '@oms-plugin/kit';
import { pullOrders } from './pull-orders.js';
import { pushFulfilment } from './push-fulfilment.js';
import { pushStock } from './push-stock.js';
import type { ShopifyConfig, ShopifyCredentials } from './types.js';
import { parseWebhook } from './webhook.js';

/**
 * Shopify connector (GraphQL Admin API, X-Shopify-Access-Token). `definePlugin`-shaped object: the SDK is
 * imported for types only, so the child process needs nothing outside this folder.
 */
const plugin: PluginDefinition<ShopifyConfig, ShopifyCredentials> = {
  id: 'shopify',
  capabilities: {
    'pull-orders': pullOrders,
    'push-fulfilment': pushFulfilment,
    'push-stock': pushStock,
  },
  webhook: { parse: parseWebhook },
  async testConnection(ctx) {
    try {
      const r = await adminRequest<{ shop: { name: string; currencyCode: string } }>(ctx, '{ shop { name currencyCode } }');
      return { ok: true, message: `${r.shop.name} (${r.shop.currencyCode})` };
    } catch (e) {
      return { ok: false, message: failureText(e) };
    }
  },
};

export default plugin;
