/**
 * The write limit: non-GET/HEAD requests per minute, counted per authenticated token (its prefix), else per client
 * address. Runs after authenticate.ts, so an analyst is never throttled by anonymous traffic from the same address
 * (e.g. behind a proxy). A request the client aborts before the answer is complete is taken back.
 */
import type { RequestHandler } from 'express';
import { principalOf } from '../authenticate.js';
import { AppError } from '../errors.js';
import { windowCounter } from './window-counter.js';

export function writeLimit(perMinute: number, now: () => number): RequestHandler {
  const counter = windowCounter(60_000, now);
  return (req, res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD') return next();
    const principal = principalOf(res);
    const key = principal.role === 'public' ? `client:${req.ip ?? ''}` : `token:${principal.tokenPrefix}`;
    if (counter.count(key) >= perMinute)
      throw new AppError('too_many_writes', 'too many write requests; try again in a minute', 429);
    counter.add(key);
    res.once('close', () => {
      if (!res.writableFinished) counter.remove(key);
    });
    next();
  };
}
