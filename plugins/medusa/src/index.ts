import type { PluginDefinition } from '@oms/runtime';
import { admin } from './admin-api.js';
import { failureText } from '@oms-plugin/kit';
import { pullOrders } from './pull-orders.js';
import { pushFulfilment } from './push-fulfilment.js';
import { pushStock } from './push-stock.js';
import type { MedusaConfig, MedusaCredentials } from './types.js';

/**
 * Medusa 2 connector (Admin API over REST, secret API key as HTTP Basic). `definePlugin`-shaped object: the
 * SDK is imported for types only, so the child process needs nothing outside this folder.
 */
const plugin: PluginDefinition<MedusaConfig, MedusaCredentials> = {
  id: 'medusa',
  capabilities: {
    'pull-orders': pullOrders,
    'push-fulfilment': pushFulfilment,
    'push-stock': pushStock,
  },
  async testConnection(ctx) {
    try {
      const r = await admin<{ stores: Array<{ name: string }> }>(ctx, 'GET', '/admin/stores', { query: { limit: 1, fields: 'id,name' } });
      return { ok: true, message: `store ${r.stores[0]?.name ?? '(none)'}` };
    } catch (e) {
      return { ok: false, message: failureText(e) };
    }
  },
};

export default plugin;
