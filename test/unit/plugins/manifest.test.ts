import { describe, expect, it } from 'vitest';
import {
  createDefaultRegistry, createRuleEngine, definePlugin, type PluginManifest,
} from '../../../runtime/src/index.js';
import { manifestWith, validManifest } from './manifests.js';

const registry = createDefaultRegistry(createRuleEngine());
const shape = (def: unknown) => registry.validate(def).map((i) => ({ path: i.path, code: i.code }));

const invalid: Array<[string, unknown, Array<{ path: string; code: string }>]> = [
  ['version is not semver', manifestWith((m) => (m.version = '1.4')), [{ path: '/version', code: 'schema.pattern' }]],
  ['unknown kind', manifestWith((m) => (m.kinds = ['erp', 'crm'])), [{ path: '/kinds/1', code: 'schema.enum' }]],
  ['capability key not kebab', manifestWith((m) => ((m.capabilities as any)['erp.createOrder'] = { input: {}, output: {} })), [{ path: '/capabilities/erp.createOrder', code: 'schema.unknown-property' }]],
  ['capability without output schema', manifestWith((m) => delete (m.capabilities['erp.create-order'] as any).output), [{ path: '/capabilities/erp.create-order/output', code: 'schema.required' }]],
  ['missing credentialsSchema', manifestWith((m) => delete (m as any).credentialsSchema), [{ path: '/credentialsSchema', code: 'schema.required' }]],
  ['unknown signature scheme', manifestWith((m) => ((m.webhook.signature as any).scheme = 'md5')), [{ path: '/webhook/signature/scheme', code: 'schema.enum' }]],
  ['rate limit of zero', manifestWith((m) => (m.rateLimit.requestsPerSecond = 0)), [{ path: '/rateLimit/requestsPerSecond', code: 'schema.too-small' }]],
  ['unsupported API version', manifestWith((m) => (m.apiVersion = '9')), [{ path: '/apiVersion', code: 'plugin.unsupported-api-version' }]],
  ['capability of an undeclared kind', manifestWith((m) => (m.kinds = ['erp'])), [{ path: '/capabilities/channel.pull-orders', code: 'plugin.capability-kind-not-declared' }]],
  ['secret credential not writeOnly', manifestWith((m) => delete (m.credentialsSchema.properties.apiKey as any).writeOnly), [{ path: '/credentialsSchema/properties/apiKey', code: 'plugin.secret-not-write-only' }]],
  ['secret in config', manifestWith((m) => ((m.configSchema.properties as any).clientToken = { type: 'string' })), [{ path: '/configSchema/properties/clientToken', code: 'plugin.secret-in-config' }]],
  ['webhook secret names no credential', manifestWith((m) => (m.webhook.signature.secret = 'hookKey')), [{ path: '/webhook/signature/secret', code: 'plugin.unknown-credential' }]],
  ['timestamped signature without header', manifestWith((m) => ((m.webhook.signature as any).signedPayload = 'timestamp.body')), [{ path: '/webhook/signature', code: 'plugin.missing-timestamp-header' }]],
  ['input that is not a JSON Schema', manifestWith((m) => (m.capabilities['erp.create-order'].input = { type: 'object', required: 'order' } as any)), [{ path: '/capabilities/erp.create-order/input', code: 'plugin.invalid-json-schema' }]],
];

describe('plugin manifest kind', () => {
  it('accepts a complete manifest and lists its capabilities', () => {
    expect(shape(validManifest)).toEqual([]);
    expect(registry.referencesOf(validManifest).map((r) => r.key)).toEqual(['erp.create-order', 'channel.pull-orders']);
  });

  it('accepts a minimal manifest', () => {
    const minimal = {
      kind: 'plugin-manifest', id: 'mail', version: '0.1.0', apiVersion: '1', title: { en: 'Mail' }, kinds: ['notify'],
      capabilities: { 'notify.send': { input: { type: 'object' }, output: { type: 'object' } } },
      configSchema: { type: 'object' }, credentialsSchema: { type: 'object' },
    };
    expect(shape(minimal)).toEqual([]);
  });

  it.each(invalid)('rejects: %s', (_name, manifest, expected) => {
    expect(shape(manifest)).toEqual(expected);
  });

  it('explains in zh-CN', () => {
    const issues = registry.validate(manifestWith((m) => (m.apiVersion = '9')), { locale: 'zh-CN' });
    expect(issues[0].message).toBe('不支持插件 API 版本 9（支持：1）');
  });
});

describe('definePlugin', () => {
  it('is a typed identity: handlers get typed config and credentials', async () => {
    const plugin = definePlugin<{ baseUrl: string }, { apiKey: string }>({
      id: 'acme-erp',
      capabilities: {
        'erp.create-order': async (call, ctx) => ({ status: 'applied', externalId: `${ctx.config.baseUrl}#${call.idempotencyKey}` }),
      },
    });
    const manifest = validManifest as unknown as PluginManifest;
    expect(Object.keys(plugin.capabilities).every((k) => k in manifest.capabilities)).toBe(true);
    expect(plugin.id).toBe(manifest.id);
  });
});
