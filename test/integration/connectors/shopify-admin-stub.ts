import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { PluginDefinition } from '@oms/runtime';
import { createHarness, type Harness } from '../../support/plugin-harness.js';
import shopify from '../../../plugins/shopify/src/index.js';

/**
 * A stand-in for one Shopify store's GraphQL Admin API on 127.0.0.1 (Shopify cannot run here): it answers a
 * scripted sequence of RECORDED responses (test/fixtures/shopify, written by hand from Shopify's documented
 * shapes), checks the path, method and access token like Shopify does (401 otherwise), checks each request is
 * the operation the script expects next, and records what it received so tests assert the queries and variables.
 */
export const TOKEN = 'shpat_0123456789abcdef0123456789abcdef';
export const API_PATH = '/admin/api/2026-01/graphql.json';
export const LOCATION = 'gid://shopify/Location/68512345678';
const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/shopify');

export function fixture(name: string): unknown {
  return JSON.parse(readFileSync(path.join(FIXTURES, name), 'utf8'));
}

export function fixtureText(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

export interface Step {
  /** The operation expected: its name (`PullOrders`) or, for anonymous queries, its first root field (`shop`). */
  op: string;
  status?: number;
  headers?: Record<string, string>;
  /** Fixture file name, or a body. */
  fixture?: string;
  body?: unknown;
}

export interface Received {
  op: string;
  query: string;
  variables: Record<string, unknown>;
  headers: Record<string, string | string[] | undefined>;
}

export interface ShopifyStub {
  url: string;
  host: string;
  received: Received[];
  errors: string[];
  script(...steps: Step[]): void;
  /** Steps scripted but not asked for. */
  pending(): number;
  reset(): void;
  close(): Promise<void>;
}

/** `query PullOrders(...)` → PullOrders; `{ shop { name } }` → shop. */
export function operationOf(query: string): string {
  const named = /^\s*(?:query|mutation)\s+([A-Za-z_]\w*)/.exec(query);
  if (named) return named[1];
  return /^\s*(?:query\s*)?\{\s*([A-Za-z_]\w*)/.exec(query)?.[1] ?? '?';
}

export async function startShopifyStub(): Promise<ShopifyStub> {
  const queue: Step[] = [];
  const received: Received[] = [];
  const errors: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers }).end(typeof body === 'string' ? body : JSON.stringify(body));
    };
    if (req.method !== 'POST' || req.url !== API_PATH) {
      errors.push(`unexpected ${req.method} ${req.url}`);
      return send(404, { errors: 'Not Found' });
    }
    if (req.headers['x-shopify-access-token'] !== TOKEN) return send(401, fixture('unauthorized.json'));
    let parsed: { query?: string; variables?: Record<string, unknown> };
    try {
      parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      errors.push('body is not JSON');
      return send(400, { errors: [{ message: 'Bad Request' }] });
    }
    const op = operationOf(parsed.query ?? '');
    received.push({ op, query: parsed.query ?? '', variables: parsed.variables ?? {}, headers: req.headers });
    const step = queue.shift();
    if (!step || step.op !== op) {
      errors.push(`expected ${step?.op ?? 'no request'}, got ${op}`);
      return send(400, { errors: [{ message: `stub: unexpected operation ${op}` }] });
    }
    send(step.status ?? 200, step.fixture ? fixture(step.fixture) : step.body, step.headers);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    received,
    errors,
    script: (...steps) => void queue.push(...steps),
    pending: () => queue.length,
    reset() {
      queue.length = 0;
      received.length = 0;
      errors.length = 0;
    },
    close: () => new Promise((r) => server.close(() => r())),
  };
}

export const plugin = shopify as PluginDefinition;

/** A harness pointed at the stub, with the installation's config and credentials. */
export function shopifyHarness(stub: Pick<ShopifyStub, 'url' | 'host'>, config: Record<string, unknown> = {}, credentials: Record<string, unknown> = {}): Harness {
  return createHarness({
    config: { shopUrl: stub.url, locationId: LOCATION, ...config },
    credentials: { accessToken: TOKEN, webhookSecret: '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', ...credentials },
    allowedHosts: [stub.host],
  });
}
