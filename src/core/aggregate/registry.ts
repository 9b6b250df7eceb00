/** The aggregations by name, so a methodology can name one in JSON. An unknown name throws. */
import type { Aggregator } from './aggregator.js';
import { arithmeticMean } from './arithmetic.js';
import { copeland } from './copeland.js';
import { generalisedMean } from './generalised-mean.js';
import { geometricMean } from './geometric.js';
import { harmonicMean } from './harmonic.js';

export const AGGREGATORS = {
  arithmetic: arithmeticMean,
  geometric: geometricMean,
  harmonic: harmonicMean,
  'generalised-mean': generalisedMean,
  copeland,
} as const satisfies Record<string, Aggregator>;

export type AggregatorName = keyof typeof AGGREGATORS;

/** @throws RangeError naming the known aggregations when `name` is not one of them. */
export function aggregatorFor(name: string): Aggregator {
  if (!Object.hasOwn(AGGREGATORS, name)) {
    throw new RangeError(`aggregate: unknown method "${name}" (known: ${Object.keys(AGGREGATORS).join(', ')})`);
  }
  return AGGREGATORS[name as AggregatorName];
}
