/** `egov audit [--since DATE] [--actor PREFIX] [--json]`: the audit log (who did what, when), oldest first. */
import type { RegisterCommand } from './register.js';
import { InputError } from '../errors.js';
import { report } from '../context.js';
import { openDatabase } from '../../db/open.js';
import { readAudit } from '../../auth/audit.js';

export const registerAudit: RegisterCommand = (program, ctx) => {
  program
    .command('audit')
    .description('print the audit log: every write with its actor, role, action, target and details')
    .option(
      '--since <date>',
      'only entries at or after this ISO date or timestamp, e.g. 2026-12-01 or 2026-12-01T10:00:00Z',
    )
    .option('--actor <prefix>', 'only entries whose actor starts with this, e.g. cli or token:3f2a')
    .option('--json', 'machine-readable output')
    .action(async (options: { since?: string; actor?: string; json?: boolean }) => {
      const since = options.since === undefined ? undefined : new Date(options.since);
      if (since && (Number.isNaN(since.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(options.since!))) {
        throw new InputError(`--since must be an ISO date such as 2026-12-01 (got "${options.since}")`);
      }
      const database = await openDatabase(ctx.config);
      try {
        const entries = await readAudit(database.db, { since, actor: options.actor });
        report(
          ctx,
          Boolean(options.json),
          { entries },
          entries.length === 0
            ? 'no audit entries'
            : entries
                .map((e) => `${e.at}  ${e.actor}  ${e.role}  ${e.action}  ${e.target}  ${JSON.stringify(e.details)}`)
                .join('\n'),
        );
      } finally {
        await database.close();
      }
    });
};
