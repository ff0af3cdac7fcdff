import { Ajv } from 'ajv';
import { routes } from '../../../server/src/shipments/routes.js';

/**
 * The shipments both connectors pull are bodies of `POST /api/shipments`: checked against that route's own body
 * schema (not a copy), so a drift between connector and API fails here.
 */
const spec = routes.find((r) => r.method === 'post' && r.path === '/api/shipments')!;
const ajv = new Ajv({
  strict: false,
  formats: {
    'date-time': /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/,
    uri: /^[a-z][a-z0-9+.-]*:\S+$/i,
    uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  },
});
const validate = ajv.compile(spec.body as object);

export function assertShipmentBodies(items: unknown[]): void {
  for (const item of items) {
    if (!validate(item)) throw new Error(`not a POST /api/shipments body: ${ajv.errorsText(validate.errors)} in ${JSON.stringify(item)}`);
  }
}
