import type { RankSpec } from '../spec.js';
import { roundTo } from './round.js';

/**
 * Sport ranking as published indices rank: the best value gets 1, ties share the best rank of their group and the
 * next rank is skipped (1, 2, 2, 4). Values are compared after rounding to `decimals` when given (the published
 * precision), descending by default (higher score = better), ascending with order 'asc'. Missing values get no rank
 * (NaN) and do not count.
 * @example rankWithTies([0.5, 0.9, 0.5, 0.1], { ties: 'min' }) // => [2, 1, 2, 4]
 */
export function rankWithTies(values: ArrayLike<number>, spec: RankSpec = { ties: 'min' }, out = new Float64Array(values.length)): Float64Array {
  const n = values.length;
  const keyed = new Float64Array(n);
  const order: number[] = [];
  const sign = spec.order === 'asc' ? 1 : -1;
  for (let i = 0; i < n; i++) {
    const v = spec.decimals === undefined ? values[i] : roundTo(values[i], spec.decimals);
    keyed[i] = sign * v;
    out[i] = NaN;
    if (v === v) order.push(i);
  }
  order.sort((a, b) => keyed[a] - keyed[b]);
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    out[i] = k > 0 && keyed[i] === keyed[order[k - 1]] ? out[order[k - 1]] : k + 1;
  }
  return out;
}
