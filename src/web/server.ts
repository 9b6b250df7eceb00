/** Starts the app on a port (0 = any free port, for tests) and stops it gracefully: no new connections, finish the rest. */
import type { Express } from 'express';
import type { AddressInfo } from 'node:net';

export interface RunningServer {
  readonly url: string;
  stop(): Promise<void>;
}

export function startServer(app: Express, port: number, host = '127.0.0.1'): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host, (error?: Error) => {
      if (error) return reject(error);
      const address = server.address() as AddressInfo;
      const shownHost = address.address.includes(':') ? `[${address.address}]` : address.address;
      resolve({
        url: `http://${shownHost}:${address.port}`,
        stop: () =>
          new Promise<void>((done, fail) => {
            server.close((closeError) => (closeError ? fail(closeError) : done()));
            server.closeIdleConnections();
            // Connections still busy after 10 s are cut so shutdown always ends.
            setTimeout(() => server.closeAllConnections(), 10_000).unref();
          }),
      });
    });
    server.on('error', reject);
  });
}
