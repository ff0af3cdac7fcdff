import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverBundled } from '../../server/src/plugins/packages/bundled.js';
import { Client, seedTenant } from '../integration/http/support/harness.js';
import { startPlatformApp, type PlatformApp } from '../integration/plugins/platform-fixture.js';
import { defineContract } from '../support/plugin-contract-cases.js';
import { startReplay, type ReplayPeer } from '../support/plugin-contract-replay.js';
import { compilePlugin, copyTemplate, packPlugin } from '../support/plugin-contract-template.js';
import { templateFixtures } from './fixtures/_template.js';

// "Write a connector", followed by a test: copy plugins/_template as acme-shop, rename it, compile it outside the
// repository, run the contract on it, pack it like `npm pack`, upload and install it for a tenant on real
// PostgreSQL, and call it through the platform's host (child process, allow-list, credentials from the DB). The copy
// imports @oms-plugin/kit; the tarball carries it (bundleDependencies, packed by plugins/kit/scripts/pack-plugin.mjs).
const work = mkdtempSync(path.join(os.tmpdir(), 'oms-acme-'));
const dir = path.join(work, 'acme-shop');
const manifest = copyTemplate(dir, 'acme-shop', 'ACME Shop');
const fixtures = templateFixtures('acme-shop');
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the template built into acme-shop', () => {
  beforeAll(() => compilePlugin(dir), 120_000);

  describe('passes the contract', () => {
    defineContract({ id: 'acme-shop', dir, manifest }, fixtures);
  });

  describe('installed through the upload path', () => {
    let t: PlatformApp;
    let admin: Client;
    let peer: ReplayPeer;
    let tenantId: string;
    const order = (fixtures.capabilities['pull-orders'].peer![0].response.body as { orders: unknown[] }).orders[0];
    beforeAll(async () => {
      t = await startPlatformApp();
      tenantId = (await seedTenant(t.db, 'acme')).tenantId;
      admin = await Client.login(t.base, 'admin@acme.test', 'acme');
      peer = await startReplay([
        { request: { method: 'GET', path: '/api/shop' }, response: { status: 200, body: { name: 'ACME' } } },
        { request: { method: 'GET', path: '/api/orders', query: { limit: '50' } }, response: { status: 200, body: { orders: [order], has_more: false } } },
        { request: { method: 'POST', path: '/api/inventory' }, response: { status: 200, body: { updated: ['MUG-BLUE'] } }, write: true },
      ]);
    }, 120_000);
    afterAll(async () => {
      await peer?.close();
      await t?.close();
    });

    it('uploads, installs, tests the connection and answers its capabilities through the host', async () => {
      const up = await admin.request('POST', '/api/plugins/upload', { raw: (await packPlugin(dir)) as unknown as string, headers: { 'content-type': 'application/gzip' } });
      expect(up.status, JSON.stringify(up.body)).toBe(201);
      expect(up.body).toMatchObject({ pluginId: 'acme-shop', version: '0.1.0' });
      // The kit came inside the tarball (bundleDependencies): the unpacked package carries it, nothing is installed.
      expect(existsSync(path.join(t.dataDir, 'plugin-packages', up.body.sha256, 'node_modules/@oms-plugin/kit/dist/index.js'))).toBe(true);
      const inst = await admin.post('/api/installations', {
        pluginId: 'acme-shop', config: { baseUrl: peer.origin }, credentials: { apiToken: 'tok_acme', webhookSecret: 'whsec_acme' }, extraHosts: [peer.host],
      });
      expect(inst.status, JSON.stringify(inst.body)).toBe(201);
      const test = await admin.post(`/api/installations/${inst.body.id}/test`);
      expect(test.body, JSON.stringify(test.body)).toMatchObject({ ok: true });

      const pulled = await t.host.call({ tenantId, capability: 'acme-shop.pull-orders', input: { cursor: null }, idempotencyKey: 'acme-pull-1' });
      expect(pulled).toMatchObject({ ok: true, result: { items: [{ channel: 'acme-shop', externalId: 'A-1001' }], hasMore: false } });
      const push = () => t.host.call({ tenantId, capability: 'acme-shop.push-stock', input: { levels: [{ sku: 'MUG-BLUE', available: 3 }] }, idempotencyKey: 'acme-stock-1' });
      expect(await push()).toMatchObject({ ok: true, status: 'applied' });
      expect(await push()).toMatchObject({ ok: true, status: 'already-applied' });
      expect(peer.writes()).toBe(1);
      expect(peer.seen.every((r) => r.headers.authorization === 'Bearer tok_acme')).toBe(true);
      expect(await t.host.capabilities(tenantId)).toEqual(expect.arrayContaining(['acme-shop.pull-orders', 'acme-shop.push-stock']));
    });
  });
});

describe('discovery of plugins/', () => {
  it('offers the bundled connectors but never the template (folders starting with _)', async () => {
    const { plugins, problems } = await discoverBundled(path.resolve(import.meta.dirname, '../../plugins'));
    const ids = plugins.map((p) => p.manifest.id);
    expect(problems).toEqual([]);
    expect(ids).toEqual(expect.arrayContaining(['shopify', 'tryton', 'vendure', 'x12-3pl']));
    expect(ids).not.toContain('template');
    expect(plugins.map((p) => path.basename(p.dir)).filter((n) => n.startsWith('_'))).toEqual([]);
  });
});
