/**
 * A bounded loopback load generator: `connections` keep-alive clients each issue GET requests back to back for
 * `durationMs` (optionally each with a different unknown query parameter, defeating a cache keyed on the raw URL).
 * Reports requests/s, p50 and p99 latency (R type 7 quantile of per-request times) and errors (non-2xx
 * or network failures).
 */
import http from 'node:http';

export interface LoadResult {
  readonly requests: number;
  readonly errors: number;
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

/** Quantile, R type 7: h = (n − 1)·p, x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]) on sorted x; NaN for empty input. */
export function quantileSorted(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

function get(agent: http.Agent, url: URL): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    request.on('error', reject);
  });
}

/** With `junkQuery`, every request carries a query parameter no route knows, different each time (?x=1, ?x=2, …). */
export async function runLoad(
  url: string,
  connections: number,
  durationMs: number,
  junkQuery = false,
): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const base = new URL(url);
  let sent = 0;
  const nextTarget = (): URL => {
    if (!junkQuery) return base;
    const target = new URL(base);
    target.searchParams.set('x', String(++sent));
    return target;
  };
  const times: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  const client = async () => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      try {
        const status = await get(agent, nextTarget());
        if (status < 200 || status >= 300) errors += 1;
      } catch {
        errors += 1;
      }
      times.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: connections }, client));
  const elapsed = performance.now() - started;
  agent.destroy();
  const sorted = Float64Array.from(times).sort();
  return {
    requests: times.length,
    errors,
    requestsPerSecond: (times.length * 1000) / elapsed,
    p50Ms: quantileSorted(sorted, 0.5),
    p99Ms: quantileSorted(sorted, 0.99),
  };
}
