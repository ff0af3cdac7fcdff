import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveDraft, startHarness, type Client, type Harness } from '../definitions/harness.js';

let h: Harness;
let maker: Client;
let checker: Client;
let admin: Client;
let otherTenant: Client;

const review = (key: string, message = 'Held') => ({ kind: 'review', key, title: { en: key }, rules: [{ id: 'r1', when: { '!': { var: 'shipTo.postcode' } }, action: 'hold', message: { en: message } }] });

beforeAll(async () => {
  h = await startHarness();
  maker = await h.client(h.tenantA, 'analyst');
  checker = await h.client(h.tenantA, 'analyst');
  admin = await h.client(h.tenantA, 'admin');
  otherTenant = await h.client(h.tenantB, 'analyst');
});
afterAll(() => h?.close());

describe('maker-checker release policy', () => {
  it('is off by default; only an admin may switch it', async () => {
    expect((await maker.req('GET', '/api/release-policy')).body).toEqual({ makerChecker: false });
    expect((await maker.req('PUT', '/api/release-policy', { makerChecker: true })).status).toBe(403);
    const on = await admin.req('PUT', '/api/release-policy', { makerChecker: true });
    expect(on.status).toBe(200);
    expect(on.body).toEqual({ makerChecker: true });
    expect((await otherTenant.req('GET', '/api/release-policy')).body).toEqual({ makerChecker: false });
  });

  it('the last editor of a draft may not publish it, neither as a release nor alone; someone else may', async () => {
    expect((await maker.req('POST', '/api/definitions', { kind: 'review', key: 'mc-review', body: review('mc-review') })).status).toBe(201);
    const asRelease = await maker.req('POST', '/api/releases', { items: [{ kind: 'review', key: 'mc-review' }] });
    expect(asRelease.status).toBe(422);
    expect(asRelease.body.error.details).toEqual([expect.objectContaining({ path: '/items/0', code: 'release.maker-checker', params: { kind: 'review', key: 'mc-review' } })]);
    const alone = await maker.req('POST', '/api/definitions/review/mc-review/publish');
    expect(alone.status).toBe(422);
    expect(alone.body.error.details).toEqual([expect.objectContaining({ code: 'release.maker-checker' })]);
    expect((await maker.req('GET', '/api/definitions/review/mc-review')).body.latestVersion).toBe(0);

    const checked = await checker.req('POST', '/api/releases', { items: [{ kind: 'review', key: 'mc-review' }], note: 'checked' });
    expect(checked.status).toBe(201);
    expect(checked.body.items).toEqual([expect.objectContaining({ kind: 'review', key: 'mc-review', version: 1 })]);
  });

  it('the checker who edits a draft becomes its maker: publishing their own text is refused too', async () => {
    await saveDraft(checker, 'review', 'mc-review', review('mc-review', 'Held by the checker'));
    const own = await checker.req('POST', '/api/releases', { items: [{ kind: 'review', key: 'mc-review' }] });
    expect(own.status).toBe(422);
    expect(own.body.error.details[0].code).toBe('release.maker-checker');
    expect((await maker.req('POST', '/api/definitions/review/mc-review/publish')).status).toBe(201);
  });

  it('switched off, the maker publishes their own draft again', async () => {
    expect((await admin.req('PUT', '/api/release-policy', { makerChecker: false })).status).toBe(200);
    await saveDraft(maker, 'review', 'mc-review', review('mc-review', 'Held again'));
    const res = await maker.req('POST', '/api/releases', { items: [{ kind: 'review', key: 'mc-review' }] });
    expect(res.status).toBe(201);
    expect(res.body.items[0].version).toBe(3);
  });
});
