/**
 * `egov publish --run ID [--reason TEXT] [--headline | --alongside]` lifts the embargo on a draft (a correction of a
 * published rating needs --reason; a run of another methodology than the period's headline needs --headline or
 * --alongside, else exit 2 naming the headline); `egov publish --run ID --withdraw --reason TEXT` withdraws a
 * published run (a withdrawn headline passes to the most recently published remaining run). Audited as actor "cli".
 */
import type { RegisterCommand } from './register.js';
import { InputError } from '../errors.js';
import { report } from '../context.js';
import { openDatabase } from '../../db/open.js';
import { siteUrlOf } from '../../config.js';
import { PublishError, publishRun, withdrawRun } from '../../ratings/publish.js';
import { precomputePublicContent } from '../../web/published/precompute-public-content.js';

interface PublishOptions {
  run: string;
  reason?: string;
  withdraw?: boolean;
  headline?: boolean;
  alongside?: boolean;
  json?: boolean;
}

export const registerPublish: RegisterCommand = (program, ctx) => {
  program
    .command('publish')
    .description('publish a draft rating run (or withdraw a published one with --withdraw)')
    .requiredOption('--run <id>', 'rating run id')
    .option('--reason <text>', 'why: required for a correction of a published rating and for --withdraw')
    .option('--withdraw', 'withdraw a published run instead of publishing')
    .option('--headline', "make the run the period's headline methodology (the current headline stays published)")
    .option('--alongside', 'publish beside the headline methodology of the period, not as headline')
    .option('--json', 'machine-readable output')
    .action(async (options: PublishOptions) => {
      if (!/^[1-9][0-9]*$/.test(options.run))
        throw new InputError(`--run must be a positive integer (got "${options.run}")`);
      const runId = Number(options.run);
      if (options.headline && options.alongside) throw new InputError('--headline and --alongside exclude each other');
      if (options.withdraw && (options.headline || options.alongside))
        throw new InputError('--headline and --alongside are choices of a publication, not of --withdraw');
      const choice = options.headline ? 'headline' : options.alongside ? 'alongside' : undefined;
      const database = await openDatabase(ctx.config);
      const who = { actor: 'cli', role: 'operator', at: new Date() };
      // The public pages, ranking JSON and programme reports are rendered again in the publication's transaction.
      const refresh = precomputePublicContent(ctx.config.reportsDir, siteUrlOf(ctx.config));
      try {
        if (options.withdraw) {
          const { headlinePassedTo } = await withdrawRun(database.db, runId, who, options.reason ?? '', refresh);
          report(
            ctx,
            Boolean(options.json),
            { runId, status: 'withdrawn', headlinePassedTo },
            `run ${runId} withdrawn` +
              (headlinePassedTo === null ? '' : `; run ${headlinePassedTo} is now the headline of its period`),
          );
        } else {
          const outcome = await publishRun(database.db, runId, who, options.reason, refresh, choice);
          report(
            ctx,
            Boolean(options.json),
            outcome,
            `run ${runId} published as version ${outcome.version}` +
              (outcome.supersededRunId ? ` (replaces run ${outcome.supersededRunId}, now withdrawn)` : '') +
              (outcome.headline
                ? `, the headline methodology of its period` +
                  (outcome.headlineTakenFromRunId
                    ? ` (run ${outcome.headlineTakenFromRunId} stays published, no longer headline)`
                    : '')
                : ', alongside the headline methodology of its period'),
          );
        }
      } catch (error) {
        if (error instanceof PublishError) throw new InputError(error.message);
        throw error;
      } finally {
        await database.close();
      }
    });
};
