/**
 * Runs the web app until SIGTERM or SIGINT, then shuts down gracefully (src/web/server.ts): stop accepting, answer
 * the running requests (new ones on open connections get 503 `shutting_down`, every response `Connection: close`),
 * wait for them up to the grace period (EGOV_SHUTDOWN_GRACE, default 10 s), and only then return, so the caller
 * closes the database after the last handler is done. Used by `egov serve` and `egov demo --serve`.
 */
import type { Database } from '../db/connect.js';
import type { Config } from '../config.js';
import { createApp, type WebDeps } from './app.js';
import { DEFAULT_GRACE_MS, startServer } from './server.js';

export interface ServeOptions {
  readonly database: Database;
  readonly config: Pick<Config, 'reportsDir'> & Partial<Pick<Config, 'trustProxy' | 'https' | 'shutdownGraceSeconds'>>;
  readonly port: number;
  readonly host?: string;
  /** Called once the server listens, with its address. */
  readonly onListening: (url: string) => void;
  readonly extra?: Partial<WebDeps>;
}

export async function serveUntilSignal(options: ServeOptions): Promise<void> {
  const app = createApp({ database: options.database, config: options.config, ...options.extra });
  const server = await startServer(app, options.port, options.host);
  options.onListening(server.url);
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGTERM', () => resolve('SIGTERM'));
    process.once('SIGINT', () => resolve('SIGINT'));
  });
  const grace = options.config.shutdownGraceSeconds;
  const graceMs = grace === undefined ? DEFAULT_GRACE_MS : Math.round(grace * 1000);
  process.stderr.write(`egov serve: ${signal} received, finishing running requests (up to ${graceMs / 1000} s)\n`);
  await server.stop(graceMs);
  process.stderr.write('egov serve: stopped\n');
}
