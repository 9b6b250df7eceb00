/**
 * Starts the app on a port (0 = any free port, for tests) and stops it gracefully, also under keep-alive load:
 * stop(grace) stops accepting connections, closes idle kept-alive sockets, answers every request that arrives on an
 * open connection from then on with 503 `shutting_down` and `Connection: close` (never passing it to the app, so no
 * handler starts while the database is about to close), lets the requests already running finish (their responses
 * carry `Connection: close` too) and resolves when they have — or when the grace period is over, cutting the
 * connections still open. The caller closes the database after stop() resolves.
 */
import type { Express } from 'express';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RunningServer {
  readonly url: string;
  /** Drains and stops the server; connections still busy after `graceMs` (default 10 000) are cut. */
  stop(graceMs?: number): Promise<void>;
}

export const DEFAULT_GRACE_MS = 10_000;

const SHUTTING_DOWN = JSON.stringify({
  error: { code: 'shutting_down', message: 'the service is shutting down; retry on a new connection' },
});

export function startServer(app: Express, port: number, host = '127.0.0.1'): Promise<RunningServer> {
  let draining = false;
  const running = new Set<ServerResponse>();
  let allDone: (() => void) | undefined;

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (draining) {
      res.shouldKeepAlive = false;
      res.writeHead(503, {
        Connection: 'close',
        'Content-Type': 'application/json; charset=utf-8',
        'Cache-Control': 'no-store',
        'Retry-After': '5',
        'Content-Length': Buffer.byteLength(SHUTTING_DOWN),
      });
      res.end(SHUTTING_DOWN);
      return;
    }
    running.add(res);
    res.once('close', () => {
      running.delete(res);
      if (draining) {
        server.closeIdleConnections();
        if (running.size === 0) allDone?.();
      }
    });
    app(req, res);
  });

  const stop = async (graceMs = DEFAULT_GRACE_MS): Promise<void> => {
    draining = true;
    for (const res of running) {
      res.shouldKeepAlive = false;
      if (!res.headersSent) res.setHeader('Connection', 'close');
    }
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const finished = running.size === 0 ? Promise.resolve() : new Promise<void>((resolve) => (allDone = resolve));
    let timer: NodeJS.Timeout | undefined;
    const graceOver = new Promise<'cut'>((resolve) => (timer = setTimeout(() => resolve('cut'), graceMs)));
    const outcome = await Promise.race([Promise.all([finished, closed]), graceOver]);
    clearTimeout(timer);
    if (outcome === 'cut') {
      // Requests still running after the grace period are cut so shutdown always ends.
      server.closeAllConnections();
      await closed;
    }
  };

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      const shownHost = address.address.includes(':') ? `[${address.address}]` : address.address;
      resolve({ url: `http://${shownHost}:${address.port}`, stop });
    });
  });
}
