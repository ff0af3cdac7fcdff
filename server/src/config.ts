import path from 'node:path';
import { DEFAULT_LOGIN_THROTTLE, type LoginThrottle } from './auth/login-throttle.js';

export interface AppConfig {
  port: number;
  databaseUrl?: string;
  dataDir: string;
  logLevel: string;
  /** Trust X-Forwarded-* (behind a TLS-terminating proxy); cookies become Secure on https requests. */
  trustProxy: boolean;
  /**
   * How many proxies in front of the server append to X-Forwarded-For: the client address is the entry this
   * many places from the right (entries further left are whatever the client sent, and are ignored).
   */
  trustedProxies: number;
  /** Built designer to serve; missing folder → API only. */
  staticDir: string;
  sessionTtlMs: number;
  loginThrottle: LoginThrottle;
  /**
   * Refuse logins without a tenant slug. Off by default (demo logins need none); on closes the one hint the
   * tenant-less rule leaves: an admin who creates an email can tell from a failing tenant-less login that the
   * email also exists in another tenant.
   */
  loginRequiresTenant: boolean;
  maxBodyBytes: number;
  /** /api/health reports the DB down when it does not answer within this time. */
  healthTimeoutMs: number;
  /** Prometheus /metrics on its own listener (unset: not served; 0: any free port). Never on the API port. */
  metricsPort?: number;
  /** Interface of the metrics listener: loopback unless you scrape over a private network. */
  metricsHost: string;
}

// server/src/config.ts and server/dist/config.js both sit two levels below the repository root.
const repoRoot = path.resolve(import.meta.dirname, '../..');

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    port: env.PORT ? Number(env.PORT) : 3000,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.OMS_DATA_DIR ?? '.data'),
    logLevel: env.LOG_LEVEL ?? 'info',
    trustProxy: env.OMS_TRUST_PROXY === '1' || env.OMS_TRUST_PROXY === 'true',
    trustedProxies: positiveInt(env.OMS_TRUSTED_PROXIES, 1, 'OMS_TRUSTED_PROXIES'),
    staticDir: env.OMS_STATIC_DIR ?? path.join(repoRoot, 'designer', 'dist'),
    sessionTtlMs: Number(env.OMS_SESSION_TTL_HOURS ?? 12) * 3600_000,
    loginThrottle: DEFAULT_LOGIN_THROTTLE,
    loginRequiresTenant: env.OMS_LOGIN_REQUIRES_TENANT === '1' || env.OMS_LOGIN_REQUIRES_TENANT === 'true',
    maxBodyBytes: 1024 * 1024,
    healthTimeoutMs: 2000,
    metricsPort: env.OMS_METRICS_PORT ? Number(env.OMS_METRICS_PORT) : undefined,
    metricsHost: env.OMS_METRICS_HOST || '127.0.0.1',
    ...overrides,
  };
}

function positiveInt(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a whole number ≥ 1 (got "${value}")`);
  return n;
}
