/** The normalisers by name, so a methodology can name one in JSON. An unknown name throws. */
import type { Normaliser } from './normaliser.js';
import { categorical } from './categorical.js';
import { distanceToBest } from './distance-to-best.js';
import { distanceToTarget } from './distance-to-target.js';
import { goalposts } from './goalposts.js';
import { identity } from './identity.js';
import { minMax } from './min-max.js';
import { percentileRank } from './percentile-rank.js';
import { rankScore } from './rank-score.js';
import { zScore } from './z-score.js';

export const NORMALISERS = {
  'min-max': minMax,
  'z-score': zScore,
  goalposts,
  'distance-to-target': distanceToTarget,
  'distance-to-best': distanceToBest,
  'percentile-rank': percentileRank,
  rank: rankScore,
  categorical,
  identity,
} as const satisfies Record<string, Normaliser>;

export type NormaliserName = keyof typeof NORMALISERS;

/** @throws RangeError naming the known normalisers when `name` is not one of them. */
export function normaliserFor(name: string): Normaliser {
  if (!Object.hasOwn(NORMALISERS, name)) {
    throw new RangeError(`normalise: unknown method "${name}" (known: ${Object.keys(NORMALISERS).join(', ')})`);
  }
  return NORMALISERS[name as NormaliserName];
}
