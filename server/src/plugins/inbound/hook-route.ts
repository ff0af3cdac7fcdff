import { errorSchema, HttpError } from '../../http/errors.js';
import { defineRoute, type RouteSpec } from '../../http/route-spec.js';
import { addJob } from '../../jobs/queue.js';
import { platformOf } from '../admin/platform-of.js';
import { PLUGIN_TASKS } from '../plugin-task-names.js';
import { deliveryIdOf, verifySignature } from './verify-signature.js';

/** Webhook bodies beyond this are refused (413) before any signature work. */
export const MAX_HOOK_BYTES = 1024 * 1024;
/** Never stored with a delivery: they authenticate the sender to us, not the payload. */
const DROP_HEADERS = new Set(['cookie', 'authorization', 'x-csrf-token']);

const hook = defineRoute({
  method: 'post',
  path: '/api/hooks/:installationId',
  operationId: 'receiveHook',
  summary: 'Inbound webhook of an installation: verified by the manifest’s signature scheme on the raw body, deduped by delivery id, acknowledged at once and processed by a job',
  description: 'Public: the signature is the authentication (no session, no CSRF). 401 hook.signature-missing / hook.signature-mismatch / hook.timestamp-missing / hook.timestamp-out-of-range; 404 not-found (unknown installation, or it takes no webhooks); 409 installation.disabled / hook.not-configured (no secret set).',
  tags: ['plugins'],
  params: { type: 'object', required: ['installationId'], properties: { installationId: { type: 'string', format: 'uuid' } }, additionalProperties: false },
  textBody: { contentTypes: ['application/json', '+json', 'text/plain', 'application/x-www-form-urlencoded', 'application/xml', 'text/xml'], maxBytes: MAX_HOOK_BYTES, description: 'The delivery, byte for byte as signed' },
  example: { params: { installationId: '00000000-0000-7000-8000-000000000000' } },
  responses: {
    202: { description: 'Accepted (a job processes it)', schema: { type: 'object', properties: { received: { type: 'boolean' }, deliveryId: { type: 'string' }, duplicate: { type: 'boolean' } } } },
    200: { description: 'Duplicate delivery id: already accepted, not processed again' },
    401: { description: 'Signature refused', schema: errorSchema },
    404: { description: 'Unknown installation', schema: errorSchema },
  },
  async handler({ deps, params, body, ctx }) {
    const platform = platformOf(deps);
    const row = await deps.db('plugin_installations').where({ id: params.installationId }).first();
    if (!row) throw new HttpError(404, 'not-found', 'Installation not found');
    const { plugin, pkg } = await platform.runnable(row).catch(() => {
      throw new HttpError(404, 'not-found', 'Installation not found');
    });
    const spec = pkg.manifest.webhook;
    if (!spec) throw new HttpError(404, 'not-found', 'This installation takes no webhooks');
    if (!row.enabled) throw new HttpError(409, 'installation.disabled', 'The installation is disabled');
    const secret = plugin.credentials[spec.signature.secret];
    if (typeof secret !== 'string' || secret === '') throw new HttpError(409, 'hook.not-configured', 'No webhook secret is set for this installation');
    const rawBody = typeof body === 'string' ? body : '';
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(ctx.headers)) if (typeof v === 'string' && !DROP_HEADERS.has(k)) headers[k] = v;
    const now = deps.clock.now();
    const verdict = verifySignature(spec.signature, headers, rawBody, secret, now);
    if (!verdict.ok) throw new HttpError(401, verdict.code, 'Webhook signature refused', { path: `/headers/${spec.signature.header.toLowerCase()}` });
    const deliveryId = deliveryIdOf(spec.deliveryIdHeader, headers, rawBody);
    const fresh = await deps.db.transaction(async (trx) => {
      const inserted = await trx('plugin_webhook_deliveries')
        .insert({ tenant_id: row.tenant_id, installation_id: row.id, delivery_id: deliveryId, received_at: new Date(now), headers: JSON.stringify(headers), body: rawBody })
        .onConflict(['tenant_id', 'installation_id', 'delivery_id']).ignore().returning('delivery_id');
      if (inserted.length) await addJob(trx, PLUGIN_TASKS.webhook, { tenantId: row.tenant_id, installationId: row.id, deliveryId }, { maxAttempts: 8 });
      return inserted.length > 0;
    });
    return { status: fresh ? 202 : 200, body: { received: true, deliveryId, duplicate: !fresh } };
  },
});

export const hookRoutes: RouteSpec[] = [hook];
