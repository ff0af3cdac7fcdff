import type { Knex } from 'knex';
import type { JsonSchema } from '../http/route-spec.js';

/** What the CRUD routes need to know about one catalog table (products, locations, channels). */
export interface CatalogEntity {
  /** Singular, used in operation ids, error codes and audit actions: `product`. */
  name: string;
  title: string;
  path: string;
  table: string;
  /** Primary key column after tenant_id, and the path parameter / body field naming it. */
  keyColumn: string;
  keyField: string;
  keySchema: JsonSchema;
  fields: Record<string, JsonSchema>;
  required: string[];
  view: JsonSchema;
  /** Extra list filters beyond q/tag/active, applied by `filter`. */
  filters?: Record<string, JsonSchema>;
  filter?(q: Knex.QueryBuilder, query: Record<string, unknown>): void;
  /** Columns searched by `q`. */
  textColumns: string[];
  toRow(body: Record<string, unknown>): Record<string, unknown>;
  toView(row: Record<string, any>): Record<string, unknown>;
  example: Record<string, unknown>;
}

const iso = (d: unknown) => (d ? new Date(d as string).toISOString() : undefined);
export const stamps = (r: Record<string, any>) => ({ createdAt: iso(r.created_at), updatedAt: iso(r.updated_at) });

/** Only the given body fields, renamed to columns; jsonb values serialised. */
export function pick(body: Record<string, unknown>, map: Record<string, string>, json: string[] = []): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const [field, column] of Object.entries(map)) {
    if (!(field in body)) continue;
    const v = body[field];
    row[column] = json.includes(field) && v !== null ? JSON.stringify(v) : v;
  }
  return row;
}

/** numeric columns come back from pg as strings. */
export const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
