import { join } from 'node:path';
import { runDemo } from '../../demo/run-demo.js';
import { serveUntilSignal } from '../../web/serve-until-signal.js';
import { report } from '../context.js';
import { parsePort, parsePositiveInt } from '../parse.js';
import type { RegisterCommand } from './register.js';

interface DemoFlags {
  out: string; dataDir: string; seed?: string; applications?: string; runs?: string; serve?: boolean; port?: string; json?: boolean;
}

export const registerDemo: RegisterCommand = (program, ctx) => {
  program
    .command('demo')
    .description('the main job on the embedded database with the SYNTHETIC demo dataset: ingest, rate, analyse, export [, serve]')
    .option('--out <dir>', 'publication folder', join(ctx.config.reportsDir, 'demo'))
    .option('--data-dir <dir>', 'embedded database directory of the demo (emptied first)', '.egov/demo')
    .option('--seed <n>', 'seed of the synthetic dataset (default: data/demo/parameters.json)')
    .option('--applications <n>', 'number of synthetic applications over all demo years')
    .option('--runs <n>', 'Monte Carlo base replications per rating')
    .option('--serve', 'serve the site when done')
    .option('--port <n>', 'port for --serve', String(ctx.config.port))
    .option('--json', 'machine-readable output')
    .action(async (flags: DemoFlags) => {
      const started = performance.now();
      const result = await runDemo({
        dataDir: flags.dataDir, outDir: flags.out,
        seed: flags.seed === undefined ? undefined : parsePositiveInt(flags.seed, '--seed'),
        applications: flags.applications === undefined ? undefined : parsePositiveInt(flags.applications, '--applications'),
        runs: flags.runs === undefined ? undefined : parsePositiveInt(flags.runs, '--runs'),
        log: flags.json ? () => {} : (line) => ctx.out(`[${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s] ${line}`),
      });
      try {
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        const counts = Object.entries(result.rowCounts).map(([table, n]) => `  ${table.padEnd(22)} ${n}`).join('\n');
        report(ctx, !!flags.json, { ...result, database: undefined, seconds: Number(seconds) },
          `\nSYNTHETIC DEMO DATA — done in ${seconds} s: ${result.files} files, ${result.batches} batches, ` +
          `${result.runs.length} rating runs\nrows per table:\n${counts}\n` +
          `publication: ${flags.out}/runs/<run id>/ (XLSX, CSV, PNG charts, factsheets, manifest)\n` +
          `database: ${flags.dataDir} (serve it again: EGOV_DATA_DIR=${flags.dataDir} EGOV_REPORTS_DIR=${flags.out} egov serve)`);
        if (flags.serve) {
          await serveUntilSignal({
            database: result.database, config: { reportsDir: flags.out }, port: parsePort(flags.port ?? '8080'),
            onListening: (url) => ctx.out(`\nSYNTHETIC DEMO DATA is served at ${url}/ (Ctrl+C stops)`),
          });
        }
      } finally {
        await result.database.close();
      }
    });
};
