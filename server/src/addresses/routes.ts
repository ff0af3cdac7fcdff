import { defineRoute, type RouteSpec } from '../http/route-spec.js';
import { ADDRESS_PARTS, searchAddresses } from './ship-to-addresses.js';

const address = {
  type: 'object',
  properties: Object.fromEntries(ADDRESS_PARTS.map((p) => [p, { type: 'string' }])),
};

const search = defineRoute<unknown, { q?: string; limit?: number }>({
  method: 'get',
  path: '/api/addresses',
  operationId: 'searchShipToAddresses',
  summary: 'Ship-to addresses the caller may reuse (the portal\'s address picker), most recently used first',
  description:
    'A customer gets the addresses of the orders they submitted; operators and admins the addresses of the ' +
    'tenant\'s orders. De-duplicated (case and surrounding blanks ignored). `q` matches name, street, city, ' +
    'postcode or customer name (substring). Reads at most the 500 most recent matching orders.',
  tags: ['portal'],
  query: {
    type: 'object',
    additionalProperties: false,
    properties: { q: { type: 'string', maxLength: 100 }, limit: { type: 'integer', minimum: 1, maximum: 50 } },
  },
  responses: {
    200: {
      description: 'Addresses',
      schema: {
        type: 'object',
        required: ['items'],
        properties: {
          items: {
            type: 'array',
            items: { type: 'object', required: ['address', 'lastUsedAt'], properties: { address, lastUsedAt: { type: 'string', format: 'date-time' } } },
          },
        },
      },
    },
  },
  example: { query: { q: 'Main', limit: '5' } },
  async handler({ deps, auth, query }) {
    return { body: await searchAddresses(deps.db, auth, query.q, query.limit) };
  },
});

export const routes: RouteSpec[] = [search];
