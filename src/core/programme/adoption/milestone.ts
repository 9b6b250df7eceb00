/**
 * Which target applies to an observation year: the milestone of the first target year ≥ the observation
 * year (the next deadline), or, when every target year lies in the past, the last one (a final target is
 * held once its deadline has passed). No milestones → null.
 *
 * @example milestoneFor([{year: 2016, share: 50}, {year: 2018, share: 70}], 2017) // => {year: 2018, share: 70}
 */
export interface TargetMilestone {
  readonly year: number;
  /** Target share in percent (0–100). */
  readonly share: number;
}

/** The milestone that applies in `year` (see the module comment), or null without milestones. */
export function milestoneFor(milestones: readonly TargetMilestone[], year: number): TargetMilestone | null {
  if (milestones.length === 0) return null;
  const sorted = [...milestones].sort((a, b) => a.year - b.year);
  return sorted.find((m) => m.year >= year) ?? sorted[sorted.length - 1];
}
