import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompiledAjv } from './build/precompiled-ajv';
import { precompress } from './build/precompress';

const r = (p: string) => path.resolve(import.meta.dirname, p);

// The designer imports the pure runtime from source, so validation and schemas never drift from the server.
export default defineConfig({
  // Ajv validators precompiled at build time: the built app runs under a CSP without 'unsafe-eval'.
  // Files are brotli/gzip-compressed once at build time; the server sends the .br/.gz as they are.
  plugins: [react(), precompiledAjv({ runtimeSrc: r('../runtime/src') }), precompress({ outDir: r('dist') })],
  resolve: {
    // `@oms/runtime/roles` is the role list alone: the first screen needs it, not the whole engine (rules, Temporal).
    alias: [
      { find: /^@oms\/runtime\/roles$/, replacement: r('../runtime/src/core/roles.ts') },
      { find: /^@oms\/runtime$/, replacement: r('../runtime/src/index.ts') },
    ],
  },
  build: {
    outDir: r('dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
  },
  worker: { format: 'es' },
  server: {
    // `npm run dev -w @oms/designer` proxies the API to a locally running server.
    proxy: { '/api': process.env.OMS_API_URL ?? 'http://localhost:3000' },
  },
});
