/**
 * A per-client limit on expensive reads (programme reports, rendered pages): at most `perMinute` requests a minute
 * from one client address; further ones get 429 `too_many_requests`. Aborted requests are taken back. Cached answers
 * are served before this runs (public-cache.ts), so only requests that would compute something count.
 */
import type { RequestHandler } from 'express';
import { AppError } from '../errors.js';
import { windowCounter } from './window-counter.js';

export function clientRateLimit(perMinute: number, now: () => number): RequestHandler {
  const counter = windowCounter(60_000, now);
  return (req, res, next) => {
    const key = req.ip ?? '';
    if (counter.count(key) >= perMinute)
      throw new AppError('too_many_requests', 'too many requests for computed reports; try again in a minute', 429);
    counter.add(key);
    res.once('close', () => {
      if (!res.writableFinished) counter.remove(key);
    });
    next();
  };
}
