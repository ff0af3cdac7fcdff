import path from 'node:path';
import knex from 'knex';
import { UsageError } from './cli/args.js';
import { CREATE_ADMIN_USAGE, createAdmin, exitCodeFor } from './cli/create-admin.js';
import { loadConfig } from './config.js';
import { startEmbeddedPostgres, type EmbeddedDb } from './db/embedded.js';
import { migrateToLatest } from './db/migrate.js';

/**
 * `npm run oms -- <command>`. Uses DATABASE_URL, or the embedded cluster in OMS_DATA_DIR
 * (stop the server first: one PostgreSQL per data folder).
 * Exit codes: 0 ok, 1 failure, 2 usage error, 3 conflict (e.g. the email exists).
 */
async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== 'create-admin') {
    process.stderr.write(`Usage: npm run oms -- ${CREATE_ADMIN_USAGE}\n`);
    return command === undefined || command === 'help' || command === '--help' ? 0 : 2;
  }
  const config = loadConfig();
  let embedded: EmbeddedDb | undefined;
  let db: knex.Knex | undefined;
  try {
    const url = config.databaseUrl ?? (embedded = await startEmbeddedPostgres({ dataDir: path.join(config.dataDir, 'pg') })).url;
    db = knex({ client: 'pg', connection: url, pool: { min: 0, max: 2 } });
    await migrateToLatest(db);
    const r = await createAdmin(db, rest);
    process.stdout.write(
      `Created admin ${r.email} in tenant ${r.tenantCreated ? 'new ' : ''}"${r.tenantSlug}".\n` +
        (r.generatedPassword ? `Generated password (shown once): ${r.generatedPassword}\n` : ''),
    );
    return 0;
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    process.stderr.write(`Error: ${msg}\n${err instanceof UsageError ? `Usage: npm run oms -- ${CREATE_ADMIN_USAGE}\n` : ''}`);
    return exitCodeFor(err);
  } finally {
    await db?.destroy();
    await embedded?.stop();
  }
}

run(process.argv.slice(2)).then((code) => process.exit(code));
