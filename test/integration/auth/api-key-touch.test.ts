import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findApiKey, generateApiKey, TOUCH_INTERVAL_MS } from '../../../server/src/auth/api-keys.js';
import { createUser, ensureTenant } from '../../../server/src/users/users.js';
import { createTestDb, type TestDb } from '../../support/test-db.js';

let t: TestDb;
let tenantId: string;
const T0 = Date.parse('2026-03-01T10:00:00Z');

beforeAll(async () => {
  t = await createTestDb();
  tenantId = (await ensureTenant(t.knex, 'touch', 'Touch')).id;
});
afterAll(() => t.drop());

async function keyOf(ownerRole: 'admin' | 'operator', keyRole: 'admin' | 'operator', email: string) {
  const owner = await createUser(t.knex, { tenantId, email, name: 'Owner', role: ownerRole, password: 'touch-password-1234' });
  const { key, prefix, hash } = generateApiKey();
  const id = uuidv7();
  await t.knex('api_keys').insert({ tenant_id: tenantId, id, name: email, role: keyRole, prefix, key_hash: hash, created_by: owner.id, created_at: new Date(T0) });
  return { key, id, ownerId: owner.id };
}
const lastUsed = async (id: string) => (await t.knex('api_keys').where({ tenant_id: tenantId, id }).first('last_used_at')).last_used_at as Date | null;

describe('API key use is recorded at most once a minute, in the lookup statement', () => {
  it('writes on first use, not again within the interval, again after it', async () => {
    const k = await keyOf('operator', 'operator', 'op@touch.test');
    const steps: Array<[number, number]> = [
      [T0, T0], // first use: recorded
      [T0 + 30_000, T0], // within a minute: unchanged
      [T0 + TOUCH_INTERVAL_MS - 1, T0],
      [T0 + TOUCH_INTERVAL_MS + 1_000, T0 + TOUCH_INTERVAL_MS + 1_000], // older than a minute: recorded
      [T0 + 10_000, T0 + TOUCH_INTERVAL_MS + 1_000], // a clock behind the record never moves it back
    ];
    for (const [at, expected] of steps) {
      expect(await findApiKey(t.knex, k.key, { touchAt: at })).toMatchObject({ id: k.id, tenant_id: tenantId, role: 'operator', owner_id: k.ownerId });
      expect((await lastUsed(k.id))?.getTime()).toBe(expected);
    }
  });

  it('without touchAt it only reads', async () => {
    const k = await keyOf('operator', 'operator', 'reader@touch.test');
    expect(await findApiKey(t.knex, k.key)).toMatchObject({ id: k.id });
    expect(await lastUsed(k.id)).toBeNull();
  });

  it('a key that authenticates nobody is not touched: revoked, disabled owner, owner no longer covering its role', async () => {
    const revoked = await keyOf('operator', 'operator', 'revoked@touch.test');
    await t.knex('api_keys').where({ tenant_id: tenantId, id: revoked.id }).update({ revoked_at: new Date(T0) });
    const disabled = await keyOf('operator', 'operator', 'disabled@touch.test');
    await t.knex('users').where({ tenant_id: tenantId, id: disabled.ownerId }).update({ disabled: true });
    const wider = await keyOf('operator', 'admin', 'wider@touch.test');
    for (const k of [revoked, disabled, wider]) {
      expect(await findApiKey(t.knex, k.key, { touchAt: T0 })).toBeUndefined();
      expect(await lastUsed(k.id)).toBeNull();
    }
  });
});
