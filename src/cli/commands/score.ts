/**
 * `egov score --methodology FILE --data FILE [--out FILE] [--unit-column NAME] [--group NAME...] [--reference DIR]
 * [--explain UNIT [--node ID]] [--weight NODE=W...] [--drop NODE...] [--normaliser SPEC] [--aggregation SPEC] [--json]`: scores a dataset file (CSV, wide or long) with a methodology, without the database, and writes every
 * node's score, rank and band (CSV, or JSON when FILE ends in .json). Data files in UTF-8 or Windows-1251.
 * What-if options replay the build with the edits and print the root's rank changes (the --out file holds the
 * unedited build). Bad methodology or data (InputError), or a method that cannot apply to the data (the core's
 * MethodError, e.g. min-max of a constant column, naming step, node and unit): exit 2, nothing written; the --out file
 * is written only after scoring, explanation and what-if all succeeded. Any other error is a bug: exit 1.
 */
import { readFile, writeFile } from 'node:fs/promises';
import iconv from 'iconv-lite';
import type { RegisterCommand } from './register.js';
import { report } from '../context.js';
import { InputError } from '../errors.js';
import { DataFormatError, parseDatasetCsv } from '../../methodology/dataset-csv.js';
import { explain } from '../../core/explain.js';
import { whatIf } from '../../core/what-if.js';
import { MethodologyError } from '../../methodology/errors.js';
import { formatExplanation, formatRankChanges } from '../format/explain-output.js';
import { whatIfEdits } from '../what-if-options.js';
import { loadMethodologyFile } from '../../methodology/load.js';
import { readReferenceLists } from '../../methodology/reference-lists.js';
import { scoreDocument, scoreRows, scoreRowsToCsv } from '../format/score-output.js';
import { dataColumns, scoreDataset } from '../../methodology/score-run.js';
import { nodeWeights } from '../../core/build-state.js';
import { effectiveWeights } from '../../core/weights/effective-weights.js';

interface ScoreOptions {
  methodology: string;
  data: string;
  out?: string;
  unitColumn?: string;
  group?: string[];
  reference?: string;
  explain?: string;
  node?: string;
  weight?: string[];
  drop?: string[];
  normaliser?: string;
  aggregation?: string;
  json?: boolean;
}

export const registerScore: RegisterCommand = (program, ctx) => {
  program
    .command('score')
    .description('score a dataset file (units × indicators) with a methodology, without the database')
    .requiredOption('--methodology <file>', 'methodology JSON file')
    .requiredOption(
      '--data <file>',
      'CSV: wide (unit column + one column per indicator) or long (unit,indicator,value)',
    )
    .option('--out <file>', "write every node's score and rank here (.csv or .json)")
    .option('--unit-column <name>', 'the unit column of a wide file (default: "unit", else the first column)')
    .option('--group <name...>', 'columns to keep as groupings (for group imputation)')
    .option(
      '--reference <dir>',
      "folder of services.csv, stages.csv, indicators.csv for templates (default: the package's data/reference)",
    )
    .option(
      '--explain <unit>',
      'also explain one unit: contributions, standouts, the next rank up and what closes the gap',
    )
    .option('--node <id>', 'the node to explain (default: the root)')
    .option('--weight <node=w...>', "what-if: set a node's weight and report rank changes")
    .option('--drop <node...>', 'what-if: drop nodes (weight 0) and report rank changes')
    .option('--normaliser <spec>', 'what-if: every indicator through this normaliser (a name or JSON spec)')
    .option('--aggregation <spec>', 'what-if: every node with this aggregation (a name or JSON spec)')
    .option('--json', 'machine-readable output')
    .action(async (options: ScoreOptions) => {
      const methodology = await asInput(() =>
        loadMethodologyFile(options.methodology, readReferenceLists(options.reference)),
      );
      const text = decodeText(await asInput(() => readFile(options.data)));
      const data = await asInput(async () =>
        parseDatasetCsv(text, {
          columns: dataColumns(methodology),
          categories: methodology.categories,
          ...(options.unitColumn ? { unitColumn: options.unitColumn } : {}),
          ...(options.group ? { groupColumns: options.group } : {}),
        }),
      );
      const root = methodology.expanded.tree.root;
      if (options.explain !== undefined && !data.units.includes(options.explain))
        throw new InputError(`--explain: no unit "${options.explain}" in ${options.data}`);
      if (options.node !== undefined && !methodology.expanded.tree.nodes.some((n) => n.id === options.node)) {
        throw new InputError(`--node: no node "${options.node}" in ${options.methodology}`);
      }
      const edits = await asInput(() => whatIfEdits(options));
      // A method that cannot be applied to the data throws the core's MethodError (exit 2, naming step, node and unit).
      const run = scoreDataset(methodology, data);
      const decimals = methodology.expanded.rounding.decimals;
      const top = scoreRows(run, decimals)
        .filter((r) => r.node === root && r.rank !== null)
        .sort((a, b) => a.rank! - b.rank!)
        .slice(0, 10);
      const tree = run.result.state.tree!;
      const effective = effectiveWeights(tree, nodeWeights(run.result.state, tree));
      const screening = run.result.state.screening;
      const screenedOut = screening ? data.units.filter((_, u) => screening.included[u] === 0) : [];
      const summary = {
        methodology: {
          id: run.record.methodologyId,
          version: run.record.methodologyVersion,
          hash: run.record.methodologyHash,
        },
        inputHash: run.record.inputHash,
        units: data.units.length,
        indicators: tree.leafRows.length,
        nodes: run.result.scores.ids.length,
        out: options.out ?? null,
        top,
        effectiveWeights: Object.fromEntries(tree.ids.map((id, row) => [id, effective[row]])),
        ...(screening ? { screenedOut } : {}),
      };
      const explanation =
        options.explain === undefined ? null : explain(run.result, options.explain, options.node ?? root);
      const changes = edits.length === 0 ? null : whatIf(run.record.log, data, edits, { before: run.result }).changes;
      // Written only after every step succeeded: a failing explanation or what-if leaves no file behind.
      if (options.out) {
        const body = options.out.endsWith('.json')
          ? `${JSON.stringify(scoreDocument(run, decimals), null, 2)}\n`
          : scoreRowsToCsv(scoreRows(run, decimals));
        await writeFile(options.out, body);
      }
      const human = [
        `Scored ${data.units.length} units × ${summary.indicators} indicators with ${summary.methodology.id} ${summary.methodology.version} (methodology ${summary.methodology.hash.slice(0, 12)}, input ${summary.inputHash.slice(0, 12)})`,
        ...(screening
          ? [
              `Screened out (data availability below ${(run.record.log.find((step) => step.id === 'screen')!.params as { threshold: number }).threshold}): ${screenedOut.length ? screenedOut.join(', ') : 'none'}`,
            ]
          : []),
        ...top.map((r) => `${String(r.rank).padStart(4)}  ${r.unit.padEnd(12)} ${r.scoreRounded}`),
        options.out
          ? `Wrote ${summary.nodes} nodes × ${data.units.length} units to ${options.out}`
          : '(use --out FILE to write every node)',
        ...(explanation ? ['', formatExplanation(explanation, decimals)] : []),
        ...(changes ? ['', formatRankChanges(changes, decimals)] : []),
      ].join('\n');
      report(
        ctx,
        Boolean(options.json),
        { ...summary, ...(explanation ? { explanation } : {}), ...(changes ? { whatIf: changes } : {}) },
        human,
      );
    });
};

/** UTF-8 when the bytes are valid UTF-8, else Windows-1251 (regions' spreadsheets export CSV in it). */
function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return iconv.decode(bytes, 'win1251');
  }
}

/** Runs a loading step, turning a methodology, data-format or file-system problem into an InputError (exit 2). */
async function asInput<T>(load: () => T | Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof MethodologyError || error instanceof DataFormatError) throw new InputError(error.message);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR')
      throw new InputError(`cannot read file: ${(error as Error).message}`);
    throw error;
  }
}
