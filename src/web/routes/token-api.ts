/**
 * POST /api/v1/tokens/{prefix}/revoke — an analyst revokes a token (e.g. a region's leaked one). Effective on the
 * token's next request (tokens are verified against the database every time). Audited as `token.revoke`.
 * 400 for a malformed prefix, 404 for an unknown one, 409 when it is already revoked.
 */
import { Router } from 'express';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/tables.js';
import { actorOf } from '../../auth/principal.js';
import { revokeToken, TokenRequestError } from '../../auth/tokens.js';
import { principalOf, requireAnalyst } from '../authenticate.js';
import { AppError } from '../errors.js';

export function tokenApi(db: Kysely<DB>, now: () => Date): Router {
  const router = Router();
  router.post('/tokens/:prefix/revoke', requireAnalyst, async (req, res) => {
    const prefix = String(req.params.prefix);
    if (!/^[0-9a-f]{10}$/.test(prefix))
      throw new AppError(
        'bad_request',
        `a token prefix is 10 lowercase hex characters (got "${prefix.slice(0, 40)}")`,
        400,
      );
    const principal = principalOf(res);
    try {
      await revokeToken(db, prefix, { actor: actorOf(principal), role: principal.role }, now());
    } catch (error) {
      if (error instanceof TokenRequestError) {
        throw error.reason === 'already_revoked'
          ? new AppError('already_revoked', error.message, 409)
          : new AppError('not_found', error.message, 404);
      }
      throw error;
    }
    res.status(200).set('Cache-Control', 'no-store').json({ prefix, status: 'revoked' });
  });
  return router;
}
