import path from 'node:path';

export interface AppConfig {
  port: number;
  databaseUrl?: string;
  dataDir: string;
  logLevel: string;
  /** Trust X-Forwarded-* (behind a TLS-terminating proxy); cookies become Secure on https requests. */
  trustProxy: boolean;
  /** Built designer to serve; missing folder → API only. */
  staticDir: string;
  sessionTtlMs: number;
  loginRateLimit: { maxFailures: number; windowMs: number };
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
    staticDir: env.OMS_STATIC_DIR ?? path.join(repoRoot, 'designer', 'dist'),
    sessionTtlMs: Number(env.OMS_SESSION_TTL_HOURS ?? 12) * 3600_000,
    loginRateLimit: { maxFailures: 10, windowMs: 15 * 60_000 },
    maxBodyBytes: 1024 * 1024,
    healthTimeoutMs: 2000,
    metricsPort: env.OMS_METRICS_PORT ? Number(env.OMS_METRICS_PORT) : undefined,
    metricsHost: env.OMS_METRICS_HOST || '127.0.0.1',
    ...overrides,
  };
}
