import { describe, expect, it } from 'vitest';
import { allRoutes } from '../../../server/src/http/routes.js';
import { policyKey } from '../../../server/src/http/route-spec.js';

/**
 * Parameters that carry a row id are checked before SQL: a uuid id declares `format: 'uuid'` (Ajv refuses the
 * rest); a text id (locations, channels, references) declares the `pattern` its column's CHECK enforces.
 */
const isIdName = (name: string) => name === 'id' || /[a-z]Id$/.test(name) || name === 'before';

describe('every id parameter of every route declares its format (uuid) or pattern (text ids)', () => {
  const rows = allRoutes.flatMap((route) => {
    const pathNames = [...route.path.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1]);
    const params = (route.params?.properties ?? {}) as Record<string, { format?: string; enum?: unknown; pattern?: string }>;
    const query = (route.query?.properties ?? {}) as Record<string, { format?: string; enum?: unknown; pattern?: string }>;
    return [
      ...pathNames.filter(isIdName).map((n) => [policyKey(route), 'path', n, params[n]] as const),
      ...Object.keys(query).filter(isIdName).map((n) => [policyKey(route), 'query', n, query[n]] as const),
    ];
  });

  it.each(rows.map(([k, where, name, schema]) => [`${k} ${where} ${name}`, schema]))('%s', (_label, schema) => {
    expect(schema, 'declare the parameter in the route’s params/query schema').toBeDefined();
    expect(schema!.format === 'uuid' || typeof schema!.pattern === 'string', 'format uuid, or the pattern of a text id').toBe(true);
  });

  it('found the id parameters of today’s routes', () => {
    expect(rows.length).toBeGreaterThanOrEqual(4);
  });
});
