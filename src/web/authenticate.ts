/**
 * Resolves `Authorization: Bearer <token>` to a principal on res.locals.principal. No header → the public. A header
 * that does not resolve → 401 "unauthenticated" (never silently downgraded to public, so a typo is visible).
 * Verified tokens are cached for a minute by their SHA-256, so scrypt runs once per token per minute, not per request.
 */
import { createHash } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import type { Kysely } from 'kysely';
import type { DB } from '../db/tables.js';
import { PUBLIC, type Principal } from '../auth/principal.js';
import { authenticateToken } from '../auth/tokens.js';
import { AppError } from './errors.js';

const CACHE_MS = 60_000;

export function authenticate(db: Kysely<DB>, now: () => Date): RequestHandler {
  const cache = new Map<string, { principal: Principal; until: number }>();
  return async (req, res, next) => {
    const header = req.headers.authorization;
    if (!header) {
      res.locals.principal = PUBLIC;
      return next();
    }
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new AppError('unauthenticated', 'the Authorization header must read "Bearer <token>"', 401);
    const key = createHash('sha256').update(match[1]!).digest('hex');
    const hit = cache.get(key);
    const time = now().getTime();
    if (hit && hit.until > time) {
      res.locals.principal = hit.principal;
      return next();
    }
    const principal = await authenticateToken(db, match[1]!);
    if (!principal) throw new AppError('unauthenticated', 'the token is unknown, revoked or wrong', 401);
    if (cache.size > 1000) cache.clear();
    cache.set(key, { principal, until: time + CACHE_MS });
    res.locals.principal = principal;
    next();
  };
}

export function principalOf(res: Response): Principal {
  return (res.locals.principal as Principal | undefined) ?? PUBLIC;
}

export function requireAnalyst(_req: Request, res: Response, next: () => void): void {
  const principal = principalOf(res);
  if (principal.role === 'public') throw new AppError('unauthenticated', 'this route needs a federal-analyst token', 401);
  if (principal.role !== 'federal-analyst') throw new AppError('forbidden', 'this route needs the federal-analyst role', 403);
  next();
}
