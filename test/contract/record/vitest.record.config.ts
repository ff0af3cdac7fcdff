import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../../../vitest.config.js';

// Not part of `npm test`: refreshes test/contract/fixtures/recorded/*.json from the real peers.
// npx vitest run --config test/contract/record/vitest.record.config.ts [vendure|tryton]
export default mergeConfig({ ...base, test: { ...base.test, projects: undefined } }, defineConfig({
  test: { include: ['test/contract/record/*.record.ts'], globalSetup: ['test/support/global-setup.ts'], testTimeout: 900_000, hookTimeout: 1_800_000 },
}));
