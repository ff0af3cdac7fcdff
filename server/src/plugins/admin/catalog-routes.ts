import { defineRoute, type RouteSpec } from '../../http/route-spec.js';
import { errorSchema } from '../../http/errors.js';
import { storeUploadedPackage } from '../packages/package-store.js';
import { installationJson } from './installation-json.js';
import { platformOf } from './platform-of.js';

/** Upload cap of a .tgz (the unpacked size has its own cap, 50 MB). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

const versionSchema = {
  type: 'object',
  required: ['version', 'apiVersion', 'source', 'manifest'],
  properties: {
    version: { type: 'string' }, apiVersion: { type: 'string' }, source: { enum: ['bundled', 'uploaded'] },
    uploadedAt: { type: 'string', format: 'date-time' }, sha256: { type: 'string' }, manifest: { type: 'object' },
  },
};

const listPlugins = defineRoute({
  method: 'get',
  path: '/api/plugins',
  operationId: 'listPlugins',
  summary: 'Plugin catalog: bundled and uploaded packages, newest version first, with manifests and this tenant’s installation',
  tags: ['plugins'],
  responses: {
    200: {
      description: 'The catalog',
      schema: {
        type: 'object',
        properties: {
          items: {
            type: 'array',
            items: {
              type: 'object',
              required: ['id', 'title', 'kinds', 'latest', 'versions', 'installation'],
              properties: {
                id: { type: 'string' }, title: { type: 'object' }, description: { type: 'object' }, kinds: { type: 'array', items: { type: 'string' } },
                latest: { type: 'string' }, versions: { type: 'array', items: versionSchema },
                installation: { type: ['object', 'null'], description: 'id, version, enabled of this tenant’s installation' },
              },
            },
          },
        },
      },
    },
  },
  async handler({ deps, auth }) {
    const platform = platformOf(deps);
    const versions = await platform.catalog.versions(auth.tenantId);
    const installed = await deps.db('plugin_installations').where({ tenant_id: auth.tenantId }).select('id', 'plugin_id', 'version', 'enabled');
    const items = [...versions.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([id, list]) => {
      const m = list[0]!.manifest;
      const inst = installed.find((i) => i.plugin_id === id);
      return {
        id, title: m.title, ...(m.description ? { description: m.description } : {}), kinds: m.kinds, latest: list[0]!.version, versions: list,
        installation: inst ? { id: inst.id, version: inst.version, enabled: inst.enabled } : null,
      };
    });
    return { body: { items } };
  },
});

const uploadPlugin = defineRoute({
  method: 'post',
  path: '/api/plugins/upload',
  operationId: 'uploadPlugin',
  summary: 'Upload a plugin package (.tgz from `npm pack`); validated completely before anything is stored',
  description: 'Refusals: 400 plugin.package-not-gzip / package-invalid / package-unsafe-path / package-unsafe-entry; 413 request.body-too-large / plugin.package-too-large / package-too-many-files; 422 plugin.manifest-missing / manifest-invalid-json / manifest-invalid / unsupported-api-version / main-missing (path into /manifest.json); 409 plugin.version-exists / id-reserved.',
  tags: ['plugins'],
  textBody: { contentTypes: ['application/gzip', 'application/x-gzip', 'application/octet-stream', 'application/x-tar'], maxBytes: MAX_UPLOAD_BYTES, binary: true, description: 'The .tgz file' },
  responses: {
    201: { description: 'Stored (200 when the same bytes were uploaded before)', schema: { type: 'object', properties: { pluginId: { type: 'string' }, version: { type: 'string' }, sha256: { type: 'string' }, sizeBytes: { type: 'integer' }, duplicate: { type: 'boolean' }, manifest: { type: 'object' } } } },
    400: { description: 'Not a safe tarball', schema: errorSchema },
    422: { description: 'Bad manifest', schema: errorSchema },
  },
  async handler({ deps, auth, body }) {
    const platform = platformOf(deps);
    const tgz = Buffer.isBuffer(body) ? body : Buffer.alloc(0);
    const stored = await storeUploadedPackage(deps.db, {
      tenantId: auth.tenantId, userId: auth.userId, dataDir: platform.options.dataDir, tgz,
      limits: platform.options.packageLimits, bundledVersions: await platform.catalog.bundledVersions(),
    });
    return { status: stored.duplicate ? 200 : 201, body: stored };
  },
});

export const catalogRoutes: RouteSpec[] = [listPlugins, uploadPlugin];
export { installationJson };
