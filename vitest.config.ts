import path from 'node:path';
import { defineConfig } from 'vitest/config';

const r = (p: string) => path.resolve(import.meta.dirname, p);

// Tests run the TypeScript sources directly (no build step): packages resolve to their src.
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@oms\/runtime\/roles$/, replacement: r('runtime/src/core/roles.ts') },
      { find: /^@oms\/runtime$/, replacement: r('runtime/src/index.ts') },
      { find: /^@oms\/server$/, replacement: r('server/src/index.ts') },
      { find: /^@oms-plugin\/kit$/, replacement: r('plugins/kit/src/index.ts') },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: { name: 'contract', include: ['test/contract/**/*.test.ts'], globalSetup: ['test/support/global-setup.ts'], testTimeout: 60_000, hookTimeout: 120_000 },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
