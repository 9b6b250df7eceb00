/**
 * The failed-authentication limit: only a presented token that does not resolve (a 401 from authenticate.ts) counts,
 * in two buckets — the client (its address, see `trust proxy` in app.ts) and the token prefix it claimed. Once
 * either bucket holds `limit` failures within the window, requests carrying a token from that client or with that
 * prefix are answered 429 `too_many_failed_authentications` without checking the token. Successful, anonymous and
 * aborted requests never count (counting happens at the moment of the 401 decision, nothing is counted up front).
 */
import { windowCounter } from './window-counter.js';

export interface FailedAuthLimit {
  /** True when this client or this claimed prefix has used up its failures. */
  blocked(client: string, prefix: string | null): boolean;
  recordFailure(client: string, prefix: string | null): void;
}

export function failedAuthLimit(limit: number, windowMs: number, now: () => number): FailedAuthLimit {
  const counter = windowCounter(windowMs, now);
  const keys = (client: string, prefix: string | null) => [`client:${client}`, ...(prefix ? [`prefix:${prefix}`] : [])];
  return {
    blocked: (client, prefix) => keys(client, prefix).some((key) => counter.count(key) >= limit),
    recordFailure: (client, prefix) => {
      for (const key of keys(client, prefix)) counter.add(key);
    },
  };
}
