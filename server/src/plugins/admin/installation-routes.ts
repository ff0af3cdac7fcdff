import { errorSchema } from '../../http/errors.js';
import { defineRoute, type RouteContext, type RouteSpec } from '../../http/route-spec.js';
import { credentialFields, createInstallation, deleteInstallation, loadInstallation, setCredentials, updateInstallation, type Who } from './installations.js';
import { installationJson, installationSchema } from './installation-json.js';
import { EXAMPLE_ID, platformOf } from './platform-of.js';
import { listOf } from '../../http/list-schema.js';

const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'string', format: 'uuid' } }, additionalProperties: false } as const;
const hosts = { type: 'array', maxItems: 50, items: { type: 'string', minLength: 1, maxLength: 255 } } as const;
const who = (rc: RouteContext): Who => ({ auth: rc.auth, requestId: rc.requestId, ip: rc.ip });

const list = defineRoute({
  method: 'get', path: '/api/installations', operationId: 'listInstallations', tags: ['plugins'],
  summary: 'This tenant’s plugin installations',
  responses: { 200: { description: 'Installations', schema: listOf(installationSchema) } },
  async handler(rc) {
    const platform = platformOf(rc.deps);
    const rows = await rc.deps.db('plugin_installations').where({ tenant_id: rc.auth.tenantId }).orderBy('plugin_id');
    const items = [];
    for (const r of rows) items.push(installationJson(r, { credentialFields: await credentialFields(platform, r) }));
    return { body: { items } };
  },
});

const create = defineRoute({
  method: 'post', path: '/api/installations', operationId: 'createInstallation', tags: ['plugins'],
  summary: 'Install a catalog plugin for this tenant (latest version unless `version`); no restart',
  body: {
    type: 'object', required: ['pluginId'], additionalProperties: false,
    properties: {
      pluginId: { type: 'string', pattern: '^[a-z][a-z0-9-]{1,63}$' }, version: { type: 'string', maxLength: 100 },
      config: { type: 'object' }, credentials: { type: 'object', writeOnly: true }, enabled: { type: 'boolean' }, extraHosts: hosts,
    },
  },
  example: { body: { pluginId: 'example-plugin', config: {} } },
  responses: {
    201: { description: 'Installed', schema: installationSchema },
    404: { description: 'plugin.not-found', schema: errorSchema },
    409: { description: 'installation.exists', schema: errorSchema },
    422: { description: 'installation.config-invalid / installation.credentials-invalid (path names the field)', schema: errorSchema },
  },
  async handler(rc) {
    const platform = platformOf(rc.deps);
    const row = await createInstallation(platform, who(rc), rc.body);
    return { status: 201, body: installationJson(row, { credentialFields: await credentialFields(platform, row) }) };
  },
});

const get = defineRoute({
  method: 'get', path: '/api/installations/:id', operationId: 'getInstallation', tags: ['plugins'],
  summary: 'One installation with the config and credentials forms (JSON Schemas from its manifest)',
  params: idParams, example: { params: { id: EXAMPLE_ID } },
  responses: { 200: { description: 'The installation; `configSchema`, `credentialsSchema`, `webhook` (hook URL and signature header), `polling`', schema: installationSchema }, 404: { description: 'Not found', schema: errorSchema } },
  async handler(rc) {
    const platform = platformOf(rc.deps);
    const row = await loadInstallation(platform, rc.auth.tenantId, rc.params.id);
    const pkg = await platform.catalog.resolve(row.tenant_id, row.plugin_id, row.version).catch(() => undefined);
    const m = pkg?.manifest;
    return {
      body: {
        ...installationJson(row, { credentialFields: await credentialFields(platform, row), title: m?.title }),
        configSchema: m?.configSchema ?? null,
        credentialsSchema: m?.credentialsSchema ?? null,
        webhook: m?.webhook ? { url: `/api/hooks/${row.id}`, signatureHeader: m.webhook.signature.header, scheme: m.webhook.signature.scheme } : null,
        polling: m?.polling ?? null,
        packageAvailable: !!pkg,
      },
    };
  },
});

const patch = defineRoute({
  method: 'patch', path: '/api/installations/:id', operationId: 'updateInstallation', tags: ['plugins'],
  summary: 'Change config, enable / disable, upgrade or downgrade (`version`), extra hosts; takes effect on the next call',
  params: idParams,
  body: {
    type: 'object', additionalProperties: false,
    properties: { version: { type: 'string', maxLength: 100 }, config: { type: 'object' }, enabled: { type: 'boolean' }, extraHosts: hosts, revision: { type: 'integer', minimum: 1 } },
  },
  example: { params: { id: EXAMPLE_ID }, body: { enabled: false } },
  responses: { 200: { description: 'Updated', schema: installationSchema }, 404: { description: 'Not found', schema: errorSchema }, 409: { description: 'installation.conflict', schema: errorSchema } },
  async handler(rc) {
    const platform = platformOf(rc.deps);
    const row = await updateInstallation(platform, who(rc), rc.params.id, rc.body);
    return { body: installationJson(row, { credentialFields: await credentialFields(platform, row) }) };
  },
});

const remove = defineRoute({
  method: 'delete', path: '/api/installations/:id', operationId: 'deleteInstallation', tags: ['plugins'],
  summary: 'Uninstall: the process stops; state, cursors, health, deliveries and dead letters of the installation go with it',
  params: idParams, example: { params: { id: EXAMPLE_ID } },
  responses: { 204: { description: 'Uninstalled' }, 404: { description: 'Not found', schema: errorSchema } },
  async handler(rc) {
    await deleteInstallation(platformOf(rc.deps), who(rc), rc.params.id);
  },
});

const credentials = defineRoute({
  method: 'put', path: '/api/installations/:id/credentials', operationId: 'setInstallationCredentials', tags: ['plugins'],
  summary: 'Write-only credentials (merged into the stored ones unless `replace`); never returned, logged or audited',
  params: idParams,
  body: { type: 'object', required: ['credentials'], additionalProperties: false, properties: { credentials: { type: 'object', writeOnly: true }, replace: { type: 'boolean' } } },
  example: { params: { id: EXAMPLE_ID }, body: { credentials: { apiKey: 'example-secret' } } },
  responses: {
    200: { description: 'Which fields are set now (names only)', schema: { type: 'object', properties: { set: { type: 'boolean' }, setAt: { type: 'string' }, fields: { type: 'array', items: { type: 'string' } } } } },
    404: { description: 'Not found', schema: errorSchema },
    422: { description: 'installation.credentials-invalid', schema: errorSchema },
  },
  async handler(rc) {
    const { row, fields } = await setCredentials(platformOf(rc.deps), who(rc), rc.params.id, rc.body);
    return { body: { set: true, setAt: new Date(row.credentials_set_at!).toISOString(), fields } };
  },
});

export const installationRoutes: RouteSpec[] = [list, create, get, patch, remove, credentials];
