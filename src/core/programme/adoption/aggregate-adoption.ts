/**
 * National and federal-district views of adoption: population-weighted means of the regional figures.
 *
 *   share(group, year)  = Σᵢ pᵢ·sᵢ / Σᵢ pᵢ over the group's regions measured that year (pᵢ = population)
 *   target(group, year) = Σᵢ pᵢ·tᵢ / Σᵢ pᵢ over those of them with a regional milestone tᵢ (null if none)
 *
 * The group's federal status uses the least-squares trend of its own weighted series up to the year.
 * Edge cases: a region without a known population (or with population ≤ 0) cannot be weighted and is left
 * out and counted in `regionsWithoutPopulation`; a group-year with no weighted region is omitted. The set of
 * reporting regions can change between years, which moves the weighted mean too: `regionsReporting` and
 * `populationReporting` show it.
 */
import type { AdoptionAssessment } from './assess-adoption.js';
import { assessAgainstTarget, type TargetAssessment } from './assess-target.js';
import { FEDERAL_ADOPTION_TARGETS } from './federal-targets.js';
import { fitLinearTrend } from './linear-trend.js';
import { milestoneFor } from './milestone.js';

export interface AdoptionAggregate {
  readonly group: string;
  readonly year: number;
  readonly measuredShare: number;
  readonly regionalTargetShare: number | null;
  readonly regionsReporting: number;
  readonly populationReporting: number;
  readonly regionsWithoutPopulation: number;
  /** How many reporting regions met their own road-map milestone, and how many had one. */
  readonly regionsMeetingOwnTarget: number;
  readonly regionsWithTarget: number;
  readonly federal: TargetAssessment;
}

/** Aggregates assessments into groups named by `groupOf` (e.g. () => 'RU' for the nation, or the district). */
export function aggregateAdoption(
  assessments: readonly AdoptionAssessment[],
  population: ReadonlyMap<string, number>,
  groupOf: (regionCode: string) => string | null,
): AdoptionAggregate[] {
  const cells = new Map<string, AdoptionAssessment[]>();
  for (const a of assessments) {
    const group = groupOf(a.regionCode);
    if (group === null) continue;
    const key = JSON.stringify([group, a.year]);
    cells.set(key, [...(cells.get(key) ?? []), a]);
  }
  const partial = [...cells.entries()].flatMap(([key, rows]) => {
    const [group, year] = JSON.parse(key) as [string, number];
    const weighted = rows.filter((r) => (population.get(r.regionCode) ?? 0) > 0);
    if (weighted.length === 0) return [];
    const weightOf = (r: AdoptionAssessment): number => population.get(r.regionCode)!;
    const totalPopulation = weighted.reduce((s, r) => s + weightOf(r), 0);
    const withTarget = weighted.filter((r) => r.regional.targetShare !== null);
    const targetPopulation = withTarget.reduce((s, r) => s + weightOf(r), 0);
    return [
      {
        group,
        year,
        measuredShare: weighted.reduce((s, r) => s + weightOf(r) * r.measuredShare, 0) / totalPopulation,
        regionalTargetShare:
          withTarget.length === 0
            ? null
            : withTarget.reduce((s, r) => s + weightOf(r) * r.regional.targetShare!, 0) / targetPopulation,
        regionsReporting: weighted.length,
        populationReporting: totalPopulation,
        regionsWithoutPopulation: rows.length - weighted.length,
        regionsMeetingOwnTarget: withTarget.filter((r) => r.regional.status === 'met').length,
        regionsWithTarget: withTarget.length,
      },
    ];
  });
  partial.sort((a, b) => a.group.localeCompare(b.group) || a.year - b.year);
  return partial.map((row) => {
    const series = partial
      .filter((p) => p.group === row.group && p.year <= row.year)
      .map((p) => ({ year: p.year, value: p.measuredShare }));
    const federal = assessAgainstTarget(
      row.measuredShare,
      row.year,
      milestoneFor(FEDERAL_ADOPTION_TARGETS, row.year),
      fitLinearTrend(series),
    );
    return { ...row, federal };
  });
}
