import type { NodeTable } from '../node-table.js';
import { cagr, endpoints } from './cagr.js';
import { percentageChange } from './percentage-change.js';

/** The trend metrics by name (COINr get_trends' f_trend). */
export const TRENDS = {
  cagr,
  'percentage-change': (years: ArrayLike<number>, values: ArrayLike<number>) => percentageChange(years, values),
} as const;
export type TrendName = keyof typeof TRENDS;

export interface UnitTrend {
  readonly unit: string;
  /** The metric (NaN when it cannot be computed, e.g. fewer than two years with a score). */
  readonly value: number;
  /** First and latest year with a score (NaN when fewer than two). */
  readonly from: number;
  readonly to: number;
  /** Years with a score / years given (COINr's data availability of the series). */
  readonly availability: number;
}

/**
 * Trend of one node (an indicator, a pillar, the index) for every unit over several builds (COINr get_trends):
 * `years[i]` is the year of `scores[i]` (each a build's score table). A unit absent from a year's build counts as
 * missing there. Units are those of the latest year.
 * @throws RangeError when the node is in none of the builds or years and tables differ in number.
 */
export function nodeTrends(
  years: readonly number[],
  scores: readonly NodeTable[],
  node: string,
  metric: TrendName,
): UnitTrend[] {
  if (years.length !== scores.length) throw new RangeError(`trends: ${years.length} years for ${scores.length} builds`);
  if (!scores.some((table) => table.ids.includes(node)))
    throw new RangeError(`trends: node "${node}" is in none of the builds`);
  const latest = scores[scores.length - 1];
  return latest.units.map((unit) => {
    const series = scores.map((table) => {
      const u = table.units.indexOf(unit);
      return u < 0 || !table.ids.includes(node) ? NaN : table.get(node)[u];
    });
    const [first, last] = endpoints(years, series);
    return {
      unit,
      value: TRENDS[metric](years, series),
      from: first < 0 ? NaN : years[first],
      to: last < 0 ? NaN : years[last],
      availability: series.filter((v) => v === v).length / series.length,
    };
  });
}
