import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEDUSA_ADMIN, startMedusaPeer, type MedusaPeer } from '../../peers/medusa-peer.js';

// The Medusa 2.21.2 tier: the harness installs the peer into the cache (≈ 80 s once, 715 MB), migrates a template
// database once per run, clones it and starts a real Medusa. The connector itself is not written yet (see
// plugins/vendure for the pattern); this file keeps the tier working until it is.
let peer: MedusaPeer;
beforeAll(async () => {
  peer = await startMedusaPeer();
}, 1_800_000);
afterAll(async () => {
  await peer?.stop();
}, 60_000);

describe('medusa peer', { timeout: 120_000 }, () => {
  it('serves health and signs the seeded admin in (Admin API bearer token)', async () => {
    const health = await fetch(`${peer.baseUrl}/health`);
    expect(health.status).toBe(200);
    const login = await fetch(`${peer.baseUrl}/auth/user/emailpass`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(MEDUSA_ADMIN) });
    expect(login.status).toBe(200);
    const { token } = (await login.json()) as { token: string };
    const me = await fetch(`${peer.baseUrl}/admin/users/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { user: { email: string } }).user.email).toBe(MEDUSA_ADMIN.email);
    const anonymous = await fetch(`${peer.baseUrl}/admin/orders`);
    expect(anonymous.status).toBe(401);
  });
});
