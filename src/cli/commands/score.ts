/**
 * `egov score --methodology FILE --data FILE [--out FILE] [--unit-column NAME] [--group NAME...] [--reference DIR]
 * [--explain UNIT [--node ID]] [--weight NODE=W...] [--drop NODE...] [--normaliser SPEC] [--aggregation SPEC] [--period Y]
 * [--json]`: scores a data file with a methodology, without the database, and writes every node's score, rank and band
 * (CSV, or JSON when FILE ends in .json). The file is read by the ingest's readers (src/ingest/read-table-file.ts):
 * a measurement form as `egov ingest` reads it (Russian headers, region and service names in their spellings, long
 * and wide layouts, CSV in UTF-8 or Windows-1251, XLSX with title rows) gives the dataset `egov rate` would build from
 * the same values stored; any other table is a units × indicators dataset (wide or long).
 * What-if options replay the build with the edits and print the root's rank changes (the --out file holds the
 * unedited build). Bad methodology or data (InputError), or a method that cannot apply to the data (the core's
 * MethodError, e.g. min-max of a constant column, naming step, node and unit): exit 2, nothing written; the --out file
 * is written only after scoring, explanation and what-if all succeeded. Any other error is a bug: exit 1.
 */
import { writeFile } from 'node:fs/promises';
import type { RegisterCommand } from './register.js';
import { report } from '../context.js';
import { InputError } from '../errors.js';
import { DataFormatError, datasetOfTable } from '../../methodology/dataset-csv.js';
import { formDataset } from '../../methodology/form-dataset.js';
import { catalogueIndexOf } from '../../ingest/catalogue/catalogue-index.js';
import { readTableFile } from '../../ingest/read-table-file.js';
import { loadCatalogue } from '../../reference/catalogue.js';
import { MethodologyError } from '../../methodology/errors.js';
import { loadMethodologyFile } from '../../methodology/load-file.js';
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
  period?: number;
}

export const registerScore: RegisterCommand = (program, ctx) => {
  program
    .command('score')
    .description(
      'score a measurement form (as egov ingest reads it) or a units × indicators file with a methodology, without the database',
    )
    .requiredOption('--methodology <file>', 'methodology JSON file')
    .requiredOption(
      '--data <file>',
      'CSV or XLSX: a measurement form as egov ingest reads it (region, service: long or wide), else units × indicators (wide: unit column + one column per indicator; long: unit,indicator,value)',
    )
    .option('--period <year>', "a measurement form's period, when its period column holds several", (v) => Number(v))
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
      const catalogue = loadCatalogue();
      const table = await asInput(() => readTableFile(options.data, catalogueIndexOf(catalogue), options.period));
      const data = await asInput(async () =>
        table.kind === 'form'
          ? formDataset(
              table.rows,
              dataColumns(methodology),
              new Map(catalogue.regions.map((r) => [r.code, r.federalDistrict])),
            )
          : datasetOfTable(table.header, table.records, {
              columns: dataColumns(methodology),
              categories: methodology.categories,
              decimalComma: table.format.endsWith("';'"),
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
      const edits = await asInput(async () =>
        isWhatIf(options) ? (await import('../what-if-options.js')).whatIfEdits(options) : [],
      );
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
      // Explanation and what-if modules are loaded only when asked for.
      const explanation =
        options.explain === undefined
          ? null
          : (await import('../../core/explain.js')).explain(run.result, options.explain, options.node ?? root);
      const changes =
        edits.length === 0
          ? null
          : (await import('../../core/what-if.js')).whatIf(run.record.log, data, edits, { before: run.result }).changes;
      const format = explanation || changes ? await import('../format/explain-output.js') : null;
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
        ...(explanation ? ['', format!.formatExplanation(explanation, decimals)] : []),
        ...(changes ? ['', format!.formatRankChanges(changes, decimals)] : []),
      ].join('\n');
      report(
        ctx,
        Boolean(options.json),
        { ...summary, ...(explanation ? { explanation } : {}), ...(changes ? { whatIf: changes } : {}) },
        human,
      );
    });
};

/** Whether any what-if option is given. */
function isWhatIf(options: ScoreOptions): boolean {
  return (
    Boolean(options.weight?.length || options.drop?.length) ||
    options.normaliser !== undefined ||
    options.aggregation !== undefined
  );
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
