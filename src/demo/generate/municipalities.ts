/**
 * Synthetic municipalities (OKTMO codes) of a region for the application logs. They are NOT real municipalities:
 * the code keeps the region's OKTMO prefix (its leading digits before the trailing zeros, at least two: "66" for
 * Smolensk, "718" for Khanty-Mansi) and fills in a district number, then "000": "66701000" is the synthetic
 * capital (an urban okrug, 7xx), "66603000", "66606000", … synthetic districts (6xx). Three-digit prefixes get a
 * two-digit district number (10, 13, …). Count: 5 + 25·(ln pop − ln popMin)/(ln popMax − ln popMin), rounded, so 5
 * to 30. Demand weights: the capital gets 30–50 %, the rest follow a Zipf law 1/k^0.9. The smallest third are rural;
 * mobile offices serve up to three of them.
 */
import type { Region } from '../../reference/catalogue.js';
import { randomStream } from './random.js';

export interface Municipality {
  oktmo: string;
  weight: number;
  rural: boolean;
  servedByMobileOffice: boolean;
}

/** The region's OKTMO prefix: digits before the trailing zeros, at least two. "71800000" → "718". */
export function oktmoPrefix(oktmo: string): string {
  if (!/^\d{8}$/.test(oktmo)) throw new RangeError(`oktmoPrefix requires an 8-digit OKTMO, got "${oktmo}"`);
  const significant = oktmo.replace(/0+$/, '');
  return significant.length <= 2 ? oktmo.slice(0, 2) : significant;
}

/** 5 to 30 municipalities by population (log scale between popMin and popMax). */
export function municipalityCount(population: number, popMin: number, popMax: number): number {
  if (popMax <= popMin) return 5;
  const x = (Math.log(population) - Math.log(popMin)) / (Math.log(popMax) - Math.log(popMin));
  return Math.max(5, Math.min(30, Math.round(5 + 25 * x)));
}

/** The synthetic municipalities of one region, capital first; weights sum to 1. */
export function syntheticMunicipalities(region: Region, seed: number, popMin: number, popMax: number): Municipality[] {
  const prefix = oktmoPrefix(region.oktmo);
  const count = municipalityCount(region.population, popMin, popMax);
  const random = randomStream(seed, 'municipalities', region.code);
  const capitalShare = random.between(0.3, 0.5);
  const tail = Array.from({ length: count - 1 }, (_, k) => 1 / (k + 1) ** 0.9);
  const tailSum = tail.reduce((s, x) => s + x, 0);
  const ruralFrom = count - Math.max(1, Math.floor(count / 3));
  const code = (k: number): string => (prefix.length === 2
    ? `${prefix}${k === 0 ? 701 : 600 + 3 * k}000`
    : `${prefix}${String(k === 0 ? 10 : 10 + 3 * k)}000`);
  return Array.from({ length: count }, (_, k) => ({
    oktmo: code(k),
    weight: k === 0 ? capitalShare : ((1 - capitalShare) * tail[k - 1]) / tailSum,
    rural: k >= ruralFrom,
    servedByMobileOffice: k >= Math.max(ruralFrom, count - 3),
  }));
}
