/**
 * Fixed-window counters per key: `add(key)` counts one event in the key's current window (windowMs long, opened by
 * the key's first event), `count(key)` reads it, `remove(key)` takes one back (an aborted request). Expired windows
 * are pruned on the way, so memory stays bounded by the keys active within one window.
 */
export interface WindowCounter {
  add(key: string): number;
  remove(key: string): void;
  count(key: string): number;
}

export function windowCounter(windowMs: number, now: () => number): WindowCounter {
  const windows = new Map<string, { count: number; until: number }>();
  let nextPrune = 0;
  const prune = (time: number): void => {
    if (time < nextPrune) return;
    for (const [key, w] of windows) if (w.until <= time) windows.delete(key);
    nextPrune = time + windowMs;
  };
  const live = (key: string, time: number) => {
    const w = windows.get(key);
    return w && w.until > time ? w : undefined;
  };
  return {
    add(key) {
      const time = now();
      prune(time);
      const w = live(key, time) ?? { count: 0, until: time + windowMs };
      w.count += 1;
      windows.set(key, w);
      return w.count;
    },
    remove(key) {
      const w = live(key, now());
      if (w && w.count > 0) w.count -= 1;
    },
    count(key) {
      return live(key, now())?.count ?? 0;
    },
  };
}
