/** A complete, valid connector manifest; invalid cases are small edits of it. */
export const validManifest = {
  kind: 'plugin-manifest',
  id: 'acme-erp',
  version: '1.4.0-beta.2+build.7',
  apiVersion: '1',
  title: { en: 'Acme ERP', 'zh-CN': 'Acme ERP 连接器' },
  kinds: ['erp', 'channel'],
  main: 'dist/index.js',
  capabilities: {
    'erp.create-order': {
      title: { en: 'Create sales order' },
      input: { type: 'object', required: ['order'], properties: { order: { type: 'object' } } },
      output: { type: 'object', properties: { externalId: { type: 'string' } } },
      idempotent: true,
      timeoutMs: 15000,
    },
    'channel.pull-orders': {
      input: { type: 'object', properties: { cursor: { type: ['string', 'null'] } } },
      output: { type: 'object', required: ['items', 'cursor'] },
    },
  },
  configSchema: {
    type: 'object',
    required: ['baseUrl'],
    properties: { baseUrl: { type: 'string', format: 'uri' }, company: { type: 'string' } },
  },
  credentialsSchema: {
    type: 'object',
    required: ['apiKey'],
    properties: {
      username: { type: 'string' },
      apiKey: { type: 'string', writeOnly: true },
      webhookSecret: { type: 'string', writeOnly: true },
    },
  },
  webhook: {
    signature: { scheme: 'hmac-sha256', header: 'X-Acme-Signature', encoding: 'hex', prefix: 'sha256=', secret: 'webhookSecret' },
    deliveryIdHeader: 'X-Acme-Delivery',
  },
  rateLimit: { requestsPerSecond: 5, burst: 10, concurrency: 2, retryAfterHeader: 'Retry-After' },
  allowedHosts: ['api.acme.example', '*.acme-cdn.example'],
  polling: { intervalSeconds: 60 },
};

type Manifest = typeof validManifest & Record<string, unknown>;

/** A deep copy of the valid manifest with `edit` applied. */
export function manifestWith(edit: (m: Manifest) => void): Manifest {
  const m = structuredClone(validManifest) as Manifest;
  edit(m);
  return m;
}
