import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passwordProblem } from '../../../server/src/auth/password-policy.js';
import { Client, PASSWORD, seedTenant, startTestApp, type TestApp } from '../http/support/harness.js';

let t: TestApp;
let admin: Client;
let adminId: string;
let operatorId: string;
beforeAll(async () => {
  t = await startTestApp();
  const seeded = await seedTenant(t.db, 'acme');
  adminId = seeded.users.admin;
  operatorId = seeded.users.operator;
  admin = await Client.login(t.base, 'admin@acme.test', 'acme');
});
afterAll(() => t.close());

// [password, expected problem]: at least 10 characters (code points), not on zxcvbn-ts's common list (any case).
const CASES: Array<[string, string | null]> = [
  ['short-pw1', 'password.too-short'],
  ['demo1234', 'password.too-short'],
  ['密码密码密码密码密码', null],
  ['😀😀😀😀😀😀😀😀😀', 'password.too-short'], // 9 code points, 18 UTF-16 units
  ['qwertyuiop', 'password.too-common'],
  ['Password123', 'password.too-common'],
  ['1234567890', 'password.too-common'],
  ['IloveYOU123', 'password.too-common'],
  ['correct-horse-1', null],
  ['lamp-orbit-42', null],
];

describe('password rules for every password a person sets', () => {
  it.each(CASES)('%s → %s', (pw, problem) => {
    expect(passwordProblem(pw)).toBe(problem);
  });

  it('user create refuses with the stable code and the path of the field', async () => {
    for (const [password, problem] of CASES) {
      const r = await admin.post('/api/users', { email: `u${CASES.findIndex((c) => c[0] === password)}@acme.test`, name: 'U', role: 'operator', password });
      if (problem) expect([r.status, r.body.error.code, r.body.error.path]).toEqual([400, problem, '/password']);
      else expect(r.status).toBe(201);
    }
  });

  it('password reset by an admin refuses the same way and changes nothing', async () => {
    const before = await t.db('users').where({ id: operatorId }).first('password_hash');
    for (const password of ['too-short', 'password1234']) {
      const r = await admin.request('PATCH', `/api/users/${operatorId}`, { body: { password } });
      expect(r.status).toBe(400);
      expect(r.body.error.path).toBe('/password');
    }
    expect(await t.db('users').where({ id: operatorId }).first('password_hash')).toEqual(before);
    expect((await admin.request('PATCH', `/api/users/${operatorId}`, { body: { password: 'a-long-fresh-one' } })).status).toBe(200);
  });
});

describe('self-lockout guard compares ids canonically', () => {
  it.each([['lowercase', (id: string) => id], ['UPPERCASE', (id: string) => id.toUpperCase()]])(
    'an admin cannot demote or disable themselves by a %s copy of their id',
    async (_name, spell) => {
      for (const body of [{ role: 'analyst' }, { disabled: true }]) {
        const r = await admin.request('PATCH', `/api/users/${spell(adminId)}`, { body });
        expect([r.status, r.body.error.code]).toEqual([409, 'user.self-lockout']);
      }
      expect(await t.db('users').where({ id: adminId }).first('role', 'disabled')).toEqual({ role: 'admin', disabled: false });
    },
  );
});

describe('changing your own password (POST /api/auth/password)', () => {
  it('needs the current password, applies the rules, and ends your other sessions only', async () => {
    const here = await Client.login(t.base, 'analyst@acme.test', 'acme');
    const elsewhere = await Client.login(t.base, 'analyst@acme.test', 'acme');
    const change = (currentPassword: string, newPassword: string) => here.post('/api/auth/password', { currentPassword, newPassword });
    const wrong = await change('not-my-password', 'a-brand-new-passphrase');
    expect([wrong.status, wrong.body.error.code, wrong.body.error.path]).toEqual([403, 'auth.wrong-password', '/currentPassword']);
    const weak = await change(PASSWORD, 'Password1234');
    expect([weak.status, weak.body.error.code, weak.body.error.path]).toEqual([400, 'password.too-common', '/newPassword']);
    expect((await change(PASSWORD, 'a-brand-new-passphrase')).status).toBe(204);
    expect((await here.get('/api/auth/me')).status).toBe(200);
    expect((await elsewhere.get('/api/auth/me')).status).toBe(401);
    await expect(Client.login(t.base, 'analyst@acme.test', 'acme', PASSWORD)).rejects.toThrow(/401/);
    await Client.login(t.base, 'analyst@acme.test', 'acme', 'a-brand-new-passphrase');
  });

  it('wrong current passwords are throttled like logins', async () => {
    const c = await Client.login(t.base, 'approver@acme.test', 'acme');
    const codes: string[] = [];
    for (let i = 0; i < t.app.deps.config.loginThrottle.pair.max + 1; i++) {
      codes.push((await c.post('/api/auth/password', { currentPassword: `guess-${i}`, newPassword: 'a-brand-new-passphrase' })).body.error.code);
    }
    expect(codes.at(-1)).toBe('auth.rate-limited');
    expect(new Set(codes.slice(0, -1))).toEqual(new Set(['auth.wrong-password']));
  });

  it('an API key cannot change its owner’s password', async () => {
    const k = await admin.post('/api/api-keys', { name: 'pw', role: 'admin' });
    const r = await Client.withKey(t.base, k.body.key).post('/api/auth/password', { currentPassword: PASSWORD, newPassword: 'a-brand-new-passphrase' });
    expect([r.status, r.body.error.code]).toEqual([403, 'user.key-owner-protected']);
  });
});
