import { errorSchema, HttpError } from '../../http/errors.js';
import { defineRoute, type RouteSpec } from '../../http/route-spec.js';
import { addJob } from '../../jobs/queue.js';
import { PLUGIN_TASKS } from '../plugin-task-names.js';
import { loadInstallation } from './installations.js';
import { EXAMPLE_ID, platformOf } from './platform-of.js';

const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'string', format: 'uuid' } }, additionalProperties: false } as const;
const iso = (d: unknown) => (d ? new Date(d as string).toISOString() : null);

const test = defineRoute({
  method: 'post', path: '/api/installations/:id/test', operationId: 'testInstallation', tags: ['plugins'],
  summary: 'Test connection: runs the plugin’s testConnection with the stored config and credentials',
  params: idParams, example: { params: { id: EXAMPLE_ID } },
  responses: {
    200: { description: '`ok` true, or false with `message` / `error` {class, code, message}', schema: { type: 'object', properties: { ok: { type: 'boolean' }, message: { type: 'string' }, error: { type: 'object' }, durationMs: { type: 'integer' } } } },
    404: { description: 'Not found', schema: errorSchema },
  },
  async handler({ deps, auth, params }) {
    const platform = platformOf(deps);
    const row = await loadInstallation(platform, auth.tenantId, params.id);
    const started = deps.clock.now();
    const out = await platform.run(row, { op: 'test-connection' }, { deadlineMs: 15_000 });
    const durationMs = Math.max(0, deps.clock.now() - started);
    if (!out.ok) return { body: { ok: false, error: out.error, durationMs } };
    const v = (out.value ?? {}) as { ok?: boolean; message?: string };
    return { body: { ok: v.ok !== false, ...(v.message ? { message: v.message } : {}), durationMs } };
  },
});

const sync = defineRoute({
  method: 'post', path: '/api/installations/:id/sync', operationId: 'syncInstallation', tags: ['plugins'],
  summary: 'Sync now: queue a poll of every pull capability (one pending sync per installation)',
  params: idParams, example: { params: { id: EXAMPLE_ID } },
  responses: { 202: { description: 'Queued', schema: { type: 'object', properties: { queued: { type: 'boolean' }, jobKey: { type: 'string' } } } }, 404: { description: 'Not found', schema: errorSchema }, 409: { description: 'installation.disabled', schema: errorSchema } },
  async handler({ deps, auth, params }) {
    const row = await loadInstallation(platformOf(deps), auth.tenantId, params.id);
    if (!row.enabled) throw new HttpError(409, 'installation.disabled', 'Enable the installation to sync it');
    const jobKey = `plugin-sync:${row.id}`;
    await addJob(deps.db, PLUGIN_TASKS.sync, { tenantId: row.tenant_id, installationId: row.id }, { jobKey, maxAttempts: 3 });
    return { status: 202, body: { queued: true, jobKey } };
  },
});

const health = defineRoute({
  method: 'get', path: '/api/installations/:id/health', operationId: 'installationHealth', tags: ['plugins'],
  summary: 'Health: last success, last error, circuit state, queue depth, last sync',
  params: idParams, example: { params: { id: EXAMPLE_ID } },
  responses: { 200: { description: 'Health', schema: { type: 'object' } }, 404: { description: 'Not found', schema: errorSchema } },
  async handler({ deps, auth, params }) {
    const row = await loadInstallation(platformOf(deps), auth.tenantId, params.id);
    const key = { tenant_id: auth.tenantId, installation_id: row.id };
    const h = (await deps.db('plugin_health').where(key).first()) ?? {};
    const [jobs] = (await deps.db.raw(
      `SELECT count(*)::int AS n FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
       WHERE t.identifier LIKE 'plugin-%' AND j.payload->>'installationId' = ?`, [row.id],
    )).rows;
    const hooks = await deps.db('plugin_webhook_deliveries').where({ ...key, status: 'queued' }).count<{ n: string }[]>('* as n');
    const dead = await deps.db('plugin_dead_letters').where({ ...key }).whereNot({ status: 'replayed' }).count<{ n: string }[]>('* as n');
    const cursors = await deps.db('plugin_cursors').where(key).select('capability', 'cursor', 'updated_at');
    return {
      body: {
        installationId: row.id, enabled: row.enabled,
        circuit: h.circuit ?? 'closed', consecutiveFailures: h.consecutive_failures ?? 0, openedAt: iso(h.opened_at),
        lastSuccessAt: iso(h.last_success_at), lastErrorAt: iso(h.last_error_at), lastError: h.last_error ?? null,
        lastSyncAt: iso(h.last_sync_at), lastSync: h.last_sync ?? null,
        queueDepth: { jobs: jobs?.n ?? 0, webhooks: Number(hooks[0]?.n ?? 0), deadLetters: Number(dead[0]?.n ?? 0) },
        cursors: cursors.map((c) => ({ capability: c.capability, cursor: c.cursor, updatedAt: iso(c.updated_at) })),
      },
    };
  },
});

export const operateRoutes: RouteSpec[] = [test, sync, health];
