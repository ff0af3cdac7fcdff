import path from 'node:path';
import type { Knex } from 'knex';
import type { Logger } from 'pino';
import type { Clock } from '@oms/runtime';
import { createCredentialCipher, type CredentialCipher } from '../crypto/credential-cipher.js';
import { loadMasterKey } from '../crypto/master-key.js';
import { createProcessRunner } from '../host/process-runner.js';
import type { PluginRunner } from '../host/runner-types.js';
import { createPgStateStore } from '../store/pg-state-store.js';
import type { PluginHost } from '../plugin-host.js';
import { createPlatformPluginHost, type PlatformPluginHost } from './platform-host.js';
import { createPluginPlatform } from './platform.js';
import type { PlatformOptions } from './platform-types.js';

// server/src/plugins/platform and server/dist/plugins/platform both sit four levels below the repository root.
const repoRoot = path.resolve(import.meta.dirname, '../../../..');

export const DEFAULT_BREAKER = { failureThreshold: 5, coolDownMs: 30_000 };
export const DEFAULT_RETRY = { attempts: 3, baseDelayMs: 200, maxDelayMs: 5_000 };

export interface DefaultPlatformInput {
  db: Knex;
  clock: Clock;
  logger: Logger;
  dataDir: string;
  inProcess: PluginHost;
  /** Default: p1's child-process runner over the PostgreSQL state store (children start on first call). */
  runner?: PluginRunner;
  env?: NodeJS.ProcessEnv;
  overrides?: Partial<PlatformOptions>;
}

/**
 * The platform host the app and the workers use: bundled plugins from OMS_PLUGINS_DIR (default `<repo>/plugins`),
 * uploads and the key file in the data folder, the master key read on first use.
 */
export function createDefaultPlatformHost(input: DefaultPlatformInput): PlatformPluginHost {
  const env = input.env ?? process.env;
  let cipher: Promise<CredentialCipher> | undefined;
  const options: PlatformOptions = {
    db: input.db, clock: input.clock, logger: input.logger, dataDir: input.dataDir,
    pluginsDir: env.OMS_PLUGINS_DIR ? path.resolve(env.OMS_PLUGINS_DIR) : path.join(repoRoot, 'plugins'),
    cipher: () => (cipher ??= loadMasterKey({ env, dataDir: input.dataDir }).then(createCredentialCipher)),
    runner: input.runner ?? createProcessRunner({ stateStore: createPgStateStore(input.db, input.clock), clock: input.clock }),
    breaker: DEFAULT_BREAKER, retry: DEFAULT_RETRY,
    sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
    random: Math.random,
    ...input.overrides,
  };
  return createPlatformPluginHost(createPluginPlatform(options), input.inProcess);
}
