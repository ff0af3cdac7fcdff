import type { PluginDefinition } from '@oms/runtime';
import { compileMapping } from './compile-mapping.js';
import { publishEvent } from './publish-event.js';
import type { WebhookConfig, WebhookCredentials } from './types.js';
import { parseWebhook } from './webhook.js';

/**
 * Generic webhook connector: order events out (signed per Standard Webhooks) and generic JSON orders in (mapped
 * by a configured path map / JSON Logic). The SDK is imported for types only; standardwebhooks and json-logic-js
 * are this package's own dependencies.
 */
const plugin: PluginDefinition<WebhookConfig, WebhookCredentials> = {
  id: 'webhook',
  capabilities: { 'publish-event': publishEvent },
  webhook: { parse: parseWebhook },
  async testConnection(ctx) {
    const problems: string[] = [];
    for (const s of ctx.config.subscriptions ?? []) {
      const secret = ctx.credentials.signingSecrets?.[s.name] ?? ctx.credentials.signingSecret;
      if (typeof secret !== 'string' || !secret.startsWith('whsec_')) problems.push(`subscription ${s.name}: no whsec_ signing secret`);
    }
    if (ctx.config.mapping) {
      const m = compileMapping(ctx.config.mapping);
      if (!m.ok) problems.push(...m.errors.map((e) => `${e.path}: ${e.message}`));
    }
    return problems.length ? { ok: false, message: problems.join('; ') } : { ok: true, message: `${ctx.config.subscriptions?.length ?? 0} subscription(s); mapping ${ctx.config.mapping ? 'valid' : 'not set'}` };
  },
};

export default plugin;
