/**
 * An in-process cache of public GET responses. Only responses the routes marked `Cache-Control: public` are stored
 * (published content read without a token, never drafts or token-scoped reads), for `ttlMs` (default 5 s), keyed by
 * the URL. Any write through this app (a non-GET request) clears it at once; a change made by another process (e.g.
 * `egov publish` against the same PostgreSQL) shows within the TTL. The ETag is computed once per stored body; Express answers 304 on a match.
 */
import { createHash } from 'node:crypto';
import type { RequestHandler } from 'express';

interface Entry {
  readonly body: string; readonly etag: string; readonly contentType: string; readonly cacheControl: string; readonly vary: string;
  readonly until: number;
}

/** Strong ETag computed once per stored body: "<byte length hex>-<SHA-1 base64, 27 chars>" (Express's format). */
function strongEtag(body: string): string {
  const hash = createHash('sha1').update(body, 'utf8').digest('base64').slice(0, 27);
  return `"${Buffer.byteLength(body, 'utf8').toString(16)}-${hash}"`;
}

export function publicCache(now: () => number, ttlMs = 5_000, maxEntries = 500): RequestHandler {
  const entries = new Map<string, Entry>();
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      entries.clear();
      return next();
    }
    if (req.headers.authorization) return next();
    const key = req.originalUrl;
    const hit = entries.get(key);
    if (hit && hit.until > now()) {
      res.status(200).set({ 'Content-Type': hit.contentType, 'Cache-Control': hit.cacheControl, ETag: hit.etag, ...(hit.vary ? { Vary: hit.vary } : {}) });
      res.send(hit.body);
      return;
    }
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      const cacheControl = String(res.get('Cache-Control') ?? '');
      if (res.statusCode === 200 && typeof body === 'string' && cacheControl.startsWith('public')) {
        if (entries.size >= maxEntries) entries.clear();
        entries.set(key, { body, etag: strongEtag(body), contentType: String(res.get('Content-Type') ?? ''), cacheControl, vary: String(res.get('Vary') ?? ''), until: now() + ttlMs });
      }
      return send(body);
    };
    next();
  };
}
