import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import type { PluginHttpRequest, PluginHttpResponse, RateLimitPolicy } from '@oms/runtime';
import { isPrivateAddress } from './address-policy.js';
import { exactlyListed, hostAllowed } from './host-allow-list.js';
import { HostFailure } from './host-failure.js';
import { readCapped } from './read-capped.js';
import { createTokenBucket, type TokenBucket } from './token-bucket.js';

/**
 * The HTTP client plugins get (`ctx.http`), run in the host with fetch. Every hop, redirects included, must be on
 * the installation's allow-list and resolve to a public address (or be listed exactly as host:port); the rate,
 * the concurrency, the time and the response size are bounded per installation.
 */
export interface HttpLimits {
  maxRedirects: number;
  defaultTimeoutMs: number;
  maxResponseBytes: number;
}

export const defaultHttpLimits: HttpLimits = { maxRedirects: 5, defaultTimeoutMs: 15_000, maxResponseBytes: 10 * 1024 * 1024 };

export interface HttpCaller {
  installationId: string;
  allowedHosts: readonly string[];
  rateLimit?: RateLimitPolicy;
  /** Epoch ms (host clock) after which the call is abandoned. */
  deadline: number;
}

const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);
const denied = (message: string) => new HostFailure('permanent', 'plugin.host-denied', message);

export async function checkTarget(url: URL, allowedHosts: readonly string[]): Promise<void> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw denied(`scheme not allowed: ${url.protocol}`);
  if (url.username || url.password) throw denied('credentials in the URL are not allowed');
  if (!hostAllowed(url, allowedHosts)) throw denied(`host not allowed: ${url.host}`);
  if (exactlyListed(url, allowedHosts)) return;
  const name = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  try {
    addresses = isIP(name) ? [name] : (await lookup(name, { all: true, verbatim: true })).map((a) => a.address);
  } catch {
    throw new HostFailure('retryable', 'plugin.http-dns', `cannot resolve ${name}`);
  }
  const bad = addresses.find(isPrivateAddress);
  if (bad) throw denied(`${url.host} resolves to a private or reserved address (${bad}); list the exact host:port to allow it`);
}

export function createHostHttp(limits: HttpLimits = defaultHttpLimits, now: () => number = Date.now) {
  const buckets = new Map<string, TokenBucket>();
  const active = new Map<string, number>();

  async function acquire(caller: HttpCaller): Promise<() => void> {
    const policy = caller.rateLimit;
    if (!policy) return () => {};
    let bucket = buckets.get(caller.installationId);
    if (!bucket) buckets.set(caller.installationId, (bucket = createTokenBucket(policy.requestsPerSecond, policy.burst)));
    for (;;) {
      const wait = bucket.take(performance.now());
      const inFlight = active.get(caller.installationId) ?? 0;
      const waitMs = wait > 0 ? wait : policy.concurrency && inFlight >= policy.concurrency ? 20 : 0;
      if (waitMs === 0) break;
      if (now() + waitMs >= caller.deadline) throw new HostFailure('rate-limited', 'plugin.rate-limited', 'the installation rate limit leaves no time before the deadline', waitMs);
      await new Promise((r) => setTimeout(r, waitMs));
    }
    active.set(caller.installationId, (active.get(caller.installationId) ?? 0) + 1);
    return () => active.set(caller.installationId, (active.get(caller.installationId) ?? 1) - 1);
  }

  async function request(caller: HttpCaller, req: PluginHttpRequest): Promise<PluginHttpResponse> {
    if (!req || typeof req.url !== 'string' || !METHODS.has(req.method)) throw new HostFailure('permanent', 'plugin.http-bad-request', 'request needs a method and an absolute url');
    let url: URL;
    try {
      url = new URL(req.url);
    } catch {
      throw new HostFailure('permanent', 'plugin.http-bad-request', `not an absolute URL: ${req.url}`);
    }
    for (const [k, v] of Object.entries(req.query ?? {})) url.searchParams.set(k, String(v));
    let method: string = req.method;
    const isText = typeof req.body === 'string';
    let body = req.body === undefined ? undefined : isText ? (req.body as string) : JSON.stringify(req.body);
    let headers: Record<string, string> = { ...(body !== undefined && !isText ? { 'content-type': 'application/json' } : {}), ...req.headers };
    const release = await acquire(caller);
    try {
      for (let hop = 0; ; hop++) {
        await checkTarget(url, caller.allowedHosts);
        const remaining = caller.deadline - now();
        if (remaining <= 0) throw new HostFailure('retryable', 'plugin.timeout', 'deadline passed before the request');
        const timeout = Math.max(1, Math.ceil(Math.min(req.timeoutMs ?? limits.defaultTimeoutMs, remaining)));
        let res: Response;
        try {
          res = await fetch(url, { method, headers, body, redirect: 'manual', signal: AbortSignal.timeout(timeout) });
        } catch (e) {
          const timedOut = (e as Error).name === 'TimeoutError';
          const cause = ((e as { cause?: { code?: unknown } }).cause?.code ?? (e as Error).message) as string;
          throw new HostFailure('retryable', timedOut ? 'plugin.http-timeout' : 'plugin.http-error', timedOut ? `no answer from ${url.host} in ${timeout} ms` : `request to ${url.host} failed (${cause})`);
        }
        const location = res.headers.get('location');
        if (res.status >= 300 && res.status < 400 && location) {
          await res.body?.cancel();
          if (hop >= limits.maxRedirects) throw new HostFailure('permanent', 'plugin.http-redirects', `more than ${limits.maxRedirects} redirects`);
          const next = new URL(location, url);
          if (res.status === 303 || ((res.status === 301 || res.status === 302) && method === 'POST')) {
            method = 'GET';
            body = undefined;
            headers = Object.fromEntries(Object.entries(headers).filter(([k]) => k.toLowerCase() !== 'content-type'));
          }
          // Like fetch: credentials never follow a redirect to another origin.
          if (next.origin !== url.origin) headers = Object.fromEntries(Object.entries(headers).filter(([k]) => !['authorization', 'cookie'].includes(k.toLowerCase())));
          url = next;
          continue;
        }
        const text = await readCapped(res, limits.maxResponseBytes);
        const type = res.headers.get('content-type') ?? '';
        let parsed: unknown = text;
        if (type.includes('json') && text) {
          try {
            parsed = JSON.parse(text);
          } catch {
            parsed = text;
          }
        }
        return { status: res.status, headers: Object.fromEntries(res.headers), body: parsed };
      }
    } finally {
      release();
    }
  }

  return { request };
}

export type HostHttp = ReturnType<typeof createHostHttp>;
