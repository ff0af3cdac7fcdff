import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../../server/src/auth/password.js';
import { createTestDb, type TestDb } from '../../support/test-db.js';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(() => db.drop());

async function oms(args: string[]) {
  try {
    const r = await run(tsx, ['--conditions=oms-source', 'server/src/cli.ts', ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: db.url },
    });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e: any) {
    return { code: e.code as number, stdout: e.stdout as string, stderr: e.stderr as string };
  }
}

describe('oms create-admin', () => {
  it('creates the tenant and an admin, printing a generated password once', async () => {
    const r = await oms(['create-admin', '--email', 'Boss@Example.com', '--tenant', 'acme', '--name', 'Boss']);
    expect(r.code, r.stderr).toBe(0);
    const pw = /Generated password \(shown once\): (\S+)/.exec(r.stdout)![1];
    const tenant = await db.knex('tenants').where({ slug: 'acme' }).first();
    const user = await db.knex('users').where({ tenant_id: tenant.id, email: 'boss@example.com' }).first();
    expect(user).toMatchObject({ role: 'admin', name: 'Boss', disabled: false });
    expect(await verifyPassword(user.password_hash, pw)).toBe(true);
    expect(await db.knex('audit_log').where({ tenant_id: tenant.id, action: 'user.create' }).count({ n: '*' }).first()).toEqual({ n: '1' });
  }, 60_000);

  it('uses a given password, reuses an existing tenant, and refuses a taken email with exit 3', async () => {
    const ok = await oms(['create-admin', '--email=second@example.com', '--tenant=acme', '--password=long-enough-pw']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).not.toContain('Generated password');
    expect(await db.knex('tenants').count({ n: '*' }).first()).toEqual({ n: '1' });
    const dup = await oms(['create-admin', '--email', 'second@example.com', '--tenant', 'acme']);
    expect(dup.code).toBe(3);
    expect(dup.stderr).toMatch(/exists/);
  }, 60_000);

  it.each([
    [['create-admin', '--tenant', 'acme'], /--email/],
    [['create-admin', '--email', 'a@b.c', '--tenant', 'Bad Slug'], /--tenant/],
    [['create-admin', '--email', 'a@b.c', '--tenant', 'acme', '--password', 'short'], /at least 10.*password.too-short/],
    [['create-admin', '--email', 'a@b.c', '--tenant', 'acme', '--password', 'Password123'], /password.too-common/],
    [['create-admin', '--email', 'a@b.c', '--tenant', 'acme', '--colour', 'red'], /Unknown option --colour/],
    [['frobnicate'], /Usage/],
  ])('usage errors exit 2: %j', async (args, message) => {
    const r = await oms(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  }, 60_000);
});
