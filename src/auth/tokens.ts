/**
 * Creating, listing and revoking API tokens, and resolving a presented token to a principal. Only the SHA-256 of the
 * secret is stored (see token-secret.ts for why); the token is shown once at creation. Every request is verified
 * against the database — there is no verification cache — so a revocation takes effect on the next request.
 * A revoked or unknown token, or a wrong secret, resolves to null (the caller answers 401).
 */
import { sql, type Kysely } from 'kysely';
import type { DB, TokenRole } from '../db/tables.js';
import type { Principal } from './principal.js';
import { recordAudit } from './audit.js';
import { formatToken, generateTokenParts, hashSecret, parseToken, verifySecret } from './token-secret.js';

export interface NewToken {
  readonly role: TokenRole;
  /** Required for the regional role, forbidden for federal-analyst. */
  readonly regionCode?: string;
  readonly label?: string;
}

export interface CreatedToken {
  readonly id: number;
  readonly token: string;
  readonly prefix: string;
  readonly role: TokenRole;
  readonly regionCode: string | null;
}

export interface TokenListing {
  readonly prefix: string;
  readonly role: TokenRole;
  readonly regionCode: string | null;
  readonly label: string;
  readonly createdAt: string;
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
  /** How the secret is stored: "sha256", or "scrypt" for a token created before SHA-256 storage. */
  readonly hash: 'sha256' | 'scrypt';
}

/** Who performs a token write, for the audit log. */
export interface TokenActor {
  readonly actor: string;
  readonly role: string;
}

export class TokenRequestError extends Error {
  override readonly name = 'TokenRequestError';
  constructor(
    message: string,
    readonly reason: 'invalid' | 'unknown_token' | 'already_revoked' = 'invalid',
  ) {
    super(message);
  }
}

/** `last_used_at` is written at most this often per token. */
const LAST_USED_RESOLUTION_MS = 60_000;

const iso = (value: unknown): string | null => (value ? new Date(value as string | Date).toISOString() : null);

/** Creates a token and its `token.create` audit row in one transaction. */
export async function createToken(
  db: Kysely<DB>,
  request: NewToken,
  by: TokenActor = { actor: 'cli', role: 'operator' },
): Promise<CreatedToken> {
  const regionCode = request.regionCode ?? null;
  if (request.role === 'regional' && !regionCode) throw new TokenRequestError('a regional token needs --region CODE');
  if (request.role === 'federal-analyst' && regionCode) {
    throw new TokenRequestError('a federal-analyst token covers every region: omit --region');
  }
  return db.transaction().execute(async (trx) => {
    if (regionCode) {
      const region = await trx.selectFrom('region').select('code').where('code', '=', regionCode).executeTakeFirst();
      if (!region) throw new TokenRequestError(`unknown region code "${regionCode}"`);
    }
    const parts = generateTokenParts();
    const row = await trx
      .insertInto('api_token')
      .values({
        token_prefix: parts.prefix,
        token_hash: hashSecret(parts.secret),
        salt: '',
        role: request.role,
        region_code: regionCode,
        label: request.label ?? '',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      ...by,
      action: 'token.create',
      target: `token:${parts.prefix}`,
      details: { role: request.role, regionCode, label: request.label ?? '' },
    });
    return { id: row.id, token: formatToken(parts), prefix: parts.prefix, role: request.role, regionCode };
  });
}

export async function listTokens(db: Kysely<DB>): Promise<TokenListing[]> {
  const rows = await db.selectFrom('api_token').selectAll().orderBy('id').execute();
  return rows.map((r) => ({
    prefix: r.token_prefix,
    role: r.role,
    regionCode: r.region_code,
    label: r.label,
    createdAt: iso(r.created_at)!,
    lastUsedAt: iso(r.last_used_at),
    revokedAt: iso(r.revoked_at),
    hash: r.salt === '' ? 'sha256' : 'scrypt',
  }));
}

/**
 * Revokes the token with this prefix (and writes `token.revoke` to the audit log, in one transaction).
 * @throws TokenRequestError for an unknown prefix; revoking a revoked token is refused the same way.
 */
export async function revokeToken(db: Kysely<DB>, prefix: string, by: TokenActor, at: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('api_token')
      .set({ revoked_at: at.toISOString() as never })
      .where('token_prefix', '=', prefix)
      .where('revoked_at', 'is', null)
      .returning('id')
      .executeTakeFirst();
    if (!row) {
      const known = await trx
        .selectFrom('api_token')
        .select('revoked_at')
        .where('token_prefix', '=', prefix)
        .executeTakeFirst();
      throw known
        ? new TokenRequestError(`token ${prefix} is already revoked`, 'already_revoked')
        : new TokenRequestError(`no token with prefix "${prefix}"`, 'unknown_token');
    }
    await recordAudit(trx, { ...by, action: 'token.revoke', target: `token:${prefix}`, at });
  });
}

/** The principal a bearer token stands for, or null when the token is malformed, unknown, revoked or wrong. */
export async function authenticateToken(
  db: Kysely<DB>,
  token: string,
  now: Date = new Date(),
): Promise<Principal | null> {
  const parts = parseToken(token);
  if (!parts) return null;
  const row = await db
    .selectFrom('api_token')
    .select(['token_hash', 'salt', 'role', 'region_code', 'label', 'revoked_at', 'last_used_at'])
    .where('token_prefix', '=', parts.prefix)
    .executeTakeFirst();
  if (!row || row.revoked_at !== null) return null;
  if (!(await verifySecret(parts.secret, row.salt, row.token_hash))) return null;
  const lastUsed = row.last_used_at ? new Date(row.last_used_at as unknown as string).getTime() : -Infinity;
  if (now.getTime() - lastUsed >= LAST_USED_RESOLUTION_MS) await touchLastUsed(db, parts.prefix, now);
  const actor = `token:${parts.prefix}${row.label ? ` (${row.label})` : ''}`;
  if (row.role === 'regional')
    return { role: 'regional', actor, tokenPrefix: parts.prefix, regionCode: row.region_code! };
  return { role: 'federal-analyst', actor, tokenPrefix: parts.prefix };
}

/** Sets last_used_at unless another request did within the last minute (the condition keeps concurrent writers to one). */
async function touchLastUsed(db: Kysely<DB>, prefix: string, now: Date): Promise<void> {
  const cutoff = new Date(now.getTime() - LAST_USED_RESOLUTION_MS).toISOString();
  await db
    .updateTable('api_token')
    .set({ last_used_at: now.toISOString() as never })
    .where('token_prefix', '=', prefix)
    .where((eb) =>
      eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<=', sql<never>`${cutoff}::timestamptz`)]),
    )
    .execute();
}
