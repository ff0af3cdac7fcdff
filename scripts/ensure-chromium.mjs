#!/usr/bin/env node
// Browser e2e needs Debian's Chromium at /usr/bin/chromium (no internet: never `npx playwright install`).
// As root we install it with apt; otherwise we stop with a clear message.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';

if (existsSync(CHROMIUM)) {
  console.log(`chromium: ${CHROMIUM} found`);
  process.exit(0);
}

if (typeof process.getuid !== 'function' || process.getuid() !== 0) {
  console.error(
    `✗ ${CHROMIUM} is missing. Install it as root: apt-get update && apt-get install -y chromium\n` +
      '  (the e2e tests use Debian Chromium; `npx playwright install` is not used).',
  );
  process.exit(1);
}

const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
// A CJK font too, so zh-CN screenshots show Chinese rather than empty boxes.
for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium', 'fonts-wqy-zenhei']]) {
  console.log(`$ apt-get ${args.join(' ')}`);
  const r = spawnSync('apt-get', args, { stdio: 'inherit', env });
  if (r.status !== 0) {
    console.error(`✗ apt-get ${args.join(' ')} failed (exit ${r.status ?? r.signal}); cannot run browser e2e.`);
    process.exit(1);
  }
}
if (!existsSync(CHROMIUM)) {
  console.error(`✗ chromium was installed but ${CHROMIUM} does not exist.`);
  process.exit(1);
}
console.log(`chromium: installed at ${CHROMIUM}`);
