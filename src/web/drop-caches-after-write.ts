/**
 * Drops the in-memory caches (public responses, programme reports) after a successful write: a non-GET/HEAD request
 * answered 2xx. Refused, failed or aborted requests — an anonymous POST to an unknown path, a 401, a 422 — change
 * nothing and therefore keep the caches.
 */
import type { RequestHandler } from 'express';

export function dropCachesAfterWrite(clears: readonly (() => void)[]): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.once('finish', () => {
        if (res.statusCode >= 200 && res.statusCode < 300) for (const clear of clears) clear();
      });
    }
    next();
  };
}
