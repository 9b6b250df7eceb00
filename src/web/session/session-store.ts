/**
 * People's browser sessions. A person signs in with an access key (an API token secret); the session id is 32
 * random bytes sent only in an HttpOnly cookie, and only its SHA-256 is stored, with the session's CSRF
 * (synchroniser) token and an expiry. A session resolves to the same principal as its token: revoking the token ends
 * every session made from it at the next request. Creating and ending a session are audited.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/tables.js';
import { recordAudit } from '../../auth/audit.js';
import { authenticateToken } from '../../auth/tokens.js';
import type { Principal } from '../../auth/principal.js';

export type SignedIn = Exclude<Principal, { role: 'public' }>;

export interface WebSession {
  readonly principal: SignedIn;
  readonly csrfToken: string;
  readonly expiresAt: Date;
}

/** How long a session lasts from sign-in (8 hours: a working day). */
export const SESSION_LIFETIME_MS = 8 * 60 * 60_000;

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
export const randomToken = (): string => randomBytes(32).toString('base64url');

/** Signs in with an access key: a new session (id returned once, for the cookie), or null for a bad key. */
export async function signIn(
  db: Kysely<DB>,
  accessKey: string,
  now: Date,
  lifetimeMs = SESSION_LIFETIME_MS,
): Promise<{ id: string; session: WebSession } | null> {
  const principal = await authenticateToken(db, accessKey.trim(), now);
  if (!principal || principal.role === 'public') return null;
  const id = randomToken();
  const csrfToken = randomToken();
  const expiresAt = new Date(now.getTime() + lifetimeMs);
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('web_session')
      .values({
        id_sha256: sha256(id),
        token_prefix: principal.tokenPrefix,
        csrf_token: csrfToken,
        created_at: now.toISOString() as never,
        expires_at: expiresAt,
      })
      .execute();
    await recordAudit(trx, {
      actor: principal.actor,
      role: principal.role,
      action: 'session.create',
      target: `token:${principal.tokenPrefix}`,
      details: { expiresAt: expiresAt.toISOString() },
      at: now,
    });
  });
  return { id, session: { principal, csrfToken, expiresAt } };
}

/** The live session of a cookie's id: not ended, not expired, its token not revoked; else null. */
export async function findSession(db: Kysely<DB>, id: string, now: Date): Promise<WebSession | null> {
  const row = await db
    .selectFrom('web_session as s')
    .innerJoin('api_token as t', 't.token_prefix', 's.token_prefix')
    .select(['s.csrf_token', 's.expires_at', 't.token_prefix', 't.role', 't.region_code', 't.label'])
    .where('s.id_sha256', '=', sha256(id))
    .where('s.ended_at', 'is', null)
    .where('t.revoked_at', 'is', null)
    .executeTakeFirst();
  if (!row) return null;
  const expiresAt = new Date(row.expires_at as unknown as string);
  if (expiresAt.getTime() <= now.getTime()) return null;
  const actor = `token:${row.token_prefix}${row.label ? ` (${row.label})` : ''}`;
  const principal: SignedIn =
    row.role === 'regional'
      ? { role: 'regional', actor, tokenPrefix: row.token_prefix, regionCode: row.region_code! }
      : { role: 'federal-analyst', actor, tokenPrefix: row.token_prefix };
  return { principal, csrfToken: row.csrf_token, expiresAt };
}

/** Ends a session (sign-out), audited. */
export async function endSession(db: Kysely<DB>, id: string, principal: SignedIn, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('web_session')
      .set({ ended_at: now })
      .where('id_sha256', '=', sha256(id))
      .where('ended_at', 'is', null)
      .execute();
    await recordAudit(trx, {
      actor: principal.actor,
      role: principal.role,
      action: 'session.end',
      target: `token:${principal.tokenPrefix}`,
      at: now,
    });
  });
}
