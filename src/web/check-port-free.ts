/**
 * Checks, before a long job, that the server will be able to listen on `port` at `host`: binds and releases it at
 * once. Resolves to the reason it cannot (in use, not permitted), or undefined when it is free.
 */
import { createServer } from 'node:net';

export function portUnavailableReason(port: number, host = '127.0.0.1'): Promise<string | undefined> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      resolve(
        error.code === 'EADDRINUSE'
          ? 'is already in use'
          : error.code === 'EACCES'
            ? 'needs privileges to listen on'
            : `cannot be listened on (${error.code ?? error.message})`,
      );
    });
    probe.listen(port, host, () => probe.close(() => resolve(undefined)));
  });
}
