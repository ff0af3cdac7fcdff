import { defineRoute, type RouteSpec } from '../http/route-spec.js';
import { listCapabilities } from './list-capabilities.js';

const i18n = { type: 'object', additionalProperties: { type: 'string' } };

const list = defineRoute({
  method: 'get',
  path: '/api/capabilities',
  operationId: 'listCapabilities',
  summary: 'Plugin capabilities the flow engine can call for this tenant (the action node\'s picker)',
  description:
    'Every capability of the tenant\'s enabled plugin installations plus the built-in `demo.*` ones: the same ids ' +
    'the release check accepts. `key` is what a flow action node names; `input` is the capability\'s input JSON ' +
    'Schema from the plugin manifest. Sorted by key.',
  tags: ['plugins'],
  responses: {
    200: {
      description: 'Capabilities',
      schema: {
        type: 'object',
        required: ['items'],
        properties: {
          items: {
            type: 'array',
            items: {
              type: 'object',
              required: ['key', 'title', 'input', 'idempotent', 'plugin'],
              properties: {
                key: { type: 'string' }, title: i18n, input: { type: 'object' }, idempotent: { type: 'boolean' },
                plugin: { type: 'object', required: ['id', 'title'], properties: { id: { type: 'string' }, title: i18n } },
              },
            },
          },
        },
      },
    },
  },
  example: {},
  async handler({ deps, auth }) {
    return { body: { items: await listCapabilities(deps.pluginHost, auth.tenantId) } };
  },
});

export const routes: RouteSpec[] = [list];
