#!/usr/bin/env node
// `npm test`: every test, in order, failing loudly. Unit + integration (real PostgreSQL) with vitest,
// then the designer build and browser e2e (real Chromium) with Playwright. Nothing is skipped silently.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const results = [];
mkdirSync('test-reports', { recursive: true });

function step(name, cmd, args, env = {}) {
  const started = Date.now();
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  results.push({ name, ok: r.status === 0, seconds });
  if (r.status !== 0) {
    summary();
    console.error(`\n✗ ${name} failed (exit ${r.status ?? r.signal}). See the output above.`);
    process.exit(1);
  }
}

function counts() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  if (existsSync('test-reports/vitest.json')) {
    const v = JSON.parse(readFileSync('test-reports/vitest.json', 'utf8'));
    passed += v.numPassedTests ?? 0;
    failed += v.numFailedTests ?? 0;
    skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
  }
  if (existsSync('test-reports/e2e.json')) {
    const s = JSON.parse(readFileSync('test-reports/e2e.json', 'utf8')).stats ?? {};
    passed += (s.expected ?? 0) + (s.flaky ?? 0);
    failed += s.unexpected ?? 0;
    skipped += s.skipped ?? 0;
  }
  return { passed, failed, skipped };
}

function summary() {
  console.log('\n=== summary');
  for (const r of results) console.log(`${r.ok ? '✓' : '✗'} ${r.name} (${r.seconds}s)`);
  const c = counts();
  console.log(`${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
}

step('browser check', 'node', ['scripts/ensure-chromium.mjs']);
step('typecheck (runtime, server, tests, designer) + build', 'npm', ['run', 'typecheck']);
step('unit + integration (vitest, real PostgreSQL)', 'npx', [
  'vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-reports/vitest.json',
]);
// Date rules must not depend on the host's zone: the time-zone suites run again under three zones
// (OMS_EXPECT_TZ lets the suite check that the zone really took effect).
for (const zone of ['UTC', 'Asia/Shanghai', 'America/New_York']) {
  step(`time zones under TZ=${zone}`, 'npx', [
    'vitest', 'run', '--project', 'unit', 'test/unit/rules/time-zones.test.ts', 'test/unit/rules/oms-operators.test.ts',
  ], { TZ: zone, OMS_EXPECT_TZ: zone });
}
step('designer build (vite)', 'npm', ['run', 'build', '-w', '@oms/designer']);
step('browser e2e (Playwright, Chromium)', 'npx', ['playwright', 'test']);
summary();
const c = counts();
// The runners' exit codes are the first guard; the counts are the second (a reporter or a test that resets
// process.exitCode must never turn failures into a green run).
if (c.failed > 0) {
  console.error(`✗ ${c.failed} test(s) failed.`);
  process.exit(1);
}
if (c.skipped > 0) {
  console.error(`✗ ${c.skipped} test(s) were skipped: npm test never skips silently.`);
  process.exit(1);
}
