/**
 * `egov analyse --methodology FILE --data FILE [--uncertainty FILE] [--unit-column C] [--group G...] [--reference DIR]
 * [--runs N] [--seed S] [--design D] [--threads T] [--out FILE] [--json]`: uncertainty and sensitivity analysis (rank intervals, Sobol shares) and the coherence audit
 * of a rating. `--run ID` analyses a stored run on the input snapshot stored with it (with the uncertainty spec it was
 * rated with, or --uncertainty FILE) and stores the result with the run; `--run ID --stored` shows the stored analysis.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Config } from '../../config.js';
import { openDatabase } from '../../db/open.js';
import { analyseRun, RunNotFoundError } from '../../ratings/analyse-run.js';
import { RunSnapshotError } from '../../ratings/run-inputs.js';
import type { RobustnessReport } from '../../core/analysis/robustness-report.js';
import type { RegisterCommand } from './register.js';
import { report } from '../context.js';
import { InputError } from '../errors.js';
import { analyseBuild } from '../../robustness-runs/analyse-build.js';
import { formatReport, reportCsv } from '../format/robustness-output.js';
import { readStoredAnalysis } from '../../robustness-runs/stored-analysis.js';
import { loadAnalysisInputs, parseUncertaintySpec } from '../../robustness-runs/load-analysis-inputs.js';
import { DESIGNS, type DesignName } from '../../core/analysis/saltelli-design.js';

interface AnalyseFlags {
  run?: string;
  methodology?: string;
  data?: string;
  uncertainty?: string;
  runs?: string;
  seed?: string;
  design?: string;
  threads?: string;
  out?: string;
  json?: boolean;
  stored?: boolean;
  unitColumn?: string;
  group?: string[];
  reference?: string;
}

function integerFlag(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new InputError(`--${name} must be an integer ≥ ${min} (got "${value}")`);
  return n;
}

export const registerAnalyse: RegisterCommand = (program, ctx) => {
  program
    .command('analyse')
    .description('uncertainty and sensitivity analysis (rank intervals, Sobol shares) and coherence audit of a rating')
    .option('--run <id>', 'a stored rating run')
    .option('--stored', 'with --run: show the analysis stored with the run instead of recomputing it')
    .option('--methodology <file>', 'methodology JSON (its "uncertainty" section declares the uncertain assumptions)')
    .option('--data <file>', 'wide CSV: a unit column, then one column per indicator')
    .option('--uncertainty <file>', "uncertainty spec JSON (instead of the methodology's section)")
    .option('--unit-column <name>', 'the unit column of a wide data file (default: "unit", else the first column)')
    .option('--group <name...>', 'columns to keep as groupings (for group imputation)')
    .option(
      '--reference <dir>',
      "folder of services.csv, stages.csv, indicators.csv for templates (default: the package's data/reference)",
    )
    .option('--runs <n>', 'base replications N (Saltelli: N·(k + 2) evaluations)')
    .option('--seed <s>', 'random seed (integer)')
    .option('--design <name>', `${DESIGNS.join(' | ')}`)
    .option('--threads <n>', 'worker threads (default: all cores; results do not depend on it)')
    .option('--out <file>', 'write the report: .json (everything) or .csv (per-unit rank intervals)')
    .option('--json', 'print the report as JSON')
    .action(async (flags: AnalyseFlags) => {
      if (flags.run !== undefined && (flags.methodology !== undefined || flags.data !== undefined)) {
        throw new InputError('give either --run ID or --methodology FILE --data FILE, not both');
      }
      if (flags.run === undefined && (!flags.methodology || !flags.data))
        throw new InputError('give --methodology FILE and --data FILE (or --run ID)');
      if (flags.design !== undefined && !DESIGNS.includes(flags.design as DesignName)) {
        throw new InputError(`--design must be one of ${DESIGNS.join(', ')} (got "${flags.design}")`);
      }
      if (flags.out !== undefined && !/\.(json|csv)$/i.test(flags.out))
        throw new InputError('--out must end in .json or .csv');
      const threads = integerFlag('threads', flags.threads, 1);
      if (flags.run !== undefined) {
        const result = await analyseStoredRun(ctx.config, flags, threads);
        if (flags.out)
          writeFileSync(
            flags.out,
            /\.csv$/i.test(flags.out) ? reportCsv(result) : `${JSON.stringify(result, null, 2)}\n`,
          );
        report(
          ctx,
          flags.json === true,
          result,
          formatReport(result, 30) + (flags.out ? `\nwritten: ${flags.out}` : ''),
        );
        return;
      }
      let inputs;
      try {
        inputs = loadAnalysisInputs(flags.methodology!, flags.data!, {
          runs: integerFlag('runs', flags.runs, 2),
          seed: integerFlag('seed', flags.seed, 0),
          design: flags.design as DesignName | undefined,
          referenceDir: flags.reference,
          ...(flags.uncertainty === undefined ? {} : { uncertaintyPath: flags.uncertainty }),
          ...(flags.unitColumn === undefined ? {} : { unitColumn: flags.unitColumn }),
          ...(flags.group === undefined ? {} : { groupColumns: flags.group }),
        });
      } catch (error) {
        if (error instanceof InputError) throw error;
        throw new InputError((error as Error).message);
      }
      const result = await analyseBuild(
        inputs.dataset,
        inputs.log,
        inputs.spec,
        threads === undefined ? {} : { threads },
      );
      if (flags.out)
        writeFileSync(
          flags.out,
          /\.csv$/i.test(flags.out) ? reportCsv(result) : `${JSON.stringify(result, null, 2)}\n`,
        );
      report(ctx, flags.json === true, result, formatReport(result, 30) + (flags.out ? `\nwritten: ${flags.out}` : ''));
    });
};

/** `--run ID`: analyses a stored run on its exact inputs and stores the result with it (src/ratings/analyse-run.ts). */
async function analyseStoredRun(
  config: Config,
  flags: AnalyseFlags,
  threads: number | undefined,
): Promise<RobustnessReport> {
  const runId = integerFlag('run', flags.run, 1)!;
  if (flags.stored) return showStoredRun(config, runId);
  if (flags.design !== undefined)
    throw new InputError('--design is set by the uncertainty spec for stored runs; put it in --uncertainty FILE');
  let spec;
  try {
    spec =
      flags.uncertainty === undefined
        ? undefined
        : parseUncertaintySpec(JSON.parse(readFileSync(flags.uncertainty, 'utf8')), flags.uncertainty);
  } catch (error) {
    throw new InputError((error as Error).message);
  }
  const database = await openDatabase(config);
  try {
    return await analyseRun(database, runId, {
      ...(spec === undefined ? {} : { spec }),
      ...(threads === undefined ? {} : { threads }),
      overrides: { runs: integerFlag('runs', flags.runs, 2), seed: integerFlag('seed', flags.seed, 0) },
    }).catch((error: unknown) => {
      if (error instanceof RunNotFoundError || error instanceof RunSnapshotError) throw new InputError(error.message);
      throw error;
    });
  } finally {
    await database.close();
  }
}

async function showStoredRun(config: Config, runId: number): Promise<RobustnessReport> {
  const database = await openDatabase(config);
  try {
    const stored = await readStoredAnalysis(database.db, runId);
    if (!stored) throw new InputError(`run ${runId} has no stored analysis; run "egov analyse --run ${runId}" first`);
    return stored;
  } finally {
    await database.close();
  }
}
