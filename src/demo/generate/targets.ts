/**
 * Synthetic adoption rows: the share of residents using e-services (as a Rosstat 1-IT survey would measure it) and
 * the region's road-map target, per region and year.
 * - measured: s₀ = 28 + 22m + N(0, 3) in the first target year, then + (5 + 4m + N(0, 1)) per year, one decimal,
 *   limited to 20–90 (so about 30–50 % in 2015 and 50–85 % in 2019);
 * - target: most regions follow the federal path (40, 50, 60, 70 % for 2015–2018, 70 % afterwards); about a quarter
 *   are more ambitious (+5 points from the third year, 80 % after 2018); `regionsWithoutTarget` regions (chosen by
 *   the seed) have no road-map target (empty cells).
 */
import type { DemoParameters } from './parameters.js';
import { clamp, randomStream } from './random.js';
import type { RegionProfile } from './region-profiles.js';

export interface TargetRecord {
  regionCode: string;
  year: number;
  measuredShare: number;
  targetShare: number | null;
}

const FEDERAL_PATH = [40, 50, 60, 70];

/** The federal-path target of the i-th target year (70 % after the fourth). */
function federalTarget(i: number): number {
  return FEDERAL_PATH[Math.min(i, FEDERAL_PATH.length - 1)];
}

/** Codes of the regions without a road-map target: the `count` smallest seeded keys. */
export function regionsWithoutTarget(profiles: readonly RegionProfile[], seed: number, count: number): Set<string> {
  const keyed = profiles.map((p) => ({
    code: p.region.code,
    key: randomStream(seed, 'no-target', p.region.code).uniform(),
  }));
  keyed.sort((a, b) => a.key - b.key || a.code.localeCompare(b.code));
  return new Set(keyed.slice(0, count).map((k) => k.code));
}

/** One row per region × target year, in catalogue order then year order. */
export function generateTargets(profiles: readonly RegionProfile[], params: DemoParameters): TargetRecord[] {
  const years = [...params.targetYears].sort((a, b) => a - b);
  const without = regionsWithoutTarget(profiles, params.seed, params.regionsWithoutTarget);
  return profiles.flatMap((profile) => {
    const random = randomStream(params.seed, 'targets', profile.region.code);
    const m = profile.maturity;
    const ambitious = random.uniform() < 0.25;
    let share = 28 + 22 * m + random.normal(0, 3);
    return years.map((year, i) => {
      if (i > 0) share += 5 + 4 * m + random.normal(0, 1);
      const target = without.has(profile.region.code)
        ? null
        : ambitious && i >= 2
          ? Math.min(80, federalTarget(i) + 5 + (i >= 4 ? 5 : 0))
          : federalTarget(i);
      return {
        regionCode: profile.region.code,
        year,
        measuredShare: Math.round(clamp(share, 20, 90) * 10) / 10,
        targetShare: target,
      };
    });
  });
}
