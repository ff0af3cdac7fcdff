import { v7 as uuidv7 } from 'uuid';
import { writeAudit } from '../audit/audit.js';
import { HttpError, notFound } from '../http/errors.js';
import { defineRoute, type RouteSpec } from '../http/route-spec.js';
import { IMPORT_TYPES, type ImportType } from './import-kind.js';
import { errorsCsv, importView, loadImportView } from './import-view.js';
import { assertOrderImportReady } from './order-import.js';
import { scheduleImport } from './run-import.js';

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
const idParams = { type: 'object', additionalProperties: false, required: ['id'], properties: { id: { type: 'string', pattern: '^[0-9a-fA-F-]{36}$' } } };
const EXAMPLE_ID = '00000000-0000-7000-8000-000000000000';

const createImport = defineRoute<string | undefined, { type: ImportType; fileName?: string }>({
  method: 'post',
  path: '/api/imports',
  operationId: 'createImport',
  summary: 'Upload a CSV of stock levels, products, locations or orders; processed in batches in the background',
  description:
    'Body: the CSV file (text/csv, up to 20 MB). Answers 202 with the import id at once; poll GET /api/imports/{id}. ' +
    'Each batch of 1,000 rows commits on its own; bad rows are reported, the rest applied. Location imports need the admin role. ' +
    'Order files (type=orders) are mapped by the tenant\'s csv-orders plugin installation (409 import.no-csv-orders without one) and taken in like API orders.',
  tags: ['imports'],
  query: {
    type: 'object',
    additionalProperties: false,
    required: ['type'],
    properties: { type: { type: 'string', enum: IMPORT_TYPES }, fileName: { type: 'string', maxLength: 200 } },
  },
  textBody: { contentTypes: ['text/csv', 'text/plain'], maxBytes: MAX_IMPORT_BYTES, description: 'The CSV file; the first row names the columns' },
  responses: {
    202: { description: 'Accepted', schema: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } } },
    413: { description: 'File larger than 20 MB' },
    409: { description: 'type=orders without an enabled csv-orders installation' },
    415: { description: 'Body is not text/csv' },
  },
  example: { query: { type: 'stock', fileName: 'stock.csv' }, body: 'location,sku,on_hand\nexample-dc,EXAMPLE-1,5\n' },
  async handler({ deps, auth, query, body, requestId, ip }) {
    if (query.type === 'locations' && auth.role !== 'admin') throw new HttpError(403, 'auth.forbidden', 'Only admins import locations');
    if (!body || body.trim() === '') throw new HttpError(400, 'import.empty', 'The CSV body is empty', { path: '' });
    if (body.includes('\u0000')) throw new HttpError(400, 'import.binary', 'The body is not a text CSV file', { path: '' });
    if (query.type === 'orders') await assertOrderImportReady(deps.db, auth.tenantId);
    const id = uuidv7();
    const at = new Date(deps.clock.now());
    await deps.db.transaction(async (trx) => {
      await trx('imports').insert({
        tenant_id: auth.tenantId,
        id,
        type: query.type,
        file_name: query.fileName ?? null,
        content: body,
        created_by: auth.userId,
        api_key_id: auth.apiKeyId ?? null,
        created_at: at,
      });
      await writeAudit(trx, { tenantId: auth.tenantId, actorId: auth.userId, action: 'import.create', subject: `import:${id}`, requestId, ip, details: { type: query.type, bytes: Buffer.byteLength(body) }, at });
      await scheduleImport(trx, auth.tenantId, id);
    });
    return { status: 202, body: { id }, headers: { location: `/api/imports/${id}` } };
  },
});

const getImport = defineRoute<unknown, unknown, { id: string }>({
  method: 'get',
  path: '/api/imports/:id',
  operationId: 'getImport',
  summary: 'Progress of an import: counts, rate, ETA and the first bad rows',
  tags: ['imports'],
  params: idParams,
  responses: { 200: { description: 'Progress', schema: importView }, 404: { description: 'No such import' } },
  example: { params: { id: EXAMPLE_ID } },
  async handler({ deps, auth, params }) {
    const view = await loadImportView(deps.db, auth.tenantId, params.id, deps.clock.now());
    if (!view) throw notFound('Import');
    return { body: view };
  },
});

const getImportErrors = defineRoute<unknown, unknown, { id: string }>({
  method: 'get',
  path: '/api/imports/:id/errors.csv',
  operationId: 'getImportErrorsCsv',
  summary: 'All bad rows of an import as CSV (line,code,field,message)',
  tags: ['imports'],
  params: idParams,
  responses: { 200: { description: 'text/csv' }, 404: { description: 'No such import' } },
  example: { params: { id: EXAMPLE_ID } },
  async handler({ deps, auth, params }) {
    const exists = await deps.db('imports').where({ tenant_id: auth.tenantId, id: params.id }).first('id');
    if (!exists) throw notFound('Import');
    return {
      body: await errorsCsv(deps.db, auth.tenantId, params.id),
      headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="import-${params.id}-errors.csv"` },
    };
  },
});

export const routes: RouteSpec[] = [createImport, getImport, getImportErrors];
