import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loneForm } from './fixtures.js';
import { startHarness, type Client, type Harness } from './harness.js';

let h: Harness;
let a: Client;
let b: Client;

beforeAll(async () => {
  h = await startHarness();
  a = await h.client(h.tenantA);
  b = await h.client(h.tenantA);
});
afterAll(() => h?.close());

const url = (key: string) => `/api/definitions/form/${key}`;
const load = (c: Client, key: string) => c.req('GET', url(key));
const put = (c: Client, key: string, body: unknown, etag?: string) =>
  c.req('PUT', `${url(key)}/draft`, { body }, etag ? { 'if-match': etag } : {});

describe('saving a draft is compare-and-save on the revision the editor loaded', () => {
  it('GET gives an ETag; a save with it succeeds and moves the revision on', async () => {
    expect((await a.req('POST', '/api/definitions', { kind: 'form', key: 'rev-form', body: loneForm('rev-form') })).status).toBe(201);
    const got = await load(a, 'rev-form');
    expect(got.headers.get('etag')).toBe('"1"');
    expect(got.body.revision).toBe(1);
    const saved = await put(a, 'rev-form', { ...loneForm('rev-form'), title: { en: 'A' } }, got.headers.get('etag')!);
    expect(saved.status).toBe(200);
    expect(saved.headers.get('etag')).toBe('"2"');
    expect(saved.body.revision).toBe(2);
  });

  it('two analysts load the same revision: the second save is 409 definition.conflict and changes nothing', async () => {
    const [one, two] = [await load(a, 'rev-form'), await load(b, 'rev-form')];
    expect((await put(a, 'rev-form', { ...loneForm('rev-form'), title: { en: 'by A' } }, one.headers.get('etag')!)).status).toBe(200);
    const late = await put(b, 'rev-form', { ...loneForm('rev-form'), title: { en: 'by B' } }, two.headers.get('etag')!);
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('definition.conflict');
    expect(late.body.error.details).toEqual({ revision: 3, expected: 2 });
    expect((await load(a, 'rev-form')).body.draft.body.title).toEqual({ en: 'by A' });
  });

  it('the revision may come as a body field (W/ and bare ETags too); no revision at all is 428', async () => {
    const cur = (await load(a, 'rev-form')).body.revision;
    const stale = await a.req('PUT', `${url('rev-form')}/draft`, { body: loneForm('rev-form'), revision: cur - 1 });
    expect(stale.body.error?.code).toBe('definition.conflict');
    expect((await put(a, 'rev-form', loneForm('rev-form'), `W/"${cur}"`)).status).toBe(200);
    expect((await put(a, 'rev-form', loneForm('rev-form'), String(cur + 1))).status).toBe(200);
    const none = await put(a, 'rev-form', loneForm('rev-form'));
    expect(none.status).toBe(428);
    expect(none.body.error.code).toBe('definition.revision-required');
    const bad = await put(a, 'rev-form', loneForm('rev-form'), 'yesterday');
    expect(bad.status).toBe(400);
    const disagree = await a.req('PUT', `${url('rev-form')}/draft`, { body: loneForm('rev-form'), revision: 1 }, { 'if-match': '"2"' });
    expect(disagree.status).toBe(400);
  });
});

describe('publish', () => {
  it('a body identical to the latest version is 409 definition.unchanged (no identical n+1)', async () => {
    expect((await a.req('POST', '/api/definitions', { kind: 'form', key: 'same-form', body: loneForm('same-form') })).status).toBe(201);
    expect((await a.req('POST', `${url('same-form')}/publish`, {})).status).toBe(201);
    const again = await a.req('POST', `${url('same-form')}/publish`, {});
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('definition.unchanged');
    // Saving the same content again is still no news.
    expect((await put(a, 'same-form', loneForm('same-form'), (await load(a, 'same-form')).headers.get('etag')!)).status).toBe(200);
    expect((await a.req('POST', `${url('same-form')}/publish`, {})).body.error.code).toBe('definition.unchanged');
    expect((await a.req('GET', `${url('same-form')}/versions`)).body.items).toHaveLength(1);
  });

  it('a refused publish (422) of the editor text leaves the stored draft as it was', async () => {
    const before = await load(a, 'rev-form');
    const bad = { ...loneForm('rev-form'), fields: [{ key: 'x', type: 'no-such-type', label: { en: 'x' } }] };
    const res = await a.req('POST', `${url('rev-form')}/publish`, { body: bad, revision: before.body.revision });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('definition.invalid');
    const after = await load(a, 'rev-form');
    expect(after.body.draft).toEqual(before.body.draft);
    expect(after.body.revision).toBe(before.body.revision);
    expect((await a.req('GET', `${url('rev-form')}/versions`)).body.items).toEqual([]);
  });

  it('publishing the editor text saves it as the draft (compare-and-save) and publishes it in one step', async () => {
    const before = await load(a, 'rev-form');
    const body = { ...loneForm('rev-form'), title: { en: 'Published text' } };
    const stale = await a.req('POST', `${url('rev-form')}/publish`, { body, revision: before.body.revision - 1 });
    expect(stale.body.error.code).toBe('definition.conflict');
    const res = await a.req('POST', `${url('rev-form')}/publish`, { body, revision: before.body.revision });
    expect(res.status).toBe(201);
    expect((await a.req('GET', `${url('rev-form')}/versions/${res.body.version}`)).body.body.title).toEqual({ en: 'Published text' });
    expect((await load(a, 'rev-form')).body.revision).toBe(before.body.revision + 1);
  });
});

describe('hasDraft in the list and the detail draft agree in every state', () => {
  const state = async (key: string) => {
    const list = (await a.req('GET', '/api/definitions?kind=form')).body.items.find((i: { key: string }) => i.key === key);
    const detail = (await load(a, key)).body;
    return { listHasDraft: list.hasDraft, detailHasDraft: detail.hasDraft, draft: detail.draft !== null, status: detail.status };
  };
  const expectState = async (key: string, hasDraft: boolean, status: string) =>
    expect(await state(key)).toEqual({ listHasDraft: hasDraft, detailHasDraft: hasDraft, draft: hasDraft, status });

  it('new → edited → published → edited after publish → archived', async () => {
    const key = 'life-form';
    await a.req('POST', '/api/definitions', { kind: 'form', key, body: loneForm(key) });
    await expectState(key, true, 'draft');
    await put(a, key, { ...loneForm(key), title: { en: 'edited' } }, (await load(a, key)).headers.get('etag')!);
    await expectState(key, true, 'draft');
    expect((await a.req('POST', `${url(key)}/publish`, {})).status).toBe(201);
    await expectState(key, false, 'published');
    await put(a, key, { ...loneForm(key), title: { en: 'edited again' } }, (await load(a, key)).headers.get('etag')!);
    await expectState(key, true, 'published');
    expect((await load(a, key)).body.draft.body.title).toEqual({ en: 'edited again' });
    expect((await a.req('POST', `${url(key)}/archive`, {})).status).toBe(200);
    await expectState(key, true, 'archived');
    const back = { ...loneForm(key), title: { en: 'edited' } };
    expect((await put(a, key, back, (await load(a, key)).headers.get('etag')!)).body.error.code).toBe('definition.archived');
  });

  it('an archived key whose draft equals its latest version shows no draft either way', async () => {
    const key = 'arch-form';
    await a.req('POST', '/api/definitions', { kind: 'form', key, body: loneForm(key) });
    await a.req('POST', `${url(key)}/publish`, {});
    await a.req('POST', `${url(key)}/archive`, {});
    await expectState(key, false, 'archived');
  });
});
