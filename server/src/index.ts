// Public API of @oms/server (tests, scripts and the CLI import from here).
export { createApp, type CreateAppDeps } from './app.js';
export { loadConfig, type AppConfig } from './config.js';
export { migrateToLatest, rollbackAll, appliedMigrations, type Migration } from './db/migrate.js';
export { startEmbeddedPostgres, freePort, type EmbeddedDb } from './db/embedded.js';
export { HttpError } from './http/errors.js';
export { defineRoute, policyKey, ROLES, type Role, type RouteSpec, type RouteContext, type AppDeps, type AuthInfo } from './http/route-spec.js';
export { policy, type PolicyEntry } from './http/policy.js';
export { buildOpenApi } from './http/openapi.js';
export { allRoutes } from './http/routes.js';
export { startMetricsServer, type MetricsServer } from './ops/metrics-server.js';
export { writeAudit, type AuditEntry } from './audit/audit.js';
export { seedDemo, DEMO_TENANT, DEMO_PASSWORD, DEMO_ROLES, demoEmail } from './seed/demo.js';
export { createUser, ensureTenant } from './users/users.js';
