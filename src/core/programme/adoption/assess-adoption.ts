/**
 * Adoption of e-services per region and year: the measured share of residents using e-services (percent,
 * Rosstat form 1-IT) against the region's road-map target and the federal target (Decree 601).
 *
 * Input rows may carry a measured share, a target share, or both; rows with only a target (future road-map
 * years) define milestones but produce no assessment. For each region-year with a measurement:
 *   - the regional milestone is taken from the region's own target rows (see milestoneFor),
 *   - the federal milestone from FEDERAL_ADOPTION_TARGETS,
 *   - the trend is the least-squares line over that region's measurements up to and including the year
 *     (what was known then, so past statuses do not change when later data arrive).
 * Output is sorted by region code, then year. Duplicate (region, year) rows throw a RangeError, as do shares
 * outside 0–100.
 */
import { assessAgainstTarget, type TargetAssessment } from './assess-target.js';
import { FEDERAL_ADOPTION_TARGETS } from './federal-targets.js';
import { fitLinearTrend, type LinearTrend } from './linear-trend.js';
import { milestoneFor, type TargetMilestone } from './milestone.js';

export interface AdoptionObservation {
  readonly regionCode: string;
  readonly year: number;
  /** Percent of residents aged 15–72 using e-services, or null for a target-only row. */
  readonly measuredShare: number | null;
  /** The region's road-map target for this year (percent), or null. */
  readonly targetShare: number | null;
}

export interface AdoptionAssessment {
  readonly regionCode: string;
  readonly year: number;
  readonly measuredShare: number;
  readonly trend: LinearTrend | null;
  readonly regional: TargetAssessment;
  readonly federal: TargetAssessment;
}

/** One assessment per measured region-year; see the module comment for the rules. */
export function assessAdoption(observations: readonly AdoptionObservation[]): AdoptionAssessment[] {
  const byRegion = new Map<string, AdoptionObservation[]>();
  const seen = new Set<string>();
  for (const o of observations) {
    const key = `${o.regionCode}/${o.year}`;
    if (seen.has(key)) throw new RangeError(`assessAdoption got two rows for region ${o.regionCode} in ${o.year}`);
    seen.add(key);
    for (const share of [o.measuredShare, o.targetShare]) {
      if (share !== null && !(share >= 0 && share <= 100)) {
        throw new RangeError(`assessAdoption share ${share} for region ${o.regionCode} in ${o.year} is outside 0–100`);
      }
    }
    byRegion.set(o.regionCode, [...(byRegion.get(o.regionCode) ?? []), o]);
  }
  const result: AdoptionAssessment[] = [];
  for (const regionCode of [...byRegion.keys()].sort()) {
    const rows = byRegion.get(regionCode)!.sort((a, b) => a.year - b.year);
    const milestones: TargetMilestone[] = rows
      .filter((r) => r.targetShare !== null)
      .map((r) => ({ year: r.year, share: r.targetShare! }));
    const measured = rows
      .filter((r) => r.measuredShare !== null)
      .map((r) => ({ year: r.year, value: r.measuredShare! }));
    for (const point of measured) {
      const trend = fitLinearTrend(measured.filter((p) => p.year <= point.year));
      result.push({
        regionCode,
        year: point.year,
        measuredShare: point.value,
        trend,
        regional: assessAgainstTarget(point.value, point.year, milestoneFor(milestones, point.year), trend),
        federal: assessAgainstTarget(
          point.value,
          point.year,
          milestoneFor(FEDERAL_ADOPTION_TARGETS, point.year),
          trend,
        ),
      });
    }
  }
  return result;
}
