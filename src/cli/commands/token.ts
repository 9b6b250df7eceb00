/** `egov token create --role ROLE [--region CODE] [--label TEXT]`: prints a new API token once; only its hash is kept. */
import type { RegisterCommand } from './register.js';
import { InputError } from '../errors.js';
import { report } from '../context.js';
import { parseRegion } from '../parse.js';
import { openDatabase } from '../../db/open.js';
import { ROLES, type TokenRole } from '../../db/tables.js';
import { createToken, TokenRequestError } from '../../auth/tokens.js';
import { recordAudit } from '../../auth/audit.js';

interface CreateOptions { role: string; region?: string; label?: string; json?: boolean }

export const registerToken: RegisterCommand = (program, ctx) => {
  const token = program.command('token').description('manage API tokens');
  token
    .command('create')
    .description('create an API token (shown once; stored as an scrypt hash)')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .option('--region <region>', 'the region, required for the regional role: code (RU-TUL), OKATO/OKTMO or Russian name')
    .option('--label <text>', 'who the token is for')
    .option('--json', 'machine-readable output')
    .action(async (options: CreateOptions) => {
      if (!(ROLES as readonly string[]).includes(options.role)) {
        throw new InputError(`--role must be one of ${ROLES.join(', ')} (got "${options.role}")`);
      }
      if ((options.role === 'regional') !== Boolean(options.region)) {
        throw new InputError(options.role === 'regional' ? 'a regional token needs --region CODE' : 'a federal-analyst token covers every region: omit --region');
      }
      const regionCode = options.region === undefined ? null : parseRegion(options.region);
      const database = await openDatabase(ctx.config);
      try {
        const created = await database.db.transaction().execute(async (trx) => {
          const result = await createToken(trx, { role: options.role as TokenRole, regionCode: regionCode ?? undefined, label: options.label });
          await recordAudit(trx, {
            actor: 'cli', role: 'operator', action: 'token.create', target: `token:${result.prefix}`,
            details: { role: result.role, regionCode: result.regionCode, label: options.label ?? '' },
          });
          return result;
        });
        report(ctx, Boolean(options.json), created,
          `${created.token}\nrole ${created.role}${created.regionCode ? ` region ${created.regionCode}` : ''}; `
          + 'keep it secret: it is shown only once. Send it as "Authorization: Bearer <token>".');
      } catch (error) {
        if (error instanceof TokenRequestError) throw new InputError(error.message);
        throw error;
      } finally {
        await database.close();
      }
    });
};
