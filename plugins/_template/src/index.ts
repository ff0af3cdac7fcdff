import type { PluginDefinition } from '@oms/runtime';
import { failureText } from '@oms-plugin/kit';
import { pullOrders } from './pull-orders.js';
import { pushStock } from './push-stock.js';
import { shopRequest } from './shop-api.js';
import type { ShopConfig, ShopCredentials } from './types.js';
import { parseWebhook } from './webhook.js';

/**
 * The connector: a `definePlugin`-shaped default export. The SDK is imported with `import type` only, so the
 * child process the host runs it in needs nothing outside this folder. Keys are the manifest's capability keys.
 */
const plugin: PluginDefinition<ShopConfig, ShopCredentials> = {
  id: 'template',
  capabilities: {
    'pull-orders': pullOrders,
    'push-stock': pushStock,
  },
  webhook: { parse: parseWebhook },
  async testConnection(ctx) {
    try {
      const shop = await shopRequest<{ name: string }>(ctx, { method: 'GET', path: '/api/shop' });
      return { ok: true, message: `connected to ${shop.name}` };
    } catch (e) {
      return { ok: false, message: failureText(e) };
    }
  },
};

export default plugin;
