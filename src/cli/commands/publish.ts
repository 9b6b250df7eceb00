/**
 * `egov publish --run ID [--reason TEXT]` lifts the embargo on a draft (a correction of a published rating needs
 * --reason); `egov publish --run ID --withdraw --reason TEXT` withdraws a published run. Audited as actor "cli".
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
  json?: boolean;
}

export const registerPublish: RegisterCommand = (program, ctx) => {
  program
    .command('publish')
    .description('publish a draft rating run (or withdraw a published one with --withdraw)')
    .requiredOption('--run <id>', 'rating run id')
    .option('--reason <text>', 'why: required for a correction of a published rating and for --withdraw')
    .option('--withdraw', 'withdraw a published run instead of publishing')
    .option('--json', 'machine-readable output')
    .action(async (options: PublishOptions) => {
      if (!/^[1-9][0-9]*$/.test(options.run))
        throw new InputError(`--run must be a positive integer (got "${options.run}")`);
      const runId = Number(options.run);
      const database = await openDatabase(ctx.config);
      const who = { actor: 'cli', role: 'operator', at: new Date() };
      // The public pages, ranking JSON and programme reports are rendered again in the publication's transaction.
      const refresh = precomputePublicContent(ctx.config.reportsDir, siteUrlOf(ctx.config));
      try {
        if (options.withdraw) {
          await withdrawRun(database.db, runId, who, options.reason ?? '', refresh);
          report(ctx, Boolean(options.json), { runId, status: 'withdrawn' }, `run ${runId} withdrawn`);
        } else {
          const outcome = await publishRun(database.db, runId, who, options.reason, refresh);
          report(
            ctx,
            Boolean(options.json),
            outcome,
            `run ${runId} published as version ${outcome.version}` +
              (outcome.supersededRunId ? ` (replaces run ${outcome.supersededRunId}, now withdrawn)` : ''),
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
