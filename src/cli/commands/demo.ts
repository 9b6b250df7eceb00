import { join } from 'node:path';
import { runDemo } from '../../demo/run-demo.js';
import type { DemoDatabaseTarget } from '../../demo/open-demo-database.js';
import { portUnavailableReason } from '../../web/check-port-free.js';
import { serveUntilSignal } from '../../web/serve-until-signal.js';
import { type CliContext, report } from '../context.js';
import { InputError } from '../errors.js';
import { parsePort, parsePositiveInt } from '../parse.js';
import type { RegisterCommand } from './register.js';

interface DemoFlags {
  out: string;
  dataDir: string;
  emptyDatabase?: boolean;
  seed?: string;
  applications?: string;
  runs?: string;
  serve?: boolean;
  port?: string;
  json?: boolean;
}

function databaseTarget(ctx: CliContext, flags: DemoFlags): DemoDatabaseTarget {
  if (ctx.config.databaseUrl)
    return { kind: 'postgres', databaseUrl: ctx.config.databaseUrl, emptyFirst: !!flags.emptyDatabase };
  if (flags.emptyDatabase)
    throw new InputError('--empty-database applies to the PostgreSQL database of DATABASE_URL, which is not set');
  return { kind: 'pglite', dataDir: flags.dataDir };
}

async function checkPort(port: number): Promise<void> {
  const reason = await portUnavailableReason(port);
  if (reason)
    throw new InputError(
      `port ${port} ${reason} on 127.0.0.1, so --serve could not serve the demo: choose another with --port N (or PORT=N)`,
    );
}

export const registerDemo: RegisterCommand = (program, ctx) => {
  program
    .command('demo')
    .description(
      'the main job with the SYNTHETIC demo dataset on the embedded database, or on DATABASE_URL when set: ' +
        'ingest, rate, analyse, export [, serve]',
    )
    .option('--out <dir>', 'publication folder', join(ctx.config.reportsDir, 'demo'))
    .option(
      '--data-dir <dir>',
      'embedded database directory of the demo (emptied first; unused with DATABASE_URL)',
      '.egov/demo',
    )
    .option(
      '--empty-database',
      'with DATABASE_URL: drop every egov-monitor table of that database first (their data is lost); ' +
        'without it a database holding data is refused',
    )
    .option('--seed <n>', 'seed of the synthetic dataset (default: data/demo/parameters.json)')
    .option('--applications <n>', 'number of synthetic applications over all demo years')
    .option('--runs <n>', 'Monte Carlo base replications per rating')
    .option('--serve', 'serve the site when done')
    .option('--port <n>', 'port for --serve', String(ctx.config.port))
    .option('--json', 'machine-readable output')
    .action(async (flags: DemoFlags) => {
      const database = databaseTarget(ctx, flags);
      const port = flags.serve ? parsePort(flags.port ?? '8080') : undefined;
      if (port !== undefined) await checkPort(port);
      const started = performance.now();
      const result = await runDemo({
        database,
        outDir: flags.out,
        seed: flags.seed === undefined ? undefined : parsePositiveInt(flags.seed, '--seed'),
        applications:
          flags.applications === undefined ? undefined : parsePositiveInt(flags.applications, '--applications'),
        runs: flags.runs === undefined ? undefined : parsePositiveInt(flags.runs, '--runs'),
        log: flags.json
          ? () => {}
          : (line) => ctx.out(`[${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s] ${line}`),
      });
      try {
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        const counts = Object.entries(result.rowCounts)
          .map(([table, n]) => `  ${table.padEnd(22)} ${n}`)
          .join('\n');
        report(
          ctx,
          !!flags.json,
          { ...result, database: undefined, seconds: Number(seconds) },
          `\nSYNTHETIC DEMO DATA — done in ${seconds} s: ${result.files} files, ${result.batches} batches, ` +
            `${result.runs.length} rating runs\nrows per table:\n${counts}\n` +
            `publication: ${flags.out}/runs/<run id>/ (XLSX, CSV, PNG charts, factsheets, manifest)\n` +
            (database.kind === 'pglite'
              ? `database: ${flags.dataDir} (serve it again: EGOV_DATA_DIR=${flags.dataDir} EGOV_REPORTS_DIR=${flags.out} egov serve)`
              : `database: PostgreSQL of DATABASE_URL (serve it again: EGOV_REPORTS_DIR=${flags.out} egov serve)`),
        );
        if (port !== undefined) {
          await serveUntilSignal({
            database: result.database,
            config: { reportsDir: flags.out, shutdownGraceSeconds: ctx.config.shutdownGraceSeconds },
            port,
            onListening: (url) => ctx.out(`\nSYNTHETIC DEMO DATA is served at ${url}/ (Ctrl+C stops)`),
          });
        }
      } finally {
        await result.database.close();
      }
    });
};
