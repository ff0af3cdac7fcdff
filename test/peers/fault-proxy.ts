import { createServer, type Server } from 'node:http';
import { freePort } from '../../server/src/db/embedded.js';

/**
 * A loopback reverse proxy in front of a real peer that can answer the next requests with a fault (429, 503)
 * the peer itself never produces; otherwise it forwards the request unchanged to the peer.
 */
export interface FaultProxy {
  host: string;
  url: string;
  /** The next `count` requests get `status` with `headers` instead of reaching the peer. */
  failNext(status: number, count?: number, headers?: Record<string, string>): void;
  forwarded(): number;
  close(): Promise<void>;
}

export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const faults: Array<{ status: number; headers: Record<string, string> }> = [];
  let forwarded = 0;
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const fault = faults.shift();
    if (fault) {
      res.writeHead(fault.status, { 'content-type': 'application/json', ...fault.headers });
      res.end(JSON.stringify({ error: `injected ${fault.status}` }));
      return;
    }
    forwarded++;
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => !['host', 'content-length', 'connection'].includes(k)).map(([k, v]) => [k, String(v)]));
    const up = await fetch(`${target}${req.url}`, { method: req.method, headers, body: chunks.length ? Buffer.concat(chunks) : undefined });
    const body = Buffer.from(await up.arrayBuffer());
    res.writeHead(up.status, { 'content-type': up.headers.get('content-type') ?? 'application/octet-stream' });
    res.end(body);
  });
  const port = await freePort();
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  return {
    host: `127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}`,
    failNext(status, count = 1, headers = {}) {
      for (let i = 0; i < count; i++) faults.push({ status, headers });
    },
    forwarded: () => forwarded,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
