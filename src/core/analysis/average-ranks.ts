/**
 * Ascending ranks with ties given the average of the positions they span ("fractional" ranking, as R's
 * rank(ties.method = "average")): averageRanks([10, 20, 20, 30]) = [1, 2.5, 2.5, 4].
 * Used by Spearman's correlation. Edge cases: an empty input gives an empty output; NaN throws a RangeError (the
 * caller keeps complete pairs first).
 */
export function averageRanks(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < n; i += 1) {
    if (Number.isNaN(values[i])) throw new RangeError('averageRanks requires values without NaN');
  }
  order.sort((a, b) => values[a] - values[b]);
  const ranks = new Float64Array(n);
  let start = 0;
  while (start < n) {
    let end = start + 1;
    while (end < n && values[order[end]] === values[order[start]]) end += 1;
    const average = (start + 1 + end) / 2; // positions start+1 … end, 1-based
    for (let k = start; k < end; k += 1) ranks[order[k]] = average;
    start = end;
  }
  return ranks;
}
