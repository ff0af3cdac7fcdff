import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../http/support/harness.js';
import { startScenarioWorld, until, type ScenarioWorld } from './peer-scenario-world.js';

// The automatic WMS push executed for real: x12-3pl in its child process, its real folders, the real worker.
const WH = { id: 'wh-3pl', lat: 39.9612, lon: -82.9988 };
let w: ScenarioWorld;
let operator: Client;
let x12: string;

beforeAll(async () => {
  w = await startScenarioWorld('wms-push', WH, [['KIT-1', 50]]);
  x12 = await w.install('x12-3pl', { senderId: 'OMSSTUDIO', receiverId: 'ACME3PL', location: WH.id });
  operator = await Client.login(w.t.base, 'operator@wms-push.test', 'wms-push');
  await w.startWorker();
}, 120_000);
afterAll(() => w?.close());

const place = async () => {
  const body = {
    channel: 'portal', externalId: `PO-${randomUUID().slice(0, 8)}`, currency: 'USD',
    customer: { id: 'c-1', name: 'Acme', email: 'buyer@acme.example' },
    shipTo: { name: 'Acme', line1: '1 Way', city: 'Columbus', region: 'OH', postcode: '43215', country: 'US', lat: 39.96, lon: -82.99 },
    lines: [{ id: 'line-1', sku: 'KIT-1', qty: 3, unitPrice: 10 }], totals: { total: 30 },
  };
  const r = await operator.request('POST', '/api/orders', { body, headers: { 'idempotency-key': randomUUID() } });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body as { id: string; number: string };
};
const allocated = (id: string) => until('allocation', async () => (await w.t.db('orders').where({ tenant_id: w.tenantId, id }).first('status')).status === 'allocated');
const pushJobs = async () => Number((await w.t.db.raw(`SELECT count(*)::int AS n FROM graphile_worker._private_jobs j
  JOIN graphile_worker._private_tasks k ON k.id = j.task_id WHERE k.identifier = 'plugin-push-shipping-order'`)).rows[0].n);
const files940 = async (number: string) => (await w.files(x12).list('outbound')).filter((f) => f.startsWith(`940-${number}-`));

describe('automatic shipping-order push (x12-3pl, real folders)', { timeout: 120_000 }, () => {
  it('an allocation writes one 940 with the location’s lines; a re-route (second allocation) writes none more', async () => {
    const o = await place();
    await allocated(o.id);
    const [file] = await until('the 940', async () => {
      const f = await files940(o.number);
      return f.length > 0 && f;
    });
    const text = await w.files(x12).read(`outbound/${file}`);
    expect(text).toContain('W01*3*EA**SK*KIT-1~');
    expect(text).toContain('N9*LI*line-1~');
    const r = await operator.post(`/api/orders/${o.id}/reroute`, {});
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    await allocated(o.id);
    await until('the second push job done', async () => (await pushJobs()) === 0);
    expect(await files940(o.number)).toEqual([file]);
    expect(await w.t.db('plugin_dead_letters').where({ tenant_id: w.tenantId }).select('error')).toEqual([]);
  });

  it('autoPush: false on the installation: an allocated order sends no 940', async () => {
    const p = await w.admin.request('PATCH', `/api/installations/${x12}`, { body: { config: { senderId: 'OMSSTUDIO', receiverId: 'ACME3PL', location: WH.id, autoPush: false } } });
    expect(p.status, JSON.stringify(p.body)).toBe(200);
    const o = await place();
    await allocated(o.id);
    expect(await pushJobs()).toBe(0);
    expect(await files940(o.number)).toEqual([]);
  });
});
