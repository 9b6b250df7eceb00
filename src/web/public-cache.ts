/**
 * An in-process cache of public GET responses. Only responses the routes marked `Cache-Control: public` are stored
 * (published content read without a token, never drafts or token-scoped reads), for `ttlMs` (default 5 s), keyed by
 * the path and the query parameters the routes read (QUERY_PARAMETERS, sorted, first value each): unknown parameters
 * are ignored, so `?nocache=N` is served from the cache like the bare URL. A successful write through this app clears
 * it (see drop-caches-after-write.ts); a change made by another process (e.g. `egov publish` against the same
 * PostgreSQL) shows within the TTL. The ETag is computed once per stored body; Express answers 304 on a match.
 */
import { createHash } from 'node:crypto';
import type { Request, RequestHandler } from 'express';

/** Every query parameter a public route or page reads. A route reading a new one must list it here. */
export const QUERY_PARAMETERS = [
  'a',
  'b',
  'dir',
  'fd',
  'from',
  'grain',
  'lang',
  'methodology',
  'period',
  'q',
  'region',
  'run',
  'sort',
] as const;

interface Entry {
  /** Encoded once, so a hit sends bytes without converting the string again. */
  readonly body: Buffer;
  readonly etag: string;
  readonly contentType: string;
  readonly cacheControl: string;
  readonly vary: string;
  readonly until: number;
}

export interface PublicCache {
  readonly middleware: RequestHandler;
  clear(): void;
}

/** Strong ETag computed once per stored body: "<byte length hex>-<SHA-1 base64, 27 chars>" (Express's format). */
export function strongEtag(body: string): string {
  const hash = createHash('sha1').update(body, 'utf8').digest('base64').slice(0, 27);
  return `"${Buffer.byteLength(body, 'utf8').toString(16)}-${hash}"`;
}

/** The cache key: path plus the known query parameters in a fixed order; `/x?b=2&a=1&junk=3` → `/x?a=1&b=2`. */
export function cacheKey(req: Pick<Request, 'path' | 'baseUrl' | 'query'>): string {
  return keyOf(`${req.baseUrl}${req.path}`, req.query as Record<string, unknown>);
}

/** The cache key of a path and query (see cacheKey); also the key of a page stored at publication. */
export function keyOf(path: string, query: Readonly<Record<string, unknown>>): string {
  const first = (value: unknown): string | undefined =>
    Array.isArray(value) ? first(value[0]) : typeof value === 'string' ? value : undefined;
  const known = QUERY_PARAMETERS.flatMap((name): [string, string][] => {
    const v = first(query[name]);
    return v === undefined ? [] : [[name, v]];
  });
  return `${path}?${new URLSearchParams(known).toString()}`;
}

export function publicCache(now: () => number, ttlMs = 5_000, maxEntries = 500): PublicCache {
  const entries = new Map<string, Entry>();
  const middleware: RequestHandler = (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.headers.authorization !== undefined) return next();
    const key = cacheKey(req);
    const hit = entries.get(key);
    if (hit && hit.until > now()) {
      res.status(200).set({
        'Content-Type': hit.contentType,
        'Cache-Control': hit.cacheControl,
        ETag: hit.etag,
        ...(hit.vary ? { Vary: hit.vary } : {}),
      });
      res.send(hit.body);
      return;
    }
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      const cacheControl = String(res.get('Cache-Control') ?? '');
      if (ttlMs > 0 && res.statusCode === 200 && typeof body === 'string' && cacheControl.startsWith('public')) {
        if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
        entries.set(key, {
          body: Buffer.from(body, 'utf8'),
          etag: strongEtag(body),
          contentType: String(res.get('Content-Type') ?? ''),
          cacheControl,
          vary: String(res.get('Vary') ?? ''),
          until: now() + ttlMs,
        });
      }
      return send(body);
    };
    next();
  };
  return { middleware, clear: () => entries.clear() };
}
