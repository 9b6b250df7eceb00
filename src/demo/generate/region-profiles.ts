/**
 * Latent traits of each region in the synthetic dataset: e-government maturity, yearly growth, missing-data rate and
 * UTC offset.
 *
 * Maturity without anchors: m = logistic(0.9·z + 0.4·p), z ~ N(0, 1) from the region's random stream and p the
 * standardised log population (larger regions lean slightly more mature), so m lies in (0, 1) with most regions
 * between 0.2 and 0.8.
 *
 * Anchors: places a rating published (the press reprints of the ministry's 2017 rating: top ten and the last place).
 * An anchored region gets m = score / 100, clamped to [0.03, 0.97]; every other region is squeezed into the band
 * between the anchors, m = lo + (hi − lo)·logistic(0.9·z + 0.4·p), where hi = (lowest score among anchors in the
 * upper half of the places) / 100 − 0.04 and lo = (highest score among anchors in the lower half) / 100 + 0.07
 * (hi = 1 and lo = 0 when there are none), so the synthetic rating of the first demo year tends to put the anchored
 * regions where the press reported them. The values stay synthetic: the anchors shape the story, they are not data.
 *
 * Growth is uniform on [yearlyGrowth.min, yearlyGrowth.max]. Missing rate is linear in maturity:
 * strongest + (weakest − strongest)·(1 − m).
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

/** A place a rating published for a region, with its score in percent. */
export interface PublishedPlace {
  regionCode: string;
  place: number;
  scorePercent: number;
}

/** Parses "UTC+3" / "UTC-1" into hours. @throws RangeError for any other form */
export function parseUtcOffset(timezone: string): number {
  const match = /^UTC([+-]\d{1,2})$/.exec(timezone.trim());
  if (!match) throw new RangeError(`demo generator cannot read time zone "${timezone}"`);
  return Number(match[1]);
}

/** The maturity band [lo, hi] of the regions without an anchor (see the module comment). */
export function unanchoredBand(anchors: readonly PublishedPlace[], regionCount: number): { lo: number; hi: number } {
  const upper = anchors.filter((a) => a.place <= regionCount / 2).map((a) => a.scorePercent / 100);
  const lower = anchors.filter((a) => a.place > regionCount / 2).map((a) => a.scorePercent / 100);
  return { lo: lower.length ? Math.max(...lower) + 0.07 : 0, hi: upper.length ? Math.min(...upper) - 0.04 : 1 };
}

/**
 * One profile per region, in catalogue order.
 * @throws RangeError if regions is empty, an anchor names an unknown region, or the anchors leave no band
 */
export function regionProfiles(
  regions: readonly Region[],
  params: DemoParameters,
  anchors: readonly PublishedPlace[] = [],
): RegionProfile[] {
  if (regions.length === 0) throw new RangeError('regionProfiles requires at least one region');
  const anchorOf = new Map(anchors.map((a) => [a.regionCode, a]));
  const unknown = anchors.filter((a) => !regions.some((r) => r.code === a.regionCode));
  if (unknown.length)
    throw new RangeError(`published places name unknown regions: ${unknown.map((a) => a.regionCode).join(', ')}`);
  const { lo, hi } = unanchoredBand(anchors, regions.length);
  if (!(hi > lo)) throw new RangeError(`published places leave no maturity band for the other regions (${lo} ≥ ${hi})`);
  const logs = regions.map((r) => Math.log(r.population));
  const mean = logs.reduce((s, x) => s + x, 0) / logs.length;
  const sd = Math.sqrt(logs.reduce((s, x) => s + (x - mean) ** 2, 0) / logs.length) || 1;
  const { strongest, weakest } = params.missingRate;
  return regions.map((region, i) => {
    const random = randomStream(params.seed, 'region-profile', region.code);
    const latent = logistic(0.9 * random.normal() + 0.4 * ((logs[i] - mean) / sd));
    const anchor = anchorOf.get(region.code);
    const maturity = anchor ? Math.min(0.97, Math.max(0.03, anchor.scorePercent / 100)) : lo + (hi - lo) * latent;
    const growth = random.between(params.yearlyGrowth.min, params.yearlyGrowth.max);
    return {
      region,
      maturity,
      growth,
      missingRate: strongest + (weakest - strongest) * (1 - maturity),
      utcOffsetHours: parseUtcOffset(region.timezone),
    };
  });
}
