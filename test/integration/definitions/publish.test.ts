import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '@oms/runtime';
import { createHash } from 'node:crypto';
import * as svc from '../../../server/src/definitions/definition-service.js';
import { listVersions } from '../../../server/src/definitions/definition-read.js';
import { publishDefinition } from '../../../server/src/definitions/publish-definition.js';
import { loneForm as form, routing } from './fixtures.js';
import { startHarness, type Client, type Harness } from './harness.js';

let h: Harness;
let api: Client;

beforeAll(async () => {
  h = await startHarness();
  api = await h.client(h.tenantA);
});
afterAll(() => h?.close());

const sha = (v: unknown) => createHash('sha256').update(canonicalJson(v)).digest('hex');

describe('draft → publish → immutable (HTTP)', () => {
  it('creates a draft, publishes v1 with a canonical checksum, and never changes it', async () => {
    const body = form('po-form');
    const created = await api.req('POST', '/api/definitions', { kind: 'form', key: 'po-form', body });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ kind: 'form', key: 'po-form', status: 'draft', latestVersion: 0, hasDraft: true });

    const pub = await api.req('POST', '/api/definitions/form/po-form/publish', {});
    expect(pub.status).toBe(201);
    expect(pub.body.version).toBe(1);
    const v1 = await api.req('GET', '/api/definitions/form/po-form/versions/1');
    expect(v1.body.body).toEqual({ ...body, version: 1 });
    expect(v1.body.checksum).toBe(sha({ ...body, version: 1 }));
    expect(pub.body.checksum).toBe(v1.body.checksum);

    const put = await api.req('PUT', '/api/definitions/form/po-form/versions/1', { body: { ...body, title: { en: 'Hacked' } } });
    expect(put.status).toBe(409);
    expect(put.body.error.code).toBe('definition.published-immutable');

    const edited = { ...body, title: { en: 'Edited' } };
    const draft = await api.req('PUT', '/api/definitions/form/po-form/draft', { body: edited, revision: created.body.revision });
    expect(draft.status).toBe(200);
    expect(draft.body).toMatchObject({ status: 'published', latestVersion: 1 });
    const again = await api.req('GET', '/api/definitions/form/po-form/versions/1');
    expect(again.body).toEqual(v1.body);
    const detail = await api.req('GET', '/api/definitions/form/po-form');
    expect(detail.body.draft.body).toEqual(edited);
    expect(detail.body.hasDraft).toBe(true);
    expect(detail.body.title).toEqual({ en: 'Edited' });

    expect((await api.req('PUT', '/api/definitions/form/po-form/versions/9', { body: {} })).status).toBe(404);
  });

  it('the database itself refuses to change a published version', async () => {
    const update = h.db.knex('definitions').where({ tenant_id: h.tenantA, kind: 'form', key: 'po-form', version: 1 }).update({ body: JSON.stringify({ x: 1 }) });
    await expect(update).rejects.toThrow(/immutable/);
    const del = h.db.knex('definitions').where({ tenant_id: h.tenantA, kind: 'form', key: 'po-form', version: 1 }).delete();
    await expect(del).rejects.toThrow(/immutable/);
    const head = h.db.knex('definition_heads').where({ tenant_id: h.tenantA, kind: 'form', key: 'po-form' }).delete();
    await expect(head).rejects.toThrow(/immutable/);
    expect(await h.db.knex('definitions').where({ tenant_id: h.tenantA, kind: 'form', key: 'po-form', version: 1 }).first()).toBeTruthy();
  });

  it('rejects a body whose kind or key differs from the URL', async () => {
    const res = await api.req('PUT', '/api/definitions/form/po-form/draft', { body: { ...form('other') } });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'definition.mismatch', path: '/body/key' });
    const dup = await api.req('POST', '/api/definitions', { kind: 'form', key: 'po-form', body: form('po-form') });
    expect(dup.status).toBe(409);
  });

  it('an invalid draft can be saved but not published: 422 with issue paths', async () => {
    const bad = { ...form('bad-form'), fields: [{ key: 'email', type: 'no-such-type', label: { en: 'x' } }] };
    expect((await api.req('POST', '/api/definitions', { kind: 'form', key: 'bad-form', body: bad })).status).toBe(201);
    const v = await api.req('POST', '/api/definitions/form/bad-form/validate', {});
    expect(v.status).toBe(200);
    expect(v.body.valid).toBe(false);
    expect(v.body.issues[0].path).toMatch(/^\/fields\/0/);
    const pub = await api.req('POST', '/api/definitions/form/bad-form/publish');
    expect(pub.status).toBe(422);
    expect(pub.body.error.code).toBe('definition.invalid');
    expect(pub.body.error.details).toEqual(v.body.issues);
    expect((await api.req('GET', '/api/definitions/form/bad-form/versions')).body.items).toEqual([]);
    const zh = await api.req('POST', '/api/definitions/form/bad-form/validate', {}, { 'accept-language': 'zh-CN,zh;q=0.9' });
    expect(zh.body.issues.map((i: { path: string; code: string }) => [i.path, i.code])).toEqual(v.body.issues.map((i: { path: string; code: string }) => [i.path, i.code]));
    expect(zh.body.issues[0].message).not.toBe(v.body.issues[0].message);
    const ok = await api.req('POST', '/api/definitions/form/bad-form/validate', { body: form('bad-form') });
    expect(ok.body).toEqual({ valid: true, issues: [] });
  });
});

describe('concurrent publishes', () => {
  it('20 concurrent publishes of one key give versions 1..20 exactly', async () => {
    const actor = h.actor(h.tenantA);
    await svc.createDefinition(h.deps, actor, 'routing', 'busy', routing('busy'));
    const results = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        // Each writer publishes its own edit, compare-and-save on the revision it read; a conflict re-reads.
        for (let attempt = 0; attempt < 100; attempt++) {
          const { revision } = await svc.getDefinition(h.deps, actor, 'routing', 'busy');
          try {
            return await publishDefinition(h.deps, actor, 'routing', 'busy', { body: { ...routing('busy'), title: { en: `Edit ${i}` } }, revision });
          } catch (e) {
            if ((e as { code?: string }).code !== 'definition.conflict') throw e;
          }
        }
        throw new Error('no publish after 100 attempts');
      }),
    );
    expect(results.map((r) => r.version).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    const versions = await listVersions(h.deps, actor, 'routing', 'busy');
    expect(versions.map((v) => v.version)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    const head = await h.db.knex('definition_heads').where({ tenant_id: h.tenantA, kind: 'routing', key: 'busy' }).first();
    expect(head.latest_version).toBe(20);
    const audits = await h.db.knex('audit_log').where({ tenant_id: h.tenantA, action: 'definition.publish', subject: 'definition:routing/busy' }).count<{ count: string }[]>('* as count');
    expect(Number(audits[0].count)).toBe(20);
  });
});
