import { openDatabase } from '../../db/open.js';
import { MethodologyError } from '../../methodology/errors.js';
import { loadCatalogue } from '../../reference/catalogue.js';
import { catalogueLists } from '../../ratings/catalogue-lists.js';
import { NoDataError, ratePeriod } from '../../ratings/rate-period.js';
import { resolveMethodology } from '../../ratings/resolve-methodology.js';
import { report } from '../context.js';
import { formatRateTable } from '../format/rate-output.js';
import { InputError } from '../errors.js';
import { parsePeriod } from '../parse.js';
import type { RegisterCommand } from './register.js';

export const registerRate: RegisterCommand = (program, ctx) => {
  program
    .command('rate')
    .description('rate the stored measurements of a period; stores the result as a draft run')
    .requiredOption('--period <year>', 'period (year) to rate')
    .requiredOption('--methodology <id|file>', 'preset id (data/methodologies), stored id, or a JSON file')
    .option('--actor <name>', 'who runs the rating (recorded with the run)', 'cli')
    .option('--json', 'machine-readable output')
    .action(async (opts: { period: string; methodology: string; actor: string; json?: boolean }) => {
      const period = parsePeriod(opts.period);
      const database = await openDatabase(ctx.config);
      try {
        const catalogue = loadCatalogue();
        const methodology = await resolveMethodology(database.db, opts.methodology, catalogueLists(catalogue)).catch(
          (error: unknown) => {
            if (error instanceof MethodologyError) throw new InputError(error.message);
            throw error;
          },
        );
        const summary = await ratePeriod(database, { period, methodology, catalogue, actor: opts.actor }).catch(
          (error: unknown) => {
            if (error instanceof NoDataError) throw new InputError(error.message);
            throw error;
          },
        );
        const top = formatRateTable(summary.ranking, methodology.expanded.rounding.decimals);
        report(
          ctx,
          !!opts.json,
          summary,
          `rated period ${period} with ${summary.methodology.id} ${summary.methodology.version}: draft run ${summary.runId} ` +
            `(version on publication: ${summary.versionOnPublication})${summary.synthetic ? ', SYNTHETIC' : ''}, ` +
            `${rankedOf(summary)}, ${summary.valuesPresent} values
` +
            `methodology ${summary.methodology.hash.slice(0, 12)}…, input ${summary.inputHash.slice(0, 12)}…\n` +
            (summary.previous
              ? `changes against ${summary.previous.period} (published run ${summary.previous.runId})\n`
              : 'no earlier published period to compare with\n') +
            top,
        );
      } finally {
        await database.close();
      }
    });
};

/** "6 ranked of 85 (79 without data)"; "85 ranked of 85" when every region has a score. */
function rankedOf(summary: { ranked: number; regions: number; withoutData: number }): string {
  return `${summary.ranked} ranked of ${summary.regions}${summary.withoutData > 0 ? ` (${summary.withoutData} without data)` : ''}`;
}
