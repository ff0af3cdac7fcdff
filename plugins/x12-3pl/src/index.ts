import type { PluginContext, PluginDefinition } from '@oms/runtime';
import { withDefaults, type X12Config } from './config.js';
import { pullShippingAdvice } from './pull-shipping-advice.js';
import { filesOf, pushShippingOrder } from './push-shipping-order.js';

/** X12 3PL connector: 940 out, 945 in, 997 back, through the installation's folders (ctx.files). */
const plugin: PluginDefinition<X12Config> = {
  id: 'x12-3pl',
  capabilities: {
    'push-shipping-order': pushShippingOrder,
    'pull-shipping-advice': pullShippingAdvice,
  },
  async testConnection(ctx: PluginContext<X12Config>) {
    const cfg = withDefaults(ctx.config);
    const files = filesOf(ctx);
    const inbound = await files.list(cfg.inboundFolder);
    await files.write(`${cfg.archiveFolder}/.oms-write-test`, "ok\n");
    return { ok: true, message: `folders reachable; ${inbound.length} file(s) waiting in ${cfg.inboundFolder}/` };
  },
};

export default plugin;
