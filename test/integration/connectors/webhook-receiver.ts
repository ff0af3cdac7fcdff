import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  path: string;
  headers: Record<string, string>;
  body: string;
}

/**
 * A real loopback HTTP receiver for the webhook connector tests: each path answers as scripted
 * (`/ok` 200, `/gone` 410, `/busy` 429 + Retry-After, `/down` 503, `/bad` 400, `/hang` never), every request is recorded.
 */
export async function startReceiver(script: Record<string, { status: number; headers?: Record<string, string> } | 'hang'> = {}) {
  const received: Received[] = [];
  type Answer = { status: number; headers?: Record<string, string> } | 'hang';
  const answers: Record<string, Answer> = { '/ok': { status: 200 }, '/gone': { status: 410 }, '/busy': { status: 429, headers: { 'retry-after': '7' } }, '/down': { status: 503 }, '/bad': { status: 400 }, '/hang': 'hang', ...script };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = (req.url ?? '/').split('?')[0];
      received.push({ path, headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)])), body: Buffer.concat(chunks).toString('utf8') });
      const a = answers[path] ?? { status: 404 };
      if (a === 'hang') return; // the caller's timeout ends it
      res.writeHead(a.status, { 'content-type': 'application/json', ...(a.headers ?? {}) }).end('{}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    host: `127.0.0.1:${port}`,
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    received,
    close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}
