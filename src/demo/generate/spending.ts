/**
 * Synthetic programme spending per region, year and programme, in roubles rounded to thousands:
 *   amount = population × perCapita × (0.7 + 0.6m) × (1 + 0.07t) × exp(N(0, 0.15))
 * with per-capita bases МФЦ 120 ₽, СМЭВ и инфраструктура 40 ₽, Портал услуг 25 ₽ (orders of magnitude only), m the
 * region's maturity and t years since the first demo year: amounts scale with population and maturity and grow.
 */
import type { DemoParameters } from './parameters.js';
import { randomStream } from './random.js';
import type { RegionProfile } from './region-profiles.js';

export interface SpendingRecord { regionCode: string; year: number; programme: string; amountRub: number }

export const PROGRAMMES: readonly { name: string; perCapitaRub: number }[] = Object.freeze([
  { name: 'МФЦ', perCapitaRub: 120 },
  { name: 'СМЭВ и инфраструктура', perCapitaRub: 40 },
  { name: 'Портал услуг', perCapitaRub: 25 },
]);

/** One row per region × year × programme, in catalogue, year and programme order. */
export function generateSpending(profiles: readonly RegionProfile[], params: DemoParameters): SpendingRecord[] {
  const years = [...params.years].sort((a, b) => a - b);
  return profiles.flatMap((profile) => {
    const random = randomStream(params.seed, 'spending', profile.region.code);
    return years.flatMap((year, t) => PROGRAMMES.map((programme) => {
      const amount = profile.region.population * programme.perCapitaRub * (0.7 + 0.6 * profile.maturity) * (1 + 0.07 * t)
        * Math.exp(random.normal(0, 0.15));
      return { regionCode: profile.region.code, year, programme: programme.name, amountRub: Math.round(amount / 1000) * 1000 };
    }));
  });
}
