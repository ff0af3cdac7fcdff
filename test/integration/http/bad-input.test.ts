import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, seedTenant, startTestApp, type TestApp } from './support/harness.js';

let t: TestApp;
let admin: Client;
beforeAll(async () => {
  t = await startTestApp();
  await seedTenant(t.db, 'acme');
  admin = await Client.login(t.base, 'admin@acme.test', 'acme');
  await admin.post('/api/definitions', { kind: 'form', key: 'kept', body: { kind: 'form', key: 'kept', title: { en: 'Kept' } } });
});
afterAll(() => t.close());

const NEAR_UUID = '------------------------------------'; // 36 chars, passed the old pattern, refused by PostgreSQL
const def = (title: unknown) => ({ kind: 'form', key: 'k1', body: { kind: 'form', key: 'k1', title } });

// [name, method, url, body | raw, anonymous?, expected code, expected path, expected `in`]
type Case = [string, string, string, { body?: unknown; raw?: string }, boolean, string, string, string];
const cases: Case[] = [
  ['near-UUID path id (PATCH user)', 'PATCH', `/api/users/${NEAR_UUID}`, { body: { name: 'x' } }, false, 'request.invalid', '/id', 'params'],
  ['braced UUID path id (DELETE key)', 'DELETE', '/api/api-keys/{00000000-0000-7000-8000-000000000000}', {}, false, 'request.invalid', '/id', 'params'],
  ['hex without hyphens (release)', 'GET', '/api/releases/00000000000070008000000000000000', {}, false, 'request.invalid', '/id', 'params'],
  ['near-UUID audit cursor', 'GET', `/api/audit?before=${NEAR_UUID}`, {}, false, 'request.invalid', '/before', 'query'],
  ['NUL in login email (before login)', 'POST', '/api/auth/login', { body: { email: 'a\u0000@x.test', password: 'p' } }, true, 'request.invalid-string', '/email', 'body'],
  ['NUL in a name', 'POST', '/api/api-keys', { body: { name: 'a\u0000b', role: 'operator' } }, false, 'request.invalid-string', '/name', 'body'],
  ['lone high surrogate', 'POST', '/api/api-keys', { raw: '{"name":"a\\ud800","role":"operator"}' }, false, 'request.invalid-string', '/name', 'body'],
  ['lone low surrogate deep in a definition', 'POST', '/api/definitions', { raw: JSON.stringify(def({ en: 'X' })).replace('"X"', '"\\udc00"') }, false, 'request.invalid-string', '/body/title/en', 'body'],
  ['NUL in a key of a definition body', 'POST', '/api/definitions', { body: def({ 'e\u0000n': 'x' }) }, false, 'request.invalid-string', '/body/title/e\u0000n', 'body'],
  ['NUL in a query parameter', 'GET', '/api/audit?action=a%00b', {}, false, 'request.invalid-string', '/action', 'query'],
  ['NUL in a path parameter', 'GET', '/api/definitions/form/a%00b', {}, false, 'request.invalid-string', '/key', 'params'],
  ['JSON null body on archive', 'POST', '/api/definitions/form/kept/archive', { raw: 'null' }, false, 'request.invalid', '', 'body'],
  ['JSON null body on create', 'POST', '/api/users', { raw: 'null' }, false, 'request.invalid', '', 'body'],
  ['release note as object (publish)', 'POST', '/api/releases', { body: { items: [{ kind: 'form', key: 'kept' }], note: { a: 1 } } }, false, 'request.invalid', '/note', 'body'],
  ['release note as object (import)', 'POST', '/api/releases/import', { body: { format: 'oms-release', formatVersion: 1, release: { note: { a: 1 } }, definitions: [] } }, false, 'request.invalid', '/release/note', 'body'],
];

describe('bad input is a 400 naming the path, never a 500', () => {
  it.each(cases)('%s', async (_n, method, url, req, anonymous, code, path, where) => {
    const r = await (anonymous ? new Client(t.base) : admin).request(method, url, req);
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({ code, path, details: { in: where } });
  });

  it('a null body changed nothing: the definition is not archived', async () => {
    const r = await admin.get('/api/definitions/form/kept');
    expect(r.body.status).not.toBe('archived');
  });

  it('valid surrogate pairs and canonical UUIDs (any case) pass', async () => {
    expect((await admin.post('/api/api-keys', { name: 'emoji 😀 𝒳', role: 'operator' })).status).toBe(201);
    const upper = await admin.request('DELETE', '/api/api-keys/00000000-0000-7000-8000-00000000000A');
    expect([upper.status, upper.body.error.code]).toEqual([404, 'not-found']);
  });

  it('a release note is stored as the text sent (or null)', async () => {
    const r = await admin.post('/api/releases/import', { format: 'oms-release', formatVersion: 1, release: { note: null }, definitions: [] });
    expect(r.status).toBe(201);
    expect(r.body.note).toBeNull();
  });
});
