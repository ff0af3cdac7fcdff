import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passwordProblem } from '../../../server/src/auth/password-policy.js';
import { Client, seedTenant, startTestApp, type TestApp } from '../http/support/harness.js';

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
