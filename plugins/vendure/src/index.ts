import type { PluginDefinition } from '@oms/runtime';
import { adminRequest } from './admin-api.js';
import { failureText } from '@oms-plugin/kit';
import { pullOrders } from './pull-orders.js';
import { pushFulfilment } from './push-fulfilment.js';
import { pushStock } from './push-stock.js';
import type { VendureConfig, VendureCredentials } from './types.js';
import { parseWebhook } from './webhook.js';

/**
 * Vendure 3 connector (Admin API over GraphQL, `vendure-api-key` auth). `definePlugin`-shaped object: the SDK
 * is imported for types only, so the child process needs nothing outside this folder.
 */
const plugin: PluginDefinition<VendureConfig, VendureCredentials> = {
  id: 'vendure',
  capabilities: {
    'pull-orders': pullOrders,
    'push-fulfilment': pushFulfilment,
    'push-stock': pushStock,
  },
  webhook: { parse: parseWebhook },
  async testConnection(ctx) {
    try {
      const r = await adminRequest<{ activeChannel: { code: string; defaultCurrencyCode: string } }>(ctx, '{ activeChannel { code defaultCurrencyCode } }');
      return { ok: true, message: `channel ${r.activeChannel.code} (${r.activeChannel.defaultCurrencyCode})` };
    } catch (e) {
      return { ok: false, message: failureText(e) };
    }
  },
};

export default plugin;
