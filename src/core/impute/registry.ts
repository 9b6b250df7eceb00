/** The imputation methods by name. An unknown name throws. */
import type { Imputer } from './imputer.js';
import { imputeGroupMean, imputeGroupMedian } from './group.js';
import { imputeLatest } from './latest.js';
import { imputeMean, imputeMedian, imputeNone } from './simple.js';

export const IMPUTERS = {
  none: imputeNone,
  mean: imputeMean,
  median: imputeMedian,
  'group-mean': imputeGroupMean,
  'group-median': imputeGroupMedian,
  latest: imputeLatest,
} as const satisfies Record<string, Imputer>;

export type ImputerName = keyof typeof IMPUTERS;

/** @throws RangeError naming the known methods when `name` is not one of them. */
export function imputerFor(name: string): Imputer {
  if (!Object.hasOwn(IMPUTERS, name)) {
    throw new RangeError(`impute: unknown method "${name}" (known: ${Object.keys(IMPUTERS).join(', ')})`);
  }
  return IMPUTERS[name as ImputerName];
}
