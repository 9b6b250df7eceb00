/**
 * Resolves `Authorization: Bearer <token>` to a principal on res.locals.principal. No header → the public. A header
 * that does not resolve → 401 "unauthenticated" (never silently downgraded to public, so a typo is visible), counted
 * by the failed-authentication limit (limits/failed-auth-limit.ts) against the client and the claimed token prefix;
 * once either is over its limit, token-bearing requests from it get 429 without a look at the token. Every request is
 * verified against the database (no cache), so a revoked token stops working at once.
 */
import type { Request, RequestHandler, Response } from 'express';
import type { Kysely } from 'kysely';
import type { DB } from '../db/tables.js';
import { PUBLIC, type Principal } from '../auth/principal.js';
import { claimedPrefix } from '../auth/token-secret.js';
import { authenticateToken } from '../auth/tokens.js';
import { AppError } from './errors.js';
import type { FailedAuthLimit } from './limits/failed-auth-limit.js';

export function authenticate(db: Kysely<DB>, now: () => Date, limit: FailedAuthLimit): RequestHandler {
  return async (req, res, next) => {
    const header = req.headers.authorization;
    if (header === undefined) {
      res.locals.principal = PUBLIC;
      return next();
    }
    const client = req.ip ?? '';
    const presented = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    const prefix = presented ? claimedPrefix(presented) : null;
    if (limit.blocked(client, prefix)) {
      throw new AppError('too_many_failed_authentications', 'too many failed authentications; try again later', 429);
    }
    const principal = presented ? await authenticateToken(db, presented, now()) : null;
    if (!principal) {
      limit.recordFailure(client, prefix);
      throw presented
        ? new AppError('unauthenticated', 'the token is unknown, revoked or wrong', 401)
        : new AppError('unauthenticated', 'the Authorization header must read "Bearer <token>"', 401);
    }
    res.locals.principal = principal;
    next();
  };
}

export function principalOf(res: Response): Principal {
  return (res.locals.principal as Principal | undefined) ?? PUBLIC;
}

export function requireAnalyst(_req: Request, res: Response, next: () => void): void {
  const principal = principalOf(res);
  if (principal.role === 'public')
    throw new AppError('unauthenticated', 'this route needs a federal-analyst token', 401);
  if (principal.role !== 'federal-analyst')
    throw new AppError('forbidden', 'this route needs the federal-analyst role', 403);
  next();
}
