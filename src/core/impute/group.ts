import type { Imputer } from './imputer.js';
import { meanPresent } from '../stats/moments.js';
import { medianPresent } from '../stats/quantile.js';

/**
 * Group imputation: a missing value takes the mean (or median) of the present values of the same indicator among
 * units of the same group (e.g. the same federal district). A group with no present value leaves its units missing.
 * @throws RangeError when no grouping is given (the spec must name one that the dataset carries).
 */
function byGroup(statistic: (x: ArrayLike<number>) => number, name: string): Imputer {
  return (x, out, groups) => {
    if (!groups) throw new RangeError(`${name}: the spec must name a grouping that the dataset carries ("group")`);
    const members = new Map<string, number[]>();
    groups.forEach((g, u) => {
      if (!members.has(g)) members.set(g, []);
      members.get(g)!.push(x[u]);
    });
    const value = new Map([...members].map(([g, xs]) => [g, statistic(xs)]));
    for (let u = 0; u < x.length; u++) out[u] = x[u] === x[u] ? x[u] : value.get(groups[u])!;
  };
}

export const imputeGroupMean: Imputer = byGroup(meanPresent, 'group-mean');
export const imputeGroupMedian: Imputer = byGroup(medianPresent, 'group-median');
