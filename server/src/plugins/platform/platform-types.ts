import type { Knex } from 'knex';
import type { Logger } from 'pino';
import type { Clock, PluginManifest } from '@oms/runtime';
import type { CredentialCipher } from '../crypto/credential-cipher.js';
import type { PluginRunner } from '../host/runner-types.js';
import type { PackageLimits } from '../packages/tgz-read.js';

export interface BreakerPolicy {
  /** Consecutive failures (retryable, rate-limited, auth) that open the circuit. */
  failureThreshold: number;
  /** How long the circuit stays open before one trial call is let through (half-open). */
  coolDownMs: number;
}

export interface RetryPolicy {
  /** Attempts per call for retryable / rate-limited errors (1 = no host retry). */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export interface PlatformOptions {
  db: Knex;
  clock: Clock;
  logger: Logger;
  dataDir: string;
  /** Bundled plugins (default `<repo>/plugins`, env OMS_PLUGINS_DIR). */
  pluginsDir: string;
  /** Loaded on first use (env OMS_MASTER_KEY or the key file). */
  cipher: () => Promise<CredentialCipher>;
  /** The child-process runner; absent → installed plugins answer `plugin.runner-unavailable`. */
  runner?: PluginRunner;
  breaker: BreakerPolicy;
  retry: RetryPolicy;
  packageLimits?: PackageLimits;
  /** Waits between host retries; tests pass one that returns at once. */
  sleep: (ms: number) => Promise<void>;
  /** Jitter source in [0, 1). */
  random: () => number;
}

export interface ResolvedPackage {
  manifest: PluginManifest;
  dir: string;
  source: 'bundled' | 'uploaded';
}

export interface InstallationRow {
  tenant_id: string;
  id: string;
  plugin_id: string;
  version: string;
  source: 'bundled' | 'uploaded';
  enabled: boolean;
  config: Record<string, unknown>;
  credentials: string | null;
  credentials_set_at: Date | null;
  extra_hosts: string[];
  capabilities: string[];
  revision: number;
  created_at: Date;
  updated_at: Date;
}
