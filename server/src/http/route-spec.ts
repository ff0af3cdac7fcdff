import type { Knex } from 'knex';
import type { Context } from 'koa';
import type { Logger } from 'pino';
import type { Clock, Role } from '@oms/runtime';
import type { AppConfig } from '../config.js';
import type { PluginHost } from '../plugins/plugin-host.js';
import type { IdempotencyHandle } from './idempotency.js';

// The role list lives in the runtime (one list); re-exported for the server's modules.
export { ROLES, type Role } from '@oms/runtime';

export type HttpMethod = 'get' | 'post' | 'put' | 'delete' | 'patch';
export type JsonSchema = Record<string, unknown>;

export interface AppDeps {
  db: Knex;
  logger: Logger;
  config: AppConfig;
  clock: Clock;
  /** Connector capabilities (flow actions, release checks); absent means no plugin is installed. */
  pluginHost?: PluginHost;
}

export interface AuthInfo {
  tenantId: string;
  /** The signed-in user; for an API key, the key's owner (the key acts as them, within the key's role). */
  userId: string | null;
  role: Role;
  via: 'session' | 'api-key';
  sessionId?: string;
  apiKeyId?: string;
}

export interface RouteContext<B = any, Q = any, P = any> {
  ctx: Context;
  deps: AppDeps;
  /** Throws 401 auth.required when read on a public route without credentials. */
  auth: AuthInfo;
  /** The caller, if any (public routes). */
  optionalAuth: AuthInfo | null;
  requestId: string;
  ip: string | null;
  params: P;
  query: Q;
  body: B;
  locale: 'en' | 'zh-CN';
  /** Set on idempotent routes when the request carries an Idempotency-Key: record the answer in your transaction. */
  idempotency?: IdempotencyHandle;
}

export interface RouteResult {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface RouteResponse {
  description: string;
  schema?: JsonSchema;
}

/** A sample request the role-matrix and tenancy tests replay (path params, query, body). */
export interface RouteExample {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
}

/**
 * A route that takes a non-JSON body (e.g. text/csv uploads): the router reads it as text with its own size
 * cap and content types instead of the JSON reader; the handler gets the string as `body`.
 */
export interface TextBodyOption {
  contentTypes: string[];
  maxBytes: number;
  /** How the body is described in OpenAPI. */
  description?: string;
  /** Hand the handler the raw bytes (a Buffer) instead of UTF-8 text: package uploads. */
  binary?: boolean;
}

export interface RouteSpec {
  method: HttpMethod;
  /** Koa style, e.g. `/api/definitions/:kind/:key`; also the policy-table key after the method. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  params?: JsonSchema;
  query?: JsonSchema;
  body?: JsonSchema;
  /** Take a text body of these content types instead of JSON (then `body` must be absent). */
  textBody?: TextBodyOption;
  responses: Record<number, RouteResponse>;
  example?: RouteExample;
  /**
   * Creating POSTs declare this: the router applies Stripe-style Idempotency-Key semantics (http/idempotency.ts).
   * 'required' answers 400 `idempotency.key-required` without the header.
   */
  idempotency?: 'required' | 'optional';
  handler(ctx: RouteContext): Promise<RouteResult | void>;
}

/** Identity helper: keeps literal types and gives editors the RouteSpec shape. */
export function defineRoute<B = any, Q = any, P = any>(
  spec: Omit<RouteSpec, 'handler'> & { handler(ctx: RouteContext<B, Q, P>): Promise<RouteResult | void> },
): RouteSpec {
  return spec as RouteSpec;
}

export const policyKey = (r: Pick<RouteSpec, 'method' | 'path'>) => `${r.method.toUpperCase()} ${r.path}`;
