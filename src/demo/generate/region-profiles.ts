/**
 * Latent traits of each region in the synthetic dataset: e-government maturity, yearly growth, missing-data rate and
 * UTC offset. Maturity m = logistic(0.9·z + 0.4·p), z ~ N(0, 1) from the region's random stream and p the
 * standardised log population (larger regions lean slightly more mature), so m lies in (0, 1) with most regions
 * between 0.2 and 0.8. Growth is uniform on [yearlyGrowth.min, yearlyGrowth.max]. Missing rate is linear in maturity:
 * strongest + (weakest − strongest)·(1 − m). Purely synthetic: no relation to any region's real performance.
 */
import type { Region } from '../../reference/catalogue.js';
import type { DemoParameters } from './parameters.js';
import { logistic, randomStream } from './random.js';

export interface RegionProfile {
  region: Region;
  maturity: number;
  growth: number;
  missingRate: number;
  /** Hours ahead of UTC, from the catalogue's "UTC+N" time zone. */
  utcOffsetHours: number;
}

/** Parses "UTC+3" / "UTC-1" into hours. @throws RangeError for any other form */
export function parseUtcOffset(timezone: string): number {
  const match = /^UTC([+-]\d{1,2})$/.exec(timezone.trim());
  if (!match) throw new RangeError(`demo generator cannot read time zone "${timezone}"`);
  return Number(match[1]);
}

/** One profile per region, in catalogue order. @throws RangeError if regions is empty */
export function regionProfiles(regions: readonly Region[], params: DemoParameters): RegionProfile[] {
  if (regions.length === 0) throw new RangeError('regionProfiles requires at least one region');
  const logs = regions.map((r) => Math.log(r.population));
  const mean = logs.reduce((s, x) => s + x, 0) / logs.length;
  const sd = Math.sqrt(logs.reduce((s, x) => s + (x - mean) ** 2, 0) / logs.length) || 1;
  const { strongest, weakest } = params.missingRate;
  return regions.map((region, i) => {
    const random = randomStream(params.seed, 'region-profile', region.code);
    const maturity = logistic(0.9 * random.normal() + 0.4 * ((logs[i] - mean) / sd));
    const growth = random.between(params.yearlyGrowth.min, params.yearlyGrowth.max);
    return {
      region, maturity, growth,
      missingRate: strongest + (weakest - strongest) * (1 - maturity),
      utcOffsetHours: parseUtcOffset(region.timezone),
    };
  });
}
