import { writeAudit } from '../audit/audit.js';
import { HttpError } from '../http/errors.js';
import { defineRoute, type RouteSpec } from '../http/route-spec.js';
import { LANGUAGES, getTenantSettings, isCurrencyCode, isIanaTimeZone, putTenantSettings, type TenantSettings } from './tenant-settings.js';

const settingsSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['timeZone', 'currency', 'language'],
  properties: {
    timeZone: { type: 'string', minLength: 1, maxLength: 64, description: 'IANA time zone, e.g. Europe/Berlin' },
    currency: { type: 'string', pattern: '^[A-Z]{3}$', description: 'ISO 4217 code, e.g. EUR' },
    language: { type: 'string', enum: LANGUAGES },
  },
};

const getSettings = defineRoute({
  method: 'get',
  path: '/api/settings',
  operationId: 'getTenantSettings',
  summary: 'Tenant settings: time zone, currency, default language',
  tags: ['settings'],
  responses: { 200: { description: 'Settings', schema: settingsSchema } },
  async handler({ deps, auth }) {
    return { body: await getTenantSettings(deps.db, auth.tenantId) };
  },
});

const putSettings = defineRoute<Partial<TenantSettings>>({
  method: 'put',
  path: '/api/settings',
  operationId: 'putTenantSettings',
  summary: 'Change tenant settings (fields left out keep their value)',
  tags: ['settings'],
  body: { ...settingsSchema, required: [], minProperties: 1 },
  responses: { 200: { description: 'Settings now', schema: settingsSchema } },
  example: { body: { timeZone: 'Europe/Berlin', currency: 'EUR', language: 'en' } },
  async handler({ deps, auth, body, requestId, ip }) {
    if (body.timeZone !== undefined && !isIanaTimeZone(body.timeZone)) {
      throw new HttpError(400, 'settings.invalid-time-zone', `${body.timeZone} is not an IANA time zone`, { path: '/timeZone' });
    }
    if (body.currency !== undefined && !isCurrencyCode(body.currency)) {
      throw new HttpError(400, 'settings.invalid-currency', 'Currency must be an ISO 4217 code', { path: '/currency' });
    }
    const at = new Date(deps.clock.now());
    const next = await deps.db.transaction(async (trx) => {
      const current = await getTenantSettings(trx, auth.tenantId);
      const s = await putTenantSettings(trx, auth.tenantId, { ...current, ...body }, at);
      await writeAudit(trx, { tenantId: auth.tenantId, actorId: auth.userId, action: 'settings.update', subject: 'settings', requestId, ip, details: body, at });
      return s;
    });
    return { body: next };
  },
});

export const routes: RouteSpec[] = [getSettings, putSettings];
