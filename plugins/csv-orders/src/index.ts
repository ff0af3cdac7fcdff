import type { CapabilityCall, PluginContext, PluginDefinition } from '@oms/runtime';
import type { CsvOrdersConfig } from './fields.js';
import { mapRows, type MapInput, type MapOutput } from './map-rows.js';

/**
 * CSV order import. The server streams the file and sends batches of rows; this plugin maps them to canonical
 * orders by the configured header mapping. It makes no network calls and keeps no state: pure mapping.
 */
const plugin: PluginDefinition<CsvOrdersConfig> = {
  id: 'csv-orders',
  capabilities: {
    'map-csv-rows': async (call: CapabilityCall<MapInput>, ctx: PluginContext<CsvOrdersConfig>): Promise<MapOutput> => mapRows(call.input, ctx.config),
  },
  async testConnection(ctx) {
    const d = ctx.config.delimiter ?? ',';
    return { ok: true, message: `no remote system; delimiter "${d === '\t' ? 'tab' : d}", decimal separator "${ctx.config.decimal ?? '.'}"` };
  },
};

export default plugin;
