/**
 * `egov replay --run ID [--skip-analysis] [--threads N] [--json]`: recomputes every stored number of a rating run
 * from the run alone (its stored inputs, build log and analysis spec; never the live measurement table) and reports
 * whether they agree bit for bit (src/ratings/replay-run.ts). Exit 0 when identical, 1 when any number differs,
 * 2 for a bad flag, an unknown run or a run rated before runs stored their inputs.
 */
import type { RegisterCommand } from './register.js';
import { InputError } from '../errors.js';
import { report } from '../context.js';
import { openDatabase } from '../../db/open.js';
import { replayRun, type ReplayReport } from '../../ratings/replay-run.js';
import { RunNotFoundError } from '../../ratings/run-errors.js';
import { RunSnapshotError } from '../../ratings/run-inputs.js';

interface ReplayOptions {
  run: string;
  skipAnalysis?: boolean;
  threads?: string;
  json?: boolean;
}

export class ReplayMismatchError extends Error {
  override readonly name = 'ReplayMismatchError';
}

export const registerReplay: RegisterCommand = (program, ctx) => {
  program
    .command('replay')
    .description('recompute every stored number of a rating run from the run alone and check bit-for-bit agreement')
    .requiredOption('--run <id>', 'rating run id')
    .option('--skip-analysis', 'do not recompute the stored robustness analysis (the Monte Carlo)')
    .option('--threads <n>', 'worker threads for the analysis (results do not depend on it)')
    .option('--json', 'machine-readable output')
    .action(async (options: ReplayOptions) => {
      if (!/^[1-9][0-9]{0,8}$/.test(options.run))
        throw new InputError(`--run must be a positive integer (got "${options.run}")`);
      if (options.threads !== undefined && !/^[1-9][0-9]?$/.test(options.threads)) {
        throw new InputError(`--threads must be a positive integer (got "${options.threads}")`);
      }
      const runId = Number(options.run);
      const database = await openDatabase(ctx.config);
      let result: ReplayReport;
      try {
        result = await replayRun(database.db, runId, {
          skipAnalysis: Boolean(options.skipAnalysis),
          ...(options.threads === undefined ? {} : { threads: Number(options.threads) }),
        }).catch((error: unknown) => {
          if (error instanceof RunNotFoundError || error instanceof RunSnapshotError)
            throw new InputError(error.message);
          throw error;
        });
      } finally {
        await database.close();
      }
      report(ctx, Boolean(options.json), result, describe(result));
      if (!result.identical)
        throw new ReplayMismatchError(
          `run ${runId} does not replay identically: ${result.mismatchCount} number(s) differ`,
        );
    });
};

function describe(r: ReplayReport): string {
  const total = r.compared.results + r.compared.nodes + r.compared.analysis;
  const head =
    `run ${r.runId} (${r.period}), input ${r.inputHash.slice(0, 12)}…, catalogue ${r.catalogueVersion.slice(0, 12)}…: ` +
    `${total} stored numbers recomputed from the run alone (${r.compared.results} result values, ${r.compared.nodes} weights, ` +
    `${r.analysed ? `${r.compared.analysis} analysis figures` : 'no analysis'})`;
  if (r.identical) return `${head}\nidentical: every number agrees bit for bit`;
  return (
    `${head}\nDIFFERENT: ${r.mismatchCount} number(s) differ\n` +
    r.mismatches.map((m) => `  ${m.what}: stored ${String(m.stored)}, recomputed ${String(m.recomputed)}`).join('\n')
  );
}
