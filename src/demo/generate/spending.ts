/**
 * Synthetic programme spending per region, year and programme, in whole roubles, AT THE SCALE OF THE SYNTHETIC LOG.
 *
 * The demo's application log is a small sample of a country's volume (300,000 applications over three years, where
 * the real volume is hundreds of millions a year), so spending at the real scale would give absurd unit costs
 * (hundreds of thousands of roubles per application). Spending is therefore generated for the applications the
 * sample holds:
 *   amount = applications(region, year) × unitCost × share(programme)
 *   unitCost = baseCostPerApplicationRub × (1.3 − 0.6m) × (1 − 0.03t) × exp(N(0, 0.15))
 * with m the region's maturity (mature regions deliver more online, which costs less per application), t years since
 * the first demo year, and programme shares МФЦ 0.65, СМЭВ и инфраструктура 0.22, Портал услуг 0.13. Cost per
 * application is then a believable few hundred roubles (about 150–1,300 ₽) and the input-oriented DEA compares
 * regions by cost and maturity, not by size; spending per resident is at the sample's scale too (a tiny fraction of
 * a rouble) and says nothing.
 */
import type { DemoParameters } from './parameters.js';
import { randomStream } from './random.js';
import type { RegionProfile } from './region-profiles.js';

export interface SpendingRecord {
  regionCode: string;
  year: number;
  programme: string;
  amountRub: number;
}

export const PROGRAMMES: readonly { name: string; share: number }[] = Object.freeze([
  { name: 'МФЦ', share: 0.65 },
  { name: 'СМЭВ и инфраструктура', share: 0.22 },
  { name: 'Портал услуг', share: 0.13 },
]);

/** Synthetic base cost of handling one application, roubles (an order of magnitude, not a measured figure). */
export const BASE_COST_PER_APPLICATION_RUB = 600;

/**
 * One row per region × year × programme, in catalogue, year and programme order.
 * @param applications  applications of the synthetic log per region code and year ("RU-MOW|2017" → count)
 */
export function generateSpending(
  profiles: readonly RegionProfile[],
  params: DemoParameters,
  applications: ReadonlyMap<string, number>,
): SpendingRecord[] {
  const years = [...params.years].sort((a, b) => a - b);
  return profiles.flatMap((profile) => {
    const random = randomStream(params.seed, 'spending', profile.region.code);
    return years.flatMap((year, t) => {
      const count = applications.get(`${profile.region.code}|${year}`) ?? 0;
      const unitCost =
        BASE_COST_PER_APPLICATION_RUB *
        (1.3 - 0.6 * profile.maturity) *
        (1 - 0.03 * t) *
        Math.exp(random.normal(0, 0.15));
      return PROGRAMMES.map((programme) => ({
        regionCode: profile.region.code,
        year,
        programme: programme.name,
        amountRub: Math.round(count * unitCost * programme.share),
      }));
    });
  });
}
