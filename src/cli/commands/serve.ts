/** `egov serve [--port N] [--host H]`: the HTTP API and public pages until SIGTERM/SIGINT (graceful shutdown). */
import type { RegisterCommand } from './register.js';
import { InputError } from '../errors.js';
import { openDatabase } from '../../db/open.js';
import { serveUntilSignal } from '../../web/serve-until-signal.js';

export const registerServe: RegisterCommand = (program, ctx) => {
  program
    .command('serve')
    .description('serve the JSON API (/api/v1) and the public pages; only published ratings are public')
    .option('--port <n>', 'TCP port (default: PORT or 8080; 0 picks a free port)')
    .option('--host <address>', 'address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)', '127.0.0.1')
    .option('--json', 'print the address as JSON')
    .action(async (options: { port?: string; host: string; json?: boolean }) => {
      const port = options.port === undefined ? ctx.config.port : Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new InputError(`--port must be an integer 0–65535 (got "${options.port}")`);
      const database = await openDatabase(ctx.config);
      try {
        await serveUntilSignal({
          database,
          config: ctx.config,
          port,
          host: options.host,
          onListening: (url) =>
            ctx.out(options.json ? JSON.stringify({ url }) : `egov serve: listening on ${url} (Ctrl+C to stop)`),
        });
      } finally {
        await database.close();
      }
    });
};
