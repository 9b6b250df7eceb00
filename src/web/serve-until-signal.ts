/**
 * Runs the web app until SIGTERM or SIGINT, then shuts down gracefully: stop accepting connections, let running
 * requests finish (cut after 10 s), close the database. Used by `egov serve` and `egov demo --serve`.
 */
import type { Database } from '../db/connect.js';
import type { Config } from '../config.js';
import { createApp, type WebDeps } from './app.js';
import { startServer } from './server.js';

export interface ServeOptions {
  readonly database: Database;
  readonly config: Pick<Config, 'reportsDir'> & Partial<Pick<Config, 'trustProxy' | 'https'>>;
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
  process.stderr.write(`egov serve: ${signal} received, shutting down\n`);
  await server.stop();
}
