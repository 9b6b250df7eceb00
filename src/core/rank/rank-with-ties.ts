import type { RankSpec } from '../spec.js';
import { roundTo } from './round.js';
import { sortPrefixAscending } from '../stats/sort.js';

/**
 * Sport ranking as published indices rank: the best value gets 1, ties share the best rank of their group and the
 * next rank is skipped (1, 2, 2, 4). Values are compared after rounding to `decimals` when given (the published
 * precision), descending by default (higher score = better), ascending with order 'asc'. Missing values get no rank
 * (NaN) and do not count.
 * Computed as rank_i = 1 + #{j : key_j better than key_i}, by sorting the keys (stats/sort) and a binary search per
 * unit, with no comparator calls.
 * @example rankWithTies([0.5, 0.9, 0.5, 0.1], { ties: 'min' }) // => [2, 1, 2, 4]
 */
export function rankWithTies(
  values: ArrayLike<number>,
  spec: RankSpec = { ties: 'min' },
  out = new Float64Array(values.length),
): Float64Array {
  const source = values instanceof Float64Array ? values : Float64Array.from(values);
  rankInto(source, 0, source.length, spec, out, 0, new Float64Array(2 * source.length));
  return out;
}

/**
 * rankWithTies on `values[offset .. offset + n)`, writing `out[outOffset .. outOffset + n)`, with a caller-owned
 * scratch array of at least 2n entries: the form used on every row of a nodes × units matrix without creating views.
 */
export function rankInto(
  values: Float64Array,
  offset: number,
  n: number,
  spec: RankSpec,
  out: Float64Array,
  outOffset: number,
  scratch: Float64Array,
): void {
  const sign = spec.order === 'asc' ? 1 : -1;
  const decimals = spec.decimals;
  let present = 0;
  for (let i = 0; i < n; i++) {
    const v = decimals === undefined ? values[offset + i] : roundTo(values[offset + i], decimals);
    scratch[n + i] = sign * v;
    if (v === v) scratch[present++] = sign * v;
  }
  sortPrefixAscending(scratch, present);
  for (let i = 0; i < n; i++) {
    const key = scratch[n + i];
    out[outOffset + i] = key === key ? 1 + lowerBound(scratch, present, key) : NaN;
  }
}

/** Number of entries among the first n of ascending `sorted` strictly below `key`. */
function lowerBound(sorted: Float64Array, n: number, key: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
