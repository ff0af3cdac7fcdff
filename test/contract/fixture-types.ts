/**
 * What a plugin ships for the contract suite (test/contract/plugin-contract.test.ts): one file
 * `test/contract/fixtures/<plugin-id>.ts` with `export const fixtures: ContractFixtures = {...}`.
 * Data only (recorded protocol bodies), plus tiny `expect` callbacks. The suite calls the built plugin
 * (dist/) through the real child-process runner; HTTP goes to a loopback replay server that serves `peer`.
 */
import type { WebhookParseResult } from '@oms/runtime';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One recorded request → response. Exchanges are matched in order; the first unused match answers. */
export interface RecordedExchange {
  request: {
    method: HttpMethod;
    /** URL path without the query, e.g. `/admin-api` or `/admin/api/2025-01/graphql.json`. */
    path: string;
    /** Every listed query parameter must be present with this value. */
    query?: Record<string, string>;
    /** Every string must occur in the raw request body (a GraphQL operation name, a JSON-RPC method). */
    bodyIncludes?: string[];
  };
  response: {
    status: number;
    headers?: Record<string, string>;
    /** Sent as JSON unless a string. */
    body?: unknown;
  };
  /** How often this exchange may answer (default: unlimited). `1` lets a later exchange answer the next call. */
  times?: number;
  /** This request changes the peer (create, update): the idempotency cases count these. */
  write?: boolean;
}

/** Seed files for `files: true` plugins: path relative to the installation folder → content. */
export type SeedFiles = Record<string, string>;

export interface CapabilityCase {
  input: unknown;
  peer?: RecordedExchange[];
  files?: SeedFiles;
  /** Extra checks on the output (it is already validated against the manifest's output schema). */
  expect?: (output: any) => void;
}

export interface IdempotentCase {
  capability: string;
  input: unknown;
  peer?: RecordedExchange[];
  files?: SeedFiles;
  /**
   * Requests to `write: true` exchanges allowed during the SECOND call (default 0: a retry writes nothing). Set it
   * only when the remote dedupes by the idempotency key you send (Shopify); the suite then checks the key is resent.
   * For `files` plugins: the second call adds no file.
   */
  secondWrites?: number;
}

export type ExpectedClass = 'retryable' | 'rate-limited' | 'auth' | 'conflict' | 'validation' | 'permanent';

export interface FailureCase {
  /** Shown as the test name. */
  name: string;
  capability: string;
  input: unknown;
  /** Usually one exchange answering 500 / 429 / 401 / 409 / 400. */
  peer?: RecordedExchange[];
  files?: SeedFiles;
  expectClass: ExpectedClass;
}

export interface WebhookCase {
  /** A recorded delivery: headers (any case) and the exact raw body. The suite signs it with `credentials[secret]`. */
  headers: Record<string, string>;
  rawBody: string;
  /** What `webhook.parse` reads back from the remote, if anything. */
  peer?: RecordedExchange[];
  expect?: (result: WebhookParseResult) => void;
}

export interface ContractFixtures {
  /** `{{peer}}` anywhere in a string value is replaced by the replay server's origin (`http://127.0.0.1:PORT`). */
  config: Record<string, unknown>;
  credentials: Record<string, unknown>;
  /** Extra allow-list entries; the replay server's `127.0.0.1:PORT` is always added. */
  allowedHosts?: string[];
  /** Files every case starts with (merged under the case's own `files`). */
  files?: SeedFiles;
  /** One entry per manifest capability key (the suite fails for a capability without one). */
  capabilities: Record<string, CapabilityCase>;
  /** Input that must be refused as `validation` per capability; default the string `'not-an-object'` (every input schema is an object). */
  badInput?: Record<string, unknown>;
  idempotent: IdempotentCase[];
  failures: FailureCase[];
  /** Test connection: the peer it talks to and whether it should answer ok. Required when the plugin has `testConnection`. */
  testConnection?: { peer?: RecordedExchange[]; files?: SeedFiles; expectOk: boolean };
  /** Required when the manifest declares `webhook`. */
  webhook?: WebhookCase;
}
