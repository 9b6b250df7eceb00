/**
 * `egov token create --role ROLE [--region CODE] [--label TEXT]`: prints a new API token once; only its SHA-256 is kept.
 * `egov token list [--json]`: every token (prefix, role, region, label, created, last used, revoked), never a secret.
 * `egov token revoke PREFIX`: revokes a token at once. Creation and revocation are audited (actor "cli").
 */
import type { RegisterCommand } from './register.js';
import { InputError } from '../errors.js';
import { report } from '../context.js';
import { parseRegion } from '../parse.js';
import { openDatabase } from '../../db/open.js';
import { ROLES, type TokenRole } from '../../db/tables.js';
import { createToken, listTokens, revokeToken, TokenRequestError } from '../../auth/tokens.js';

interface CreateOptions {
  role: string;
  region?: string;
  label?: string;
  json?: boolean;
}

const CLI_ACTOR = { actor: 'cli', role: 'operator' } as const;

export const registerToken: RegisterCommand = (program, ctx) => {
  const token = program.command('token').description('manage API tokens');
  token
    .command('create')
    .description('create an API token (shown once; stored as its SHA-256)')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .option(
      '--region <region>',
      'the region, required for the regional role: code (RU-TUL), OKATO/OKTMO or Russian name',
    )
    .option('--label <text>', 'who the token is for')
    .option('--json', 'machine-readable output')
    .action(async (options: CreateOptions) => {
      if (!(ROLES as readonly string[]).includes(options.role)) {
        throw new InputError(`--role must be one of ${ROLES.join(', ')} (got "${options.role}")`);
      }
      if ((options.role === 'regional') !== Boolean(options.region)) {
        throw new InputError(
          options.role === 'regional'
            ? 'a regional token needs --region CODE'
            : 'a federal-analyst token covers every region: omit --region',
        );
      }
      const regionCode = options.region === undefined ? null : parseRegion(options.region);
      const database = await openDatabase(ctx.config);
      try {
        const created = await createToken(
          database.db,
          { role: options.role as TokenRole, regionCode: regionCode ?? undefined, label: options.label },
          CLI_ACTOR,
        );
        report(
          ctx,
          Boolean(options.json),
          created,
          `${created.token}\nrole ${created.role}${created.regionCode ? ` region ${created.regionCode}` : ''}; ` +
            'keep it secret: it is shown only once. Send it as "Authorization: Bearer <token>".',
        );
      } catch (error) {
        if (error instanceof TokenRequestError) throw new InputError(error.message);
        throw error;
      } finally {
        await database.close();
      }
    });
  token
    .command('list')
    .description('list API tokens (prefix, role, region, label, created, last used, revoked); secrets are never shown')
    .option('--json', 'machine-readable output')
    .action(async (options: { json?: boolean }) => {
      const database = await openDatabase(ctx.config);
      try {
        const tokens = await listTokens(database.db);
        report(
          ctx,
          Boolean(options.json),
          { tokens },
          tokens.length === 0
            ? 'no tokens'
            : tokens
                .map((t) =>
                  [
                    t.prefix,
                    t.role,
                    t.regionCode ?? '-',
                    t.revokedAt ? `revoked ${t.revokedAt}` : 'active',
                    `last used ${t.lastUsedAt ?? 'never'}`,
                    t.hash,
                    t.label ? `"${t.label}"` : '',
                  ]
                    .join('  ')
                    .trimEnd(),
                )
                .join('\n'),
        );
      } finally {
        await database.close();
      }
    });
  token
    .command('revoke <prefix>')
    .description('revoke the token with this prefix (the 10 hex characters after "egov_"); effective immediately')
    .option('--json', 'machine-readable output')
    .action(async (prefix: string, options: { json?: boolean }) => {
      if (!/^[0-9a-f]{10}$/.test(prefix))
        throw new InputError(`a token prefix is 10 lowercase hex characters (got "${prefix}")`);
      const database = await openDatabase(ctx.config);
      try {
        await revokeToken(database.db, prefix, CLI_ACTOR, new Date());
        report(ctx, Boolean(options.json), { prefix, status: 'revoked' }, `token ${prefix} revoked`);
      } catch (error) {
        if (error instanceof TokenRequestError) throw new InputError(error.message);
        throw error;
      } finally {
        await database.close();
      }
    });
};
