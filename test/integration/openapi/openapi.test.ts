import SwaggerParser from '@apidevtools/swagger-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRoutes } from '../../../server/src/http/routes.js';
import { policy } from '../../../server/src/http/policy.js';
import { policyKey } from '../../../server/src/http/route-spec.js';
import { startTestApp, type TestApp } from '../http/support/harness.js';

let t: TestApp;
let doc: any;
beforeAll(async () => {
  t = await startTestApp();
  const r = await fetch(`${t.base}/api/openapi.json`);
  expect(r.status).toBe(200);
  doc = await r.json();
});
afterAll(() => t.close());

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

describe('OpenAPI document', () => {
  it('is valid OpenAPI 3.1', async () => {
    expect(doc.openapi).toBe('3.1.0');
    await expect(SwaggerParser.validate(structuredClone(doc))).resolves.toBeTruthy();
    // The validator is real: a broken copy is refused.
    const broken = structuredClone(doc);
    broken.paths['/api/health'].get.responses = 'nope';
    await expect(SwaggerParser.validate(broken)).rejects.toThrow();
  });

  it('lists exactly the routes the router has', () => {
    const documented = new Set<string>();
    for (const [p, item] of Object.entries<any>(doc.paths)) {
      for (const m of METHODS) if (item[m]) documented.add(`${m.toUpperCase()} ${p.replace(/\{(\w+)\}/g, ':$1')}`);
    }
    expect([...documented].sort()).toEqual(allRoutes.map(policyKey).sort());
  });

  it('declares cookie and bearer security, public routes opt out', () => {
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(['bearerAuth', 'cookieAuth']);
    for (const r of allRoutes) {
      const op = doc.paths[r.path.replace(/:(\w+)/g, '{$1}')][r.method];
      if (policy[policyKey(r)] === 'public') expect(op.security).toEqual([]);
      else expect(op.security).toEqual([{ cookieAuth: [] }, { bearerAuth: [] }]);
    }
  });

  it('carries the same schemas the router validates with, and the error schema', () => {
    const createKey = doc.paths['/api/api-keys'].post;
    const spec = allRoutes.find((r) => r.operationId === 'createApiKey')!;
    expect(createKey.requestBody.content['application/json'].schema).toEqual(spec.body);
    expect(createKey.responses['400'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/Error' });
    const patch = doc.paths['/api/users/{id}'].patch;
    expect(patch.parameters).toContainEqual(expect.objectContaining({ name: 'id', in: 'path', required: true }));
    const audit = doc.paths['/api/audit'].get;
    expect(audit.parameters.map((p: any) => p.name).sort()).toEqual(['action', 'actor', 'before', 'from', 'limit', 'subject', 'to']);
  });
});
