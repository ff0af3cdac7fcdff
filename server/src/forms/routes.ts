import { cleanSubmission, toOrder, validateSubmission, type FormDefinition } from '@oms/runtime';
import { HttpError, notFound } from '../http/errors.js';
import { defineRoute, type RouteSpec } from '../http/route-spec.js';
import { answerIntake, intakeSummarySchema } from '../intake/routes.js';
import { latestPublishedForm, listPublishedForms } from './published-forms.js';
import { listOf } from '../http/list-schema.js';

const keyParams = {
  type: 'object',
  required: ['key'],
  properties: { key: { type: 'string', pattern: '^[a-z][a-z0-9-]{0,63}$' } },
} as const;

const listForms = defineRoute({
  method: 'get',
  path: '/api/forms',
  operationId: 'listForms',
  summary: 'Published order forms the caller may fill (latest version of each)',
  tags: ['forms'],
  responses: { 200: { description: 'Forms', schema: listOf() } },
  async handler({ deps, auth }) {
    return { body: { items: await listPublishedForms(deps.db, auth.tenantId) } };
  },
});

const getForm = defineRoute<unknown, unknown, { key: string }>({
  method: 'get',
  path: '/api/forms/:key',
  operationId: 'getForm',
  summary: 'The published form definition the portal renders',
  tags: ['forms'],
  params: keyParams,
  responses: { 200: { description: 'Form', schema: { type: 'object' } }, 404: { description: 'No published form with this key' } },
  example: { params: { key: 'order-form' } },
  async handler({ deps, auth, params }) {
    const form = await latestPublishedForm(deps.db, auth.tenantId, params.key);
    if (!form) throw notFound('Form');
    return { body: { key: form.key, version: form.version, definition: form.body } };
  },
});

const submitForm = defineRoute<{ data: Record<string, unknown>; version?: number }, unknown, { key: string }>({
  method: 'post',
  path: '/api/forms/:key/submit',
  operationId: 'submitForm',
  summary: 'Submit a published form: validated by the form engine, mapped to the canonical order, then intake',
  description: 'Field errors answer 422 `form.invalid` with `details: [{path, code, message}]`, paths into `data`.',
  tags: ['forms'],
  params: keyParams,
  body: {
    type: 'object',
    additionalProperties: false,
    required: ['data'],
    properties: { data: { type: 'object' }, version: { type: 'integer', minimum: 1 } },
  },
  idempotency: 'optional',
  responses: {
    201: { description: 'Order taken', schema: intakeSummarySchema },
    200: { description: 'Duplicate', schema: intakeSummarySchema },
    404: { description: 'No published form with this key' },
    422: { description: 'form.invalid (per-field issues) or order.invalid' },
  },
  example: { params: { key: 'order-form' }, body: { data: {} } },
  async handler(rc) {
    const { deps, auth, params, body, locale } = rc;
    const form = await latestPublishedForm(deps.db, auth.tenantId, params.key);
    if (!form) throw notFound('Form');
    if (body.version !== undefined && body.version !== form.version) {
      throw new HttpError(409, 'form.version-changed', `Form ${form.key} is now version ${form.version}: reload it`, {
        path: '/version',
        details: { current: form.version },
      });
    }
    const def = form.body as unknown as FormDefinition;
    const opts = { locale, now: deps.clock.now() };
    const issues = validateSubmission(def, body.data, opts);
    if (issues.length) {
      throw new HttpError(422, 'form.invalid', `The form has ${issues.length} error(s): ${issues[0].path || '/'} ${issues[0].message}`, {
        path: `/data${issues[0].path}`,
        details: issues,
      });
    }
    const data = cleanSubmission(def, body.data, opts);
    return answerIntake(rc, { source: 'form', order: toOrder(def, data, opts), form: { key: form.key, version: form.version, data } });
  },
});

export const routes: RouteSpec[] = [listForms, getForm, submitForm];
