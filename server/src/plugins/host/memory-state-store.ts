import type { Clock } from '@oms/runtime';
import type { PluginStateStore } from './runner-types.js';

/**
 * An in-memory PluginStateStore for unit tests, benches and a single-process dev run (the platform's store is
 * PostgreSQL). Values are structured-cloned in and out so a caller can never mutate what is stored.
 */
export function createMemoryStateStore(clock: Clock): PluginStateStore {
  const rows = new Map<string, { value: unknown; expiresAt?: number }>();
  const k = (installationId: string, key: string) => `${installationId}\u0000${key}`;
  return {
    async get(installationId, key) {
      const row = rows.get(k(installationId, key));
      if (!row) return undefined;
      if (row.expiresAt !== undefined && row.expiresAt <= clock.now()) {
        rows.delete(k(installationId, key));
        return undefined;
      }
      return structuredClone(row.value);
    },
    async set(installationId, key, value, ttlSeconds) {
      rows.set(k(installationId, key), { value: structuredClone(value), expiresAt: ttlSeconds ? clock.now() + ttlSeconds * 1000 : undefined });
    },
    async delete(installationId, key) {
      rows.delete(k(installationId, key));
    },
  };
}
