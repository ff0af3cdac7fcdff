import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PluginHost } from '../../../server/src/plugins/plugin-host.js';
import { flow, form, routing } from '../definitions/fixtures.js';
import { saveDraft, startHarness, type Client, type Harness } from '../definitions/harness.js';

let h: Harness;
let a: Client;

// The installation's plugins, as the plugin host reports them per tenant (calls are not part of a release check).
const installed: Record<string, string[]> = {};
const pluginHost: PluginHost = {
  capabilities: async (tenantId) => installed[tenantId] ?? [],
  call: async () => { throw new Error('release checks never call a capability'); },
};

const create = (c: Client, body: { kind: string; key: string }) => c.req('POST', '/api/definitions', { kind: body.kind, key: body.key, body });
const publish = (c: Client, kind: string, key: string) => c.req('POST', `/api/definitions/${kind}/${key}/publish`, {});
const codes = (res: { body: any }) => (res.body.error?.details ?? res.body.warnings ?? []).map((i: { path: string; code: string; severity?: string }) => [i.path, i.code, i.severity]);

beforeAll(async () => {
  h = await startHarness({ pluginHost });
  a = await h.client(h.tenantA);
  installed[h.tenantA] = ['erp.create-order'];
  await h.db.knex('locations').insert([
    { tenant_id: h.tenantA, id: 'wh-1', name: 'Warehouse 1', type: 'warehouse', tags: ['cold', 'bulk'] },
    { tenant_id: h.tenantA, id: 'st-1', name: 'Store 1', type: 'store', tags: ['express'] },
    { tenant_id: h.tenantB, id: 'wh-b', name: 'B', type: 'dark-store', tags: ['frozen'] },
  ]);
});
afterAll(() => h?.close());

describe('a single publish is a release of one, checked against the published others', () => {
  it('a flow reading a field the published form lacks is refused on its own (422), with the path of the read', async () => {
    await create(a, routing());
    expect((await publish(a, 'routing', 'main-routing')).status).toBe(201);
    await create(a, flow());
    expect((await publish(a, 'flow', 'order-flow')).status).toBe(201);
    const lean = { ...form(), fields: [form().fields[0]] };
    await create(a, lean);
    const refusedForm = await publish(a, 'form', 'order-form');
    expect(refusedForm.status).toBe(422);
    expect(codes(refusedForm)).toEqual([['/flow', 'release.missing-form-field', 'error']]);

    // Publish the full form, then a flow edit that reads a field the published form does not have.
    await saveDraft(a, 'form', 'order-form', form());
    expect((await publish(a, 'form', 'order-form')).status).toBe(201);
    const reads = { ...flow(), nodes: flow().nodes.map((n) => (n.id === 'check' ? { ...n, config: { branches: [{ outcome: 'has-po', when: { '!!': [{ var: 'order.attributes.costCentre' }] } }] } } : n)) };
    await saveDraft(a, 'flow', 'order-flow', reads);
    const res = await publish(a, 'flow', 'order-flow');
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([
      expect.objectContaining({ path: '/nodes/1/config/branches/0/when', code: 'release.missing-form-field', severity: 'error', params: expect.objectContaining({ field: 'attributes.costCentre', form: 'order-form' }) }),
    ]);
    expect((await a.req('GET', '/api/definitions/flow/order-flow')).body.latestVersion).toBe(1);
  });

  it('a form naming a flow that is not published is refused', async () => {
    await create(a, form('orphan-form', 'no-such-flow'));
    const res = await publish(a, 'form', 'orphan-form');
    expect(codes(res)).toEqual([['/flow', 'release.missing-reference', 'error']]);
  });
});

describe('context: plugins, locations, roles', () => {
  /** start → node → end, one edge per outcome of the node. */
  const flowWith = (key: string, node: { id: string; type: string; config: object }, outcomes: string[]) => ({
    kind: 'flow', key, title: { en: key },
    nodes: [{ id: 'start', type: 'start' }, node, { id: 'end', type: 'end' }],
    edges: [{ id: 'e0', from: 'start', to: node.id }, ...outcomes.map((o, i) => ({ id: `e${i + 1}`, from: node.id, to: 'end', outcome: o }))],
  });

  it('an action capability no installed plugin provides is an error; an installed one passes', async () => {
    const action = (cap: string) => ({ id: 'push', type: 'action', config: { capability: cap, input: {} } });
    await create(a, flowWith('push-flow', action('erp.cancel-order'), ['succeeded']));
    const res = await publish(a, 'flow', 'push-flow');
    expect(codes(res)).toEqual([['/nodes/1/config/capability', 'release.unknown-capability', 'error']]);
    expect((await saveDraft(a, 'flow', 'push-flow', flowWith('push-flow', action('erp.create-order'), ['succeeded']))).status).toBe(200);
    const ok = await publish(a, 'flow', 'push-flow');
    expect(codes(ok)).toEqual([]);
    expect(ok.status).toBe(201);
  });

  it('an approval role that does not exist is an error', async () => {
    const approval = (role: string) => ({ id: 'ok', type: 'approval', config: { assignees: [{ role }], mode: 'any' } });
    await create(a, flowWith('role-flow', approval('finance'), ['approved', 'rejected', 'returned']));
    const res = await publish(a, 'flow', 'role-flow');
    expect(codes(res)).toEqual([['/nodes/1/config/assignees/0', 'release.unknown-role', 'error']]);
    await saveDraft(a, 'flow', 'role-flow', flowWith('role-flow', approval('approver'), ['approved', 'rejected', 'returned']));
    expect((await publish(a, 'flow', 'role-flow')).status).toBe(201);
  });

  it('location tags/types: unknown is a warning (publishes), misspelled is an error; only this tenant counts', async () => {
    const r = (key: string, tags: string[], types: string[]) => ({ ...routing(key), candidates: { tags, types } });
    await create(a, r('typo-routing', ['cld'], ['warehose']));
    const typo = await publish(a, 'routing', 'typo-routing');
    expect(typo.status).toBe(422);
    expect(codes(typo)).toEqual([
      ['/candidates/tags/0', 'release.misspelled-location-tag', 'error'],
      ['/candidates/types/0', 'release.misspelled-location-type', 'error'],
    ]);
    expect(typo.body.error.details[0].params).toMatchObject({ key: 'cld', suggestion: 'cold' });
    // `frozen` / `dark-store` exist only in tenant B: for tenant A they are merely unknown.
    await saveDraft(a, 'routing', 'typo-routing', r('typo-routing', ['frozen', 'cold'], ['dark-store']));
    const warned = await publish(a, 'routing', 'typo-routing');
    expect(warned.status).toBe(201);
    expect(codes(warned)).toEqual([
      ['/candidates/tags/0', 'release.unknown-location-tag', 'warning'],
      ['/candidates/types/0', 'release.unknown-location-type', 'warning'],
    ]);
  });

  it('messages come in the caller language', async () => {
    await create(a, { ...routing('zh-routing'), candidates: { tags: ['expres'] } } as never);
    const res = await a.req('POST', '/api/definitions/routing/zh-routing/publish', {}, { 'accept-language': 'zh-CN' });
    expect(res.body.error.details[0].message).toBe('未知的库位标签「expres」：是否应为「express」？');
  });

  it('a release carries the same checks and returns its warnings', async () => {
    await create(a, { ...routing('rel-routing'), candidates: { tags: ['nowhere-tag'] } } as never);
    const res = await a.req('POST', '/api/releases', { items: [{ kind: 'routing', key: 'rel-routing' }] });
    expect(res.status).toBe(201);
    expect(codes(res)).toEqual([['/items/0/body/candidates/tags/0', 'release.unknown-location-tag', 'warning']]);
  });
});
