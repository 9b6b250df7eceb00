/**
 * Creating API tokens and resolving a presented token to a principal. Only the scrypt hash is stored; the token is
 * shown once at creation. A revoked or unknown token, or a wrong secret, resolves to null (the caller answers 401).
 */
import type { Kysely } from 'kysely';
import type { DB, TokenRole } from '../db/tables.js';
import type { Principal } from './principal.js';
import { formatToken, generateTokenParts, hashSecret, newSalt, parseToken, verifySecret } from './token-secret.js';

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

export class TokenRequestError extends Error {
  override readonly name = 'TokenRequestError';
}

export async function createToken(db: Kysely<DB>, request: NewToken): Promise<CreatedToken> {
  const regionCode = request.regionCode ?? null;
  if (request.role === 'regional' && !regionCode) throw new TokenRequestError('a regional token needs --region CODE');
  if (request.role === 'federal-analyst' && regionCode) {
    throw new TokenRequestError('a federal-analyst token covers every region: omit --region');
  }
  if (regionCode) {
    const region = await db.selectFrom('region').select('code').where('code', '=', regionCode).executeTakeFirst();
    if (!region) throw new TokenRequestError(`unknown region code "${regionCode}"`);
  }
  const parts = generateTokenParts();
  const salt = newSalt();
  const row = await db
    .insertInto('api_token')
    .values({
      token_prefix: parts.prefix, token_hash: await hashSecret(parts.secret, salt), salt,
      role: request.role, region_code: regionCode, label: request.label ?? '',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, token: formatToken(parts), prefix: parts.prefix, role: request.role, regionCode };
}

/** The principal a bearer token stands for, or null when the token is malformed, unknown, revoked or wrong. */
export async function authenticateToken(db: Kysely<DB>, token: string): Promise<Principal | null> {
  const parts = parseToken(token);
  if (!parts) return null;
  const row = await db
    .selectFrom('api_token')
    .select(['token_hash', 'salt', 'role', 'region_code', 'label', 'revoked_at'])
    .where('token_prefix', '=', parts.prefix)
    .executeTakeFirst();
  if (!row || row.revoked_at !== null) return null;
  if (!(await verifySecret(parts.secret, row.salt, row.token_hash))) return null;
  const actor = `token:${parts.prefix}${row.label ? ` (${row.label})` : ''}`;
  if (row.role === 'regional') return { role: 'regional', actor, regionCode: row.region_code! };
  return { role: 'federal-analyst', actor };
}
