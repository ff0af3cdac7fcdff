import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import golden from './diff.golden.json' with { type: 'json' };
import { loneForm as form } from './fixtures.js';
import { saveDraft, startHarness, type Client, type Harness } from './harness.js';

let h: Harness;
let a: Client;
let b: Client;

const v1 = { ...form('diff-form'), fields: [form().fields[0], { ...form().fields[1], required: false }] };
const v2 = { ...v1, title: { ...v1.title, en: 'Order form v2' }, fields: [...v1.fields, { key: 'note', type: 'textarea', label: { en: 'Note' } }] };
const { mapping: _m, ...noMapping } = v2;
const draft = { ...noMapping, title: { en: 'Order form v2' }, fields: [v2.fields[0], { ...v2.fields[1], required: true }, v2.fields[2]] };

beforeAll(async () => {
  h = await startHarness();
  a = await h.client(h.tenantA);
  b = await h.client(h.tenantB, 'admin');
  expect((await a.req('POST', '/api/definitions', { kind: 'form', key: 'diff-form', body: v1 })).status).toBe(201);
  expect((await a.req('POST', '/api/definitions/form/diff-form/publish')).status).toBe(201);
  expect((await saveDraft(a, 'form', 'diff-form', v2)).status).toBe(200);
  expect((await a.req('POST', '/api/definitions/form/diff-form/publish')).status).toBe(201);
  expect((await saveDraft(a, 'form', 'diff-form', draft)).status).toBe(200);
});
afterAll(() => h?.close());

describe('diff (golden)', () => {
  for (const g of golden) {
    it(g.name, async () => {
      const res = await a.req('GET', `/api/definitions/form/diff-form/diff?from=${g.from}&to=${g.to}`);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ from: g.from, to: g.to, changes: g.changes });
    });
  }
  it('answers 404 for a missing version and 400 for a bad one', async () => {
    expect((await a.req('GET', '/api/definitions/form/diff-form/diff?from=1&to=7')).status).toBe(404);
    expect((await a.req('GET', '/api/definitions/form/diff-form/diff?from=0&to=1')).status).toBe(400);
  });
});

describe('tenancy', () => {
  const paths = [
    ['GET', '/api/definitions/form/diff-form'],
    ['GET', '/api/definitions/form/diff-form/versions'],
    ['GET', '/api/definitions/form/diff-form/versions/1'],
    ['GET', '/api/definitions/form/diff-form/diff?from=1&to=2'],
    ['PUT', '/api/definitions/form/diff-form/draft', { body: v1 }],
    ['PUT', '/api/definitions/form/diff-form/versions/1', { body: v1 }],
    ['POST', '/api/definitions/form/diff-form/validate', {}],
    ['POST', '/api/definitions/form/diff-form/publish'],
    ['POST', '/api/definitions/form/diff-form/archive'],
  ] as const;
  for (const [method, path, body] of paths) {
    it(`tenant B gets 404 for ${method} ${path}`, async () => {
      const res = await b.req(method, path, body);
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('not-found');
    });
  }
  it("tenant B's list does not show tenant A's definitions, and B may use the same key", async () => {
    expect((await b.req('GET', '/api/definitions')).body.items).toEqual([]);
    expect((await b.req('POST', '/api/definitions', { kind: 'form', key: 'diff-form', body: v1 })).status).toBe(201);
    expect((await b.req('GET', '/api/definitions/form/diff-form/versions')).body.items).toEqual([]);
  });
  it('roles without design rights are refused', async () => {
    const op = await h.client(h.tenantA, 'operator');
    expect((await op.req('GET', '/api/definitions')).status).toBe(403);
  });
});

describe('archive', () => {
  it('archives: versions stay readable, drafts and publishes are refused', async () => {
    const res = await a.req('POST', '/api/definitions/form/diff-form/archive');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'archived', latestVersion: 2 });
    const put = await saveDraft(a, 'form', 'diff-form', v1);
    expect(put.status).toBe(409);
    expect(put.body.error.code).toBe('definition.archived');
    expect((await a.req('POST', '/api/definitions/form/diff-form/publish')).body.error.code).toBe('definition.archived');
    expect((await a.req('POST', '/api/definitions/form/diff-form/archive')).status).toBe(409);
    const v = await a.req('GET', '/api/definitions/form/diff-form/versions/1');
    expect(v.status).toBe(200);
    expect(v.body.status).toBe('archived');
    const list = await a.req('GET', '/api/definitions?kind=form');
    expect(list.body.items.find((i: { key: string }) => i.key === 'diff-form').status).toBe('archived');
    const audit = await h.db.knex('audit_log').where({ tenant_id: h.tenantA, action: 'definition.archive' });
    expect(audit).toHaveLength(1);
  });
});
