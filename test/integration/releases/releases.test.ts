import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flow, form, routing } from '../definitions/fixtures.js';
import { saveDraft, startHarness, type Client, type Harness } from '../definitions/harness.js';

let h: Harness;
let a: Client;
let b: Client;

async function draft(c: Client, body: { kind: string; key: string }) {
  const res = await c.req('POST', '/api/definitions', { kind: body.kind, key: body.key, body });
  expect(res.status).toBe(201);
}
const items = (...defs: Array<{ kind: string; key: string }>) => defs.map(({ kind, key }) => ({ kind, key }));
const latest = async (c: Client, kind: string, key: string) => (await c.req('GET', `/api/definitions/${kind}/${key}`)).body.latestVersion;

beforeAll(async () => {
  h = await startHarness();
  a = await h.client(h.tenantA);
  b = await h.client(h.tenantB);
});
afterAll(() => h?.close());

describe('release publish: all or nothing', () => {
  it('one invalid definition among several: nothing is published, 422 names each path', async () => {
    await draft(a, form());
    await draft(a, flow());
    await draft(a, { ...routing(), scoring: { weights: { distance: -1 } } } as never);
    const res = await a.req('POST', '/api/releases', { items: items(form(), flow(), routing()), note: 'first' });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('release.invalid');
    expect(res.body.error.details.length).toBeGreaterThan(0);
    for (const d of res.body.error.details) expect(d.path).toMatch(/^\/items\/2\/body\/scoring/);
    for (const [kind, key] of [['form', 'order-form'], ['flow', 'order-flow'], ['routing', 'main-routing']]) expect(await latest(a, kind, key)).toBe(0);
    expect((await a.req('GET', '/api/releases')).body.items).toEqual([]);
  });

  it('cross-check: a flow naming a routing that is neither released nor published', async () => {
    const res = await a.req('POST', '/api/releases', { items: items(form(), flow()) });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([
      expect.objectContaining({ path: '/items/1/body/nodes/2/config/routing', code: 'release.missing-reference', params: { type: 'routing', key: 'main-routing' } }),
    ]);
    expect(await latest(a, 'form', 'order-form')).toBe(0);
  });

  it('cross-check: a form whose flow does not exist', async () => {
    await draft(a, form('lonely-form', 'no-such-flow'));
    const res = await a.req('POST', '/api/releases', { items: items(form('lonely-form')) });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([expect.objectContaining({ path: '/items/0/body/flow', code: 'release.missing-reference' })]);
  });

  it('cross-check: a flow reading an order field the form that starts it lacks', async () => {
    const { fields } = form();
    await saveDraft(a, 'routing', 'main-routing', routing());
    await saveDraft(a, 'form', 'order-form', { ...form(), fields: [fields[0]] });
    const res = await a.req('POST', '/api/releases', { items: items(form(), flow(), routing()) });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([
      expect.objectContaining({ path: '/items/1/body/nodes/1/config/branches/0/when', code: 'release.missing-form-field', params: expect.objectContaining({ field: 'attributes.poNumber' }) }),
    ]);
  });

  it('a valid set publishes together, in one release', async () => {
    await saveDraft(a, 'form', 'order-form', form());
    const res = await a.req('POST', '/api/releases', { items: items(form(), flow(), routing()), note: 'first' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'published', note: 'first' });
    expect(res.body.items.map((i: { kind: string; version: number }) => [i.kind, i.version])).toEqual([['form', 1], ['flow', 1], ['routing', 1]]);
    const got = await a.req('GET', `/api/releases/${res.body.id}`);
    const { warnings, ...stored } = res.body;
    expect(warnings).toEqual([]);
    expect(got.body).toEqual(stored);
    expect((await a.req('GET', '/api/releases')).body.items).toHaveLength(1);
    const audit = await h.db.knex('audit_log').where({ tenant_id: h.tenantA, action: 'release.publish' });
    expect(audit).toHaveLength(1);
    // Published now, so a later release of the flow alone cross-checks against them.
    await saveDraft(a, 'flow', 'order-flow', { ...flow(), title: { en: 'Order flow v2' } });
    const alone = await a.req('POST', '/api/releases', { items: items(flow()) });
    expect(alone.status).toBe(201);
    expect(alone.body.items[0].version).toBe(2);
  });

  it('rejects duplicates and unknown keys with item paths', async () => {
    const res = await a.req('POST', '/api/releases', { items: [...items(flow(), flow()), { kind: 'review', key: 'nope' }] });
    expect(res.status).toBe(422);
    expect(res.body.error.details.map((d: { path: string; code: string }) => [d.path, d.code])).toEqual([
      ['/items/1', 'release.duplicate-item'],
      ['/items/2', 'release.unknown-definition'],
    ]);
  });
});

describe('export → import', () => {
  let bundle: any;

  it('exports one JSON file with the exact published bodies and checksums', async () => {
    const [first] = (await a.req('GET', '/api/releases')).body.items.slice(-1);
    const res = await a.req('GET', `/api/releases/${first.id}/export`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('attachment');
    bundle = res.body;
    expect(bundle).toMatchObject({ format: 'oms-release', formatVersion: 1, release: { id: first.id, note: 'first' } });
    expect(bundle.definitions.map((d: { kind: string; version: number }) => [d.kind, d.version])).toEqual([['form', 1], ['flow', 1], ['routing', 1]]);
    const v1 = await a.req('GET', '/api/definitions/flow/order-flow/versions/1');
    expect(bundle.definitions[1]).toEqual({ kind: 'flow', key: 'order-flow', version: 1, checksum: v1.body.checksum, body: v1.body.body });
  });

  it('a bundle with one bad definition changes nothing and names the path', async () => {
    const bad = structuredClone(bundle);
    bad.definitions[1].body.nodes[1].type = 'no-such-node';
    bad.definitions[2].checksum = '0'.repeat(64);
    const res = await b.req('POST', '/api/releases/import', bad);
    expect(res.status).toBe(422);
    const paths = res.body.error.details.map((d: { path: string }) => d.path);
    expect(paths.some((p: string) => p.startsWith('/definitions/1/body/nodes/1'))).toBe(true);
    expect(paths).toContain('/definitions/1/checksum');
    expect(paths).toContain('/definitions/2/checksum');
    expect((await b.req('GET', '/api/definitions')).body.items).toEqual([]);
    expect((await b.req('GET', '/api/releases')).body.items).toEqual([]);
  });

  it('a bundle missing a referenced definition changes nothing', async () => {
    const partial = { ...bundle, definitions: bundle.definitions.slice(0, 2) };
    const res = await b.req('POST', '/api/releases/import', partial);
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([expect.objectContaining({ path: '/definitions/1/body/nodes/2/config/routing', code: 'release.missing-reference' })]);
    expect((await b.req('GET', '/api/definitions')).body.items).toEqual([]);
  });

  it('imports into another tenant atomically, with identical bodies and checksums', async () => {
    const res = await b.req('POST', '/api/releases/import', bundle);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'imported', source: { releaseId: bundle.release.id } });
    for (const d of bundle.definitions) {
      const v = await b.req('GET', `/api/definitions/${d.kind}/${d.key}/versions/1`);
      expect(v.body).toMatchObject({ body: d.body, checksum: d.checksum });
    }
    const list = (await b.req('GET', '/api/definitions')).body.items;
    expect(list).toHaveLength(3);
    for (const s of list) expect(s).toMatchObject({ status: 'published', latestVersion: 1, hasDraft: false });
    // Re-importing the same content reuses the versions instead of publishing copies.
    const again = await b.req('POST', '/api/releases/import', bundle);
    expect(again.status).toBe(201);
    expect(again.body.items.map((i: { version: number }) => i.version)).toEqual([1, 1, 1]);
    expect((await h.db.knex('audit_log').where({ tenant_id: h.tenantB, action: 'release.import' })).length).toBe(2);
  });

  it('refuses to import over an archived key, changing nothing', async () => {
    expect((await b.req('POST', '/api/definitions/form/order-form/archive', {})).status).toBe(200);
    const releases = (await b.req('GET', '/api/releases')).body.items.length;
    const changed = structuredClone(bundle);
    changed.definitions[2].body.title = { en: 'Changed' };
    changed.definitions[2].checksum = (await import('../../../server/src/definitions/checksum.js')).checksumOf(changed.definitions[2].body);
    const res = await b.req('POST', '/api/releases/import', changed);
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([expect.objectContaining({ path: '/definitions/0', code: 'release.archived' })]);
    expect(await latest(b, 'routing', 'main-routing')).toBe(1);
    expect((await b.req('GET', '/api/releases')).body.items).toHaveLength(releases);
  });

  it("tenant B gets 404 for tenant A's releases", async () => {
    const [rel] = (await a.req('GET', '/api/releases')).body.items;
    expect((await b.req('GET', `/api/releases/${rel.id}`)).status).toBe(404);
    expect((await b.req('GET', `/api/releases/${rel.id}/export`)).status).toBe(404);
    const bIds = (await b.req('GET', '/api/releases')).body.items.map((r: { id: string }) => r.id);
    expect(bIds).not.toContain(rel.id);
  });
});

describe('concurrency', () => {
  it('overlapping releases in opposite item order neither deadlock nor skip versions', async () => {
    const before = await latest(a, 'routing', 'main-routing');
    expect((await saveDraft(a, 'routing', 'main-routing', { ...routing(), title: { en: 'Busy routing' } })).status).toBe(200);
    const runs = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        a.req('POST', '/api/releases', { items: i % 2 ? items(routing(), flow()) : items(flow(), routing()) }),
      ),
    );
    // Serialised by the head locks: the first publishes the changed drafts, the rest find nothing new (409).
    expect(runs.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    expect(runs.filter((r) => r.status === 409).map((r) => r.body.error.code)).toEqual(Array(5).fill('definition.unchanged'));
    const versions = await a.req('GET', '/api/definitions/routing/main-routing/versions');
    expect(versions.body.items.map((v: { version: number }) => v.version)).toEqual(Array.from({ length: before + 1 }, (_, i) => i + 1));
  });
});
