import type { Clock } from '../core/ports.js';

/**
 * The plugin SDK: what a connector package is written against. A plugin never sees the database,
 * the environment or other tenants; the host hands it this narrow context per call.
 */
export interface PluginHttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Absolute URL; its host must be on the manifest's `allowedHosts`. */
  url: string;
  headers?: Record<string, string>;
  query?: Record<string, string | number | boolean>;
  /** Sent as JSON unless a string. */
  body?: unknown;
  timeoutMs?: number;
}

export interface PluginHttpResponse {
  status: number;
  headers: Record<string, string>;
  /** Parsed JSON when the response is JSON, else the text. */
  body: unknown;
}

/** Owned by the host: rate limiting, timeouts and the host allow-list apply to every call. */
export interface PluginHttp {
  request(req: PluginHttpRequest): Promise<PluginHttpResponse>;
}

/** A small key-value store private to this plugin installation (cursors, tokens, sync marks). */
export interface PluginState {
  get<T = unknown>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown, options?: { ttlSeconds?: number }): Promise<void>;
  delete(key: string): Promise<void>;
}

export interface PluginLogger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/**
 * Files in the installation's own folder (set by the admin; WMS/EDI and CSV connectors). Paths are relative
 * and slash-separated (`inbound/945-001.edi`); the host refuses `..`, absolute paths and links out of the folder.
 */
export interface PluginFiles {
  /** File names (not folders) directly inside `dir`, sorted; `[]` when the folder does not exist. */
  list(dir: string): Promise<string[]>;
  read(path: string): Promise<string>;
  /** Creates missing folders; writes to a temp name and renames, so a reader never sees half a file. */
  write(path: string, content: string): Promise<void>;
  move(from: string, to: string): Promise<void>;
}

export interface PluginContext<Config = Record<string, unknown>, Credentials = Record<string, unknown>> {
  /** Validated against the manifest's configSchema. */
  config: Config;
  /** This installation's own credentials, decrypted by the host. */
  credentials: Credentials;
  http: PluginHttp;
  state: PluginState;
  logger: PluginLogger;
  clock: Clock;
  /** Only when the manifest sets `files: true`. */
  files?: PluginFiles;
  /** Epoch ms after which the host abandons the call. */
  deadline: number;
}

/** Every push reports one of these; `already-applied` makes retries safe. */
export type PushOutcome<T = unknown> =
  | { status: 'applied'; externalId?: string; data?: T }
  | { status: 'already-applied'; externalId?: string; data?: T }
  | { status: 'rejected'; code: string; reason: string };

/** How a failure should be handled; the host owns retries, backoff, circuit breaking and the dead-letter queue. */
export type PluginErrorClass = 'retryable' | 'rate-limited' | 'auth' | 'conflict' | 'validation' | 'permanent';

/** The shape a plugin throws (or rejects with) so the host can classify it. */
export interface PluginFailure {
  errorClass: PluginErrorClass;
  message: string;
  /** For `rate-limited`: how long the remote asked us to wait. */
  retryAfterMs?: number;
  details?: Record<string, unknown>;
}

/** One call of a capability. `idempotencyKey` is stable across retries of the same logical push. */
export interface CapabilityCall<Input = unknown> {
  input: Input;
  idempotencyKey: string;
}

export type CapabilityHandler<Input = any, Output = any, Config = any, Credentials = any> = (
  call: CapabilityCall<Input>,
  ctx: PluginContext<Config, Credentials>,
) => Promise<Output>;

/** Pull capabilities (e.g. `channel.pull-orders`) page with a durable cursor the host stores. */
export interface PullInput {
  cursor: string | null;
  limit?: number;
}

export interface PullOutput<Item = unknown> {
  items: Item[];
  cursor: string | null;
  hasMore: boolean;
}

/** A webhook delivery; the host has already verified its signature on the raw body. */
export interface WebhookDelivery {
  headers: Record<string, string>;
  rawBody: string;
  receivedAt: number;
}

export interface WebhookParseResult {
  deliveryId: string;
  events: Array<{ type: string; payload: unknown }>;
}

export interface PluginDefinition<Config = any, Credentials = any> {
  /** Must equal the manifest id. */
  id: string;
  /** Handlers keyed by the manifest's capability keys (`erp.create-order`). */
  capabilities: Record<string, CapabilityHandler<any, any, Config, Credentials>>;
  webhook?: {
    parse(delivery: WebhookDelivery, ctx: PluginContext<Config, Credentials>): Promise<WebhookParseResult> | WebhookParseResult;
  };
  /** "Test connection" in the admin UI. */
  testConnection?(ctx: PluginContext<Config, Credentials>): Promise<{ ok: boolean; message?: string }>;
}

/** Typed identity helper: gives plugin authors inference and checking, adds nothing at run time. */
export function definePlugin<Config = Record<string, unknown>, Credentials = Record<string, unknown>>(
  def: PluginDefinition<Config, Credentials>,
): PluginDefinition<Config, Credentials> {
  return def;
}
