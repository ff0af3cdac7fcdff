import type { PluginContext, PluginDefinition } from '@oms/runtime';
import type { TrytonConfig, TrytonCredentials } from './config.js';
import { pullShipments } from './pull-shipments.js';
import { pullStock } from './pull-stock.js';
import { pushSalesOrder } from './push-sales-order.js';
import { TrytonClient } from './rpc/client.js';

/** Tryton ERP connector over JSON-RPC: sales orders out, done customer shipments and stock levels in. */
const plugin: PluginDefinition<TrytonConfig, TrytonCredentials> = {
  id: 'tryton',
  capabilities: {
    'push-sales-order': pushSalesOrder,
    'pull-shipments': pullShipments,
    'pull-stock': pullStock,
  },
  async testConnection(ctx: PluginContext<TrytonConfig, TrytonCredentials>) {
    const prefs = await new TrytonClient(ctx).check();
    if (!prefs.company) return { ok: false, message: 'logged in, but the user has no current company (sales need one)' };
    return { ok: true, message: `logged in to ${ctx.config.database} as ${ctx.credentials.username}` };
  },
};

export default plugin;
