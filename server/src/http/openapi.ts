import { errorSchema } from './errors.js';
import { policy as defaultPolicy, type PolicyEntry } from './policy.js';
import { policyKey, type JsonSchema, type RouteSpec } from './route-spec.js';

const ERROR_RESPONSES: Record<string, string> = {
  400: 'Invalid request (code and JSON Pointer path in the body)',
  401: 'Authentication required',
  403: 'Forbidden (role, CSRF or missing policy)',
  413: 'Body larger than 1 MB',
  415: 'Body is not application/json',
  500: 'Internal error',
  503: 'Database unavailable or busy (db.unavailable, db.conflict-retry); retry after Retry-After seconds',
};

const IDEMPOTENCY_RESPONSES: Record<string, string> = {
  409: 'idempotency.in-flight: a request with this Idempotency-Key is still running',
  422: 'idempotency.key-reused: the key was used for a different request',
};

const idempotencyParameter = (mode: 'required' | 'optional') => ({
  name: 'Idempotency-Key',
  in: 'header',
  required: mode === 'required',
  description: 'Same key and request within 24 h: the stored response is replayed (header Idempotent-Replayed: true)',
  schema: { type: 'string', minLength: 1, maxLength: 255 },
});

const toOpenApiPath = (p: string) => p.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

function parameters(schema: JsonSchema | undefined, where: 'path' | 'query', pathParams: string[]) {
  const props = (schema?.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema?.required as string[] | undefined) ?? []);
  const names = where === 'path' ? pathParams : Object.keys(props);
  return names.map((name) => ({
    name,
    in: where,
    required: where === 'path' || required.has(name),
    schema: props[name] ?? { type: 'string' },
  }));
}

function operation(route: RouteSpec, entry: PolicyEntry | undefined) {
  const pathParams = [...route.path.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1]);
  const responses: Record<string, unknown> = {};
  for (const [status, r] of Object.entries(route.responses)) {
    const isError = Number(status) >= 400;
    const schema = r.schema ?? (isError ? { $ref: '#/components/schemas/Error' } : undefined);
    responses[status] = { description: r.description, ...(schema ? { content: { 'application/json': { schema } } } : {}) };
  }
  const extra = route.idempotency ? IDEMPOTENCY_RESPONSES : {};
  for (const [status, description] of Object.entries({ ...ERROR_RESPONSES, ...extra })) {
    responses[status] ??= { description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
  }
  const roles = entry === undefined ? 'none (denied)' : typeof entry === 'string' ? entry : entry.join(', ');
  return {
    operationId: route.operationId,
    summary: route.summary,
    description: [route.description, `Access: ${roles}.`].filter(Boolean).join('\n\n'),
    tags: route.tags,
    ...(route.textBody ? { requestBody: textRequestBody(route.textBody) } : {}),
    parameters: [
      ...parameters(route.params, 'path', pathParams),
      ...parameters(route.query, 'query', pathParams),
      ...(route.idempotency ? [idempotencyParameter(route.idempotency)] : []),
    ],
    ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: route.body } } } } : {}),
    responses,
    security: entry === 'public' ? [] : [{ cookieAuth: [] }, { bearerAuth: [] }],
  };
}

function textRequestBody(t: NonNullable<RouteSpec['textBody']>) {
  const schema = t.binary ? { type: 'string', format: 'binary' } : { type: 'string', maxLength: t.maxBytes };
  const content = Object.fromEntries(t.contentTypes.map((c) => [c, { schema }]));
  return { required: true, ...(t.description ? { description: t.description } : {}), content };
}

/** OpenAPI 3.1 generated from the same RouteSpecs (and schemas) the router validates with. */
export function buildOpenApi(routes: RouteSpec[], policy: Record<string, PolicyEntry> = defaultPolicy) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const p = (paths[toOpenApiPath(route.path)] ??= {});
    p[route.method] = operation(route, policy[policyKey(route)]);
  }
  return {
    openapi: '3.1.0',
    info: { title: 'OMS Studio API', version: '0.1.0' },
    paths,
    components: {
      schemas: { Error: errorSchema },
      securitySchemes: {
        cookieAuth: {
          type: 'apiKey',
          in: 'cookie',
          name: 'oms_session',
          description: 'Session cookie from POST /api/auth/login; state-changing requests also need X-CSRF-Token',
        },
        bearerAuth: { type: 'http', scheme: 'bearer', description: 'API key `oms_…`' },
      },
    },
  };
}
