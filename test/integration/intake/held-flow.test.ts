import { afterAll, beforeAll, expect, it } from 'vitest';
import { startPinnedFlow } from '../../../server/src/intake/start-pinned-flow.js';
import { SYSTEM_ACTOR } from '../../../server/src/orders/timeline.js';
import type { Client } from '../http/support/harness.js';
import { approvalFlow, review } from './definitions.js';
import { order, publish, startWorld, type World } from './support.js';

let w: World;
let api: Client;
beforeAll(async () => {
  w = await startWorld();
  await publish(w.admin, [review(), approvalFlow()]);
  api = await w.key('shop');
});
afterAll(() => w?.t.close());

it('a held order starts the flow version pinned at intake when released, even after a newer one is published', async () => {
  const held = await api.request('POST', '/api/orders', { body: order({ shipTo: { city: 'Berlin' } }), headers: { 'idempotency-key': 'h-1' } });
  expect(held.body).toMatchObject({ status: 'on-hold', flowStarted: false, pinned: { flow: { key: 'approval-flow', version: 1 } } });
  await publish(w.admin, [{ ...approvalFlow(), description: { en: 'v2' } }]);
  const at = new Date(w.t.clock.now());
  const started = await w.t.db.transaction((trx) => startPinnedFlow(trx, w.t.app.deps, { tenantId: w.tenantId, orderId: held.body.id, actor: SYSTEM_ACTOR, at }));
  expect(started?.instanceId).toEqual(expect.any(String));
  const inst = await w.t.db('flow_instances').where({ tenant_id: w.tenantId, order_id: held.body.id }).first();
  expect([inst.flow_key, inst.flow_version]).toEqual(['approval-flow', 1]);
  const again = await w.t.db.transaction((trx) => startPinnedFlow(trx, w.t.app.deps, { tenantId: w.tenantId, orderId: held.body.id, actor: SYSTEM_ACTOR, at }));
  expect(again).toBeNull();
});
