/**
 * Serves public responses stored at publication (precompute-public-content.ts): an anonymous GET or HEAD of a path
 * that can be stored is answered from published_page by its normalised cache key (unknown query parameters
 * ignored), with the stored ETag (304 on If-None-Match) and Cache-Control; anything else, or a key not stored (a
 * search, a sort, `?period=`, a row whose ingested inputs changed), goes on to the routes, which render it live.
 * Sits behind the in-memory public cache (public-cache.ts), which keeps what is served here for its TTL.
 */
import type { RequestHandler } from 'express';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/tables.js';
import { findStoredPage } from '../../ratings/published-content-store.js';
import { cacheKey } from '../public-cache.js';

/** The paths a stored page can exist for (the others never cost a lookup). */
export const STORABLE_PATH = /^\/(?:|ratings\/\d{4}|regions\/RU-[A-Z]{2,3}|api\/v1\/periods\/\d{4}\/rating)$/;

export function storedPages(db: Kysely<DB>): RequestHandler {
  return (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.headers.authorization !== undefined) return next();
    if (!STORABLE_PATH.test(req.path)) return next();
    findStoredPage(db, cacheKey(req)).then((page) => {
      if (!page) return next();
      res.status(200).set({
        'Content-Type': page.contentType,
        'Cache-Control': page.cacheControl,
        ETag: page.etag,
        ...(page.vary ? { Vary: page.vary } : {}),
      });
      res.send(page.body);
    }, next);
  };
}
