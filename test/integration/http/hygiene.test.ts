import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, seedTenant, startTestApp, type TestApp } from './support/harness.js';

let t: TestApp;
let admin: Client;
beforeAll(async () => {
  t = await startTestApp();
  await seedTenant(t.db, 'acme');
  admin = await Client.login(t.base, 'admin@acme.test', 'acme');
});
afterAll(() => t.close());

const nest = (depth: number) => '['.repeat(depth - 1) + '{"name":"x"}' + ']'.repeat(depth - 1);

// [name, request options, expected status, expected code, expected path?]
type Case = [string, { raw?: string; body?: unknown; headers?: Record<string, string> }, number, string, string?];
const cases: Case[] = [
  ['body over 1 MB', { raw: JSON.stringify({ name: 'x'.repeat(1024 * 1024), role: 'admin' }) }, 413, 'request.body-too-large'],
  ['text/plain body', { raw: '{"name":"k","role":"admin"}', headers: { 'content-type': 'text/plain' } }, 415, 'request.unsupported-media-type'],
  ['form body', { raw: 'name=k&role=admin', headers: { 'content-type': 'application/x-www-form-urlencoded' } }, 415, 'request.unsupported-media-type'],
  ['malformed JSON', { raw: '{"name": "k",' }, 400, 'request.invalid-json'],
  ['nesting deeper than 32', { raw: `{"name":"k","role":"admin","x":${nest(33)}}` }, 400, 'request.too-deep'],
  ['hostile depth 100000', { raw: '['.repeat(100_000) }, 400, 'request.too-deep'],
  ['__proto__ key', { raw: '{"name":"k","role":"admin","__proto__":{"isAdmin":true}}' }, 400, 'request.forbidden-key', '/__proto__'],
  ['nested constructor key', { raw: '{"name":"k","role":"admin","meta":[{"constructor":1}]}' }, 400, 'request.forbidden-key', '/meta/0/constructor'],
  ['prototype key', { raw: '{"prototype":{}}' }, 400, 'request.forbidden-key', '/prototype'],
  ['unknown field', { body: { name: 'k', role: 'admin', colour: 'red' } }, 400, 'request.unknown-field', '/colour'],
  ['wrong type', { body: { name: 42, role: 'admin' } }, 400, 'request.invalid', '/name'],
  ['bad enum', { body: { name: 'k', role: 'root' } }, 400, 'request.invalid', '/role'],
  ['missing field', { body: { name: 'k' } }, 400, 'request.invalid', '/role'],
];

describe('bad input is refused with one error shape', () => {
  it.each(cases)('%s', async (_name, req, status, code, path) => {
    const r = await admin.request('POST', '/api/api-keys', req);
    expect(r.status).toBe(status);
    expect(r.body.error.code).toBe(code);
    expect(r.body.error.requestId).toBe(r.headers.get('x-request-id'));
    if (path !== undefined) expect(r.body.error.path).toBe(path);
    expect(JSON.stringify(r.body)).not.toMatch(/at .*\.ts|stack|SELECT|INSERT/);
  });

  it('a chunked body (no Content-Length) over 1 MB is cut off with 413', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 40) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const res = await fetch(`${t.base}/api/api-keys`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: admin.cookie, 'x-csrf-token': admin.csrf },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('request.body-too-large');
  });

  it('accepts JSON with a charset parameter', async () => {
    const r = await admin.request('POST', '/api/api-keys', {
      raw: JSON.stringify({ name: 'charset', role: 'customer' }),
      headers: { 'content-type': 'application/json; charset=utf-8' },
    });
    expect(r.status).toBe(201);
  });

  it('nesting of exactly 32 passes the depth rule (then schema decides)', async () => {
    const r = await admin.request('POST', '/api/api-keys', { raw: `{"name":"k","role":"admin","x":${nest(31)}}` });
    expect(r.body.error.code).toBe('request.unknown-field');
  });

  it('names the JSON Pointer of nested unknown or wrong fields and query parameters', async () => {
    const unknownQuery = await admin.get('/api/audit?limit=5&colour=red');
    expect(unknownQuery.status).toBe(400);
    expect(unknownQuery.body.error).toMatchObject({ code: 'request.unknown-field', path: '/colour', details: { in: 'query' } });
    const badQuery = await admin.get('/api/audit?limit=lots');
    expect(badQuery.body.error).toMatchObject({ code: 'request.invalid', path: '/limit' });
    const badParam = await admin.request('PATCH', '/api/users/not-a-uuid', { body: { name: 'x' } });
    expect(badParam.body.error).toMatchObject({ code: 'request.invalid', path: '/id', details: { in: 'params' } });
  });

  it('a body where none is expected is refused', async () => {
    const r = await admin.request('POST', '/api/auth/logout', { body: { a: 1 } });
    expect(r.status).toBe(400);
  });

  it('unknown API paths get the JSON error shape', async () => {
    const r = await admin.get('/api/nope');
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe('not-found');
  });
});

describe('request ids', () => {
  it('echoes a sane incoming X-Request-Id and replaces an unsafe one', async () => {
    const ok = await fetch(`${t.base}/api/health`, { headers: { 'x-request-id': 'abc-123.x:y' } });
    expect(ok.headers.get('x-request-id')).toBe('abc-123.x:y');
    const bad = await fetch(`${t.base}/api/health`, { headers: { 'x-request-id': 'a b<script>' } });
    expect(bad.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const none = await fetch(`${t.base}/api/health`);
    expect(none.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
