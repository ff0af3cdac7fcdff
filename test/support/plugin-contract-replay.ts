import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RecordedExchange } from '../contract/fixture-types.js';

export interface SeenRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** Index of the exchange that answered; -1 when none matched. */
  matched: number;
  write: boolean;
}

export interface ReplayPeer {
  origin: string;
  host: string;
  seen: SeenRequest[];
  writes(): number;
  unmatched(): SeenRequest[];
  close(): Promise<void>;
}

function matches(x: RecordedExchange, method: string, path: string, query: Record<string, string>, body: string): boolean {
  if (x.request.method !== method || x.request.path !== path) return false;
  if (Object.entries(x.request.query ?? {}).some(([k, v]) => query[k] !== v)) return false;
  return (x.request.bodyIncludes ?? []).every((s) => body.includes(s));
}

/**
 * A loopback HTTP server that answers a fixture's recorded exchanges in order (first unused match wins) and
 * records every request, so the contract suite can count writes. Unmatched requests get 599 naming the request.
 */
export async function startReplay(exchanges: RecordedExchange[]): Promise<ReplayPeer> {
  const used = exchanges.map(() => 0);
  const seen: SeenRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://replay');
      const body = Buffer.concat(chunks).toString('utf8');
      const query = Object.fromEntries(url.searchParams);
      const i = exchanges.findIndex((x, n) => (x.times === undefined || used[n] < x.times) && matches(x, req.method ?? '', url.pathname, query, body));
      seen.push({ method: req.method ?? '', path: url.pathname, query, headers: req.headers, body, matched: i, write: i >= 0 && exchanges[i].write === true });
      if (i < 0) {
        res.writeHead(599, { 'content-type': 'text/plain' }).end(`no recorded exchange for ${req.method} ${url.pathname}${url.search} ${body.slice(0, 300)}`);
        return;
      }
      used[i] += 1;
      const r = exchanges[i].response;
      const text = r.body === undefined ? '' : typeof r.body === 'string' ? r.body : JSON.stringify(r.body);
      const type = typeof r.body === 'string' ? 'text/plain' : 'application/json';
      res.writeHead(r.status, { 'content-type': type, ...r.headers }).end(text);
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    seen,
    writes: () => seen.filter((s) => s.write).length,
    unmatched: () => seen.filter((s) => s.matched < 0),
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
