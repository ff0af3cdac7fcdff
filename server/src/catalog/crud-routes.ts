import { writeAudit } from '../audit/audit.js';
import { HttpError, notFound } from '../http/errors.js';
import { defineRoute, type RouteContext, type RouteSpec } from '../http/route-spec.js';
import type { CatalogEntity } from './catalog-entity.js';
import { keysetPage, pageQuery, textFilter } from './paging.js';
import { pageOf } from '../http/list-schema.js';
import { listFilters } from './schemas.js';

const FK_VIOLATION = '23503';
const UNIQUE_VIOLATION = '23505';
const cap = (s: string) => s[0].toUpperCase() + s.slice(1);

/** List, get, create, patch and delete for one catalog table; every query is scoped by the caller's tenant. */
export function crudRoutes(e: CatalogEntity): RouteSpec[] {
  const Name = cap(e.name);
  const keyParams = { type: 'object', additionalProperties: false, required: [e.keyField], properties: { [e.keyField]: e.keySchema } };
  const hasTags = 'tags' in e.fields;
  const { tag, ...baseFilters } = listFilters;
  const exampleKey = String(e.example[e.keyField]);
  const item = `${e.path}/:${e.keyField}`;
  const scoped = (ctx: RouteContext) => ctx.deps.db(e.table).where({ tenant_id: ctx.auth.tenantId });
  const audit = (ctx: RouteContext, trx: Parameters<typeof writeAudit>[0], action: string, key: string, details?: object) =>
    writeAudit(trx, { tenantId: ctx.auth.tenantId, actorId: ctx.auth.userId, action: `${e.name}.${action}`, subject: `${e.name}:${key}`, requestId: ctx.requestId, ip: ctx.ip, details, at: new Date(ctx.deps.clock.now()) });

  const list = defineRoute({
    method: 'get',
    path: e.path,
    operationId: `list${Name}s`,
    summary: `${e.title}s of the tenant, keyset-paged by ${e.keyField}`,
    tags: ['catalog'],
    query: { type: 'object', additionalProperties: false, properties: { ...pageQuery, ...baseFilters, ...(hasTags ? { tag } : {}), ...e.filters } },
    responses: { 200: { description: 'A page', schema: pageOf(e.view) } },
    example: { query: { limit: '10' } },
    async handler(ctx) {
      const q = scoped(ctx);
      textFilter(q, e.textColumns, ctx.query.q);
      if (ctx.query.tag) q.andWhereRaw('tags @> ARRAY[?]::text[]', [ctx.query.tag]);
      if (ctx.query.active !== undefined) q.andWhere('active', ctx.query.active);
      e.filter?.(q, ctx.query);
      const page = await keysetPage(q, e.keyColumn, ctx.query);
      return { body: { items: page.rows.map(e.toView), nextCursor: page.nextCursor } };
    },
  });

  const get = defineRoute({
    method: 'get',
    path: item,
    operationId: `get${Name}`,
    summary: `One ${e.name}`,
    tags: ['catalog'],
    params: keyParams,
    responses: { 200: { description: e.title, schema: e.view }, 404: { description: 'Not found' } },
    example: { params: { [e.keyField]: exampleKey } },
    async handler(ctx) {
      const row = await scoped(ctx).andWhere(e.keyColumn, ctx.params[e.keyField]).first();
      if (!row) throw notFound(e.title);
      return { body: e.toView(row) };
    },
  });

  const create = defineRoute({
    method: 'post',
    path: e.path,
    operationId: `create${Name}`,
    summary: `Create a ${e.name}`,
    tags: ['catalog'],
    body: { type: 'object', additionalProperties: false, required: [e.keyField, ...e.required], properties: { [e.keyField]: e.keySchema, ...e.fields } },
    responses: { 201: { description: 'Created', schema: e.view }, 409: { description: `${e.keyField} taken` } },
    example: { body: e.example },
    async handler(ctx) {
      const now = new Date(ctx.deps.clock.now());
      const row = await ctx.deps.db
        .transaction(async (trx) => {
          const [r] = await trx(e.table).insert({ tenant_id: ctx.auth.tenantId, ...e.toRow(ctx.body), created_at: now, updated_at: now }).returning('*');
          await audit(ctx, trx, 'create', r[e.keyColumn]);
          return r;
        })
        .catch((err) => {
          if (err.code !== UNIQUE_VIOLATION) throw err;
          throw new HttpError(409, `${e.name}.exists`, `${e.title} ${ctx.body[e.keyField]} already exists`, { path: `/${e.keyField}` });
        });
      return { status: 201, body: e.toView(row) };
    },
  });

  const patch = defineRoute({
    method: 'patch',
    path: item,
    operationId: `update${Name}`,
    summary: `Change fields of a ${e.name}`,
    tags: ['catalog'],
    params: keyParams,
    body: { type: 'object', additionalProperties: false, minProperties: 1, properties: e.fields },
    responses: { 200: { description: 'Updated', schema: e.view }, 404: { description: 'Not found' } },
    example: { params: { [e.keyField]: exampleKey }, body: { name: 'Renamed' } },
    async handler(ctx) {
      const key = ctx.params[e.keyField];
      const row = await ctx.deps.db.transaction(async (trx) => {
        const [r] = await trx(e.table)
          .where({ tenant_id: ctx.auth.tenantId, [e.keyColumn]: key })
          .update({ ...e.toRow(ctx.body), updated_at: new Date(ctx.deps.clock.now()) })
          .returning('*');
        if (!r) throw notFound(e.title);
        await audit(ctx, trx, 'update', key, { fields: Object.keys(ctx.body) });
        return r;
      });
      return { body: e.toView(row) };
    },
  });

  const remove = defineRoute({
    method: 'delete',
    path: item,
    operationId: `delete${Name}`,
    summary: `Delete a ${e.name} nothing refers to (else 409; deactivate it instead)`,
    tags: ['catalog'],
    params: keyParams,
    responses: { 204: { description: 'Deleted' }, 404: { description: 'Not found' }, 409: { description: 'Still in use (stock, orders)' } },
    example: { params: { [e.keyField]: exampleKey } },
    async handler(ctx) {
      const key = ctx.params[e.keyField];
      await ctx.deps.db
        .transaction(async (trx) => {
          const n = await trx(e.table).where({ tenant_id: ctx.auth.tenantId, [e.keyColumn]: key }).delete();
          if (n === 0) throw notFound(e.title);
          await audit(ctx, trx, 'delete', key);
        })
        .catch((err) => {
          if (err.code !== FK_VIOLATION) throw err;
          throw new HttpError(409, `${e.name}.in-use`, `${e.title} ${key} is still referenced; set active: false instead`);
        });
    },
  });

  return [list, get, create, patch, remove];
}
