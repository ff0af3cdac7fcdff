import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import knex from 'knex';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedDb } from '../../server/src/db/embedded.js';
import { migrateToLatest } from '../../server/src/db/migrate.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    pgTemplate: string;
  }
}

let db: EmbeddedDb | undefined;
let dir: string | undefined;

/** One real PostgreSQL per test run; a migrated template database that each test file clones (< 0.5 s). */
export async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE_URL) {
    // Use an external PostgreSQL (≥ 14): the URL must point at a database we may create databases from.
    const admin = process.env.TEST_DATABASE_URL;
    await prepareTemplate(admin);
    project.provide('pgAdminUrl', admin);
    project.provide('pgTemplate', TEMPLATE);
    return;
  }
  dir = await mkdtemp(path.join(os.tmpdir(), 'oms-test-pg-'));
  db = await startEmbeddedPostgres({ dataDir: path.join(dir, 'data'), database: 'postgres' });
  await prepareTemplate(db.url);
  project.provide('pgAdminUrl', db.url);
  project.provide('pgTemplate', TEMPLATE);
}

export async function teardown() {
  await db?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
}

const TEMPLATE = 'oms_test_template';

async function prepareTemplate(adminUrl: string) {
  const admin = knex({ client: 'pg', connection: adminUrl });
  try {
    await admin.raw(`DROP DATABASE IF EXISTS ${TEMPLATE}`);
    await admin.raw(`CREATE DATABASE ${TEMPLATE}`);
  } finally {
    await admin.destroy();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${TEMPLATE}`;
  const tpl = knex({ client: 'pg', connection: url.toString() });
  try {
    await migrateToLatest(tpl);
  } finally {
    await tpl.destroy();
  }
}
