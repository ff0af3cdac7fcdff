import { createServer, request, type Server } from 'node:http';

/**
 * A loopback HTTP proxy in front of trytond that can lose a reply: the request reaches Tryton and is applied
 * (its response is read in full, so the transaction committed), then the client's socket is destroyed instead
 * of answering — what a timeout after the ERP did the work looks like to the connector.
 */
export interface LossyProxy {
  host: string;
  url: string;
  /** Lose the reply of the next `count` JSON-RPC calls of `method`. */
  loseReplyOf(method: string, count?: number): void;
  lost: string[];
  close(): Promise<void>;
}

export async function startLossyProxy(target: string): Promise<LossyProxy> {
  const upstream = new URL(target);
  const losing = new Map<string, number>();
  const lost: string[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      let method = '';
      try {
        method = String((JSON.parse(body.toString('utf8')) as { method?: string }).method ?? '');
      } catch {
        /* not JSON-RPC: pass through */
      }
      const up = request({ host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers }, (ur) => {
        const parts: Buffer[] = [];
        ur.on('data', (c: Buffer) => parts.push(c));
        ur.on('end', () => {
          const left = losing.get(method) ?? 0;
          if (left > 0) {
            losing.set(method, left - 1);
            lost.push(method);
            req.socket.destroy();
            return;
          }
          res.writeHead(ur.statusCode ?? 502, ur.headers);
          res.end(Buffer.concat(parts));
        });
      });
      up.on('error', () => req.socket.destroy());
      up.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    host: `127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}`,
    lost,
    loseReplyOf(method, count = 1) {
      losing.set(method, count);
    },
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
