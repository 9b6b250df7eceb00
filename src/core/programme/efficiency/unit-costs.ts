/**
 * Money against results for one region and period, in roubles:
 *
 *   spendingRub            Σ amounts over the region's programmes
 *   spendingPerCapitaRub   spendingRub / population              (null without a population > 0)
 *   scoreChange            score − previous score, in points     (null unless both are known)
 *   costPerApplicationRub  spendingRub / applications (all channels)   (null when there were none)
 *   costPerEApplicationRub spendingRub / e-applications (portal channel) (null when there were none)
 *   eApplicationsPer1000   e-applications / population × 1000   (null without a population > 0)
 *
 * Negative or non-finite amounts and counts throw a RangeError; a region without spending rows has
 * spendingRub = 0 (and then every cost is 0 where defined).
 */
export interface ProgrammeAmount {
  readonly programme: string;
  readonly amountRub: number;
}

export interface RegionMoneyAndResults {
  readonly regionCode: string;
  readonly spending: readonly ProgrammeAmount[];
  /** Overall rating score of the period (0–100), or null when the region was not rated. */
  readonly score: number | null;
  readonly previousScore: number | null;
  /** Applications of the period over all channels, and those filed on the portal (electronic). */
  readonly applications: number;
  readonly eApplications: number;
  readonly population: number | null;
}

export interface UnitCosts {
  readonly regionCode: string;
  readonly spendingRub: number;
  readonly spending: readonly ProgrammeAmount[];
  readonly spendingPerCapitaRub: number | null;
  readonly score: number | null;
  readonly scoreChange: number | null;
  readonly applications: number;
  readonly eApplications: number;
  readonly costPerApplicationRub: number | null;
  readonly costPerEApplicationRub: number | null;
  readonly eApplicationsPer1000: number | null;
}

/** Computes the figures listed in the module comment. */
export function unitCosts(region: RegionMoneyAndResults): UnitCosts {
  const check = (value: number, what: string): void => {
    if (!(Number.isFinite(value) && value >= 0)) {
      throw new RangeError(`unitCosts ${what} ${value} for region ${region.regionCode} must be a finite number >= 0`);
    }
  };
  region.spending.forEach((s) => check(s.amountRub, `spending on ${s.programme}`));
  check(region.applications, 'applications');
  check(region.eApplications, 'e-applications');
  const spendingRub = region.spending.reduce((sum, s) => sum + s.amountRub, 0);
  const per = (count: number | null): number | null => (count !== null && count > 0 ? spendingRub / count : null);
  return {
    regionCode: region.regionCode,
    spendingRub,
    spending: [...region.spending].sort((a, b) => b.amountRub - a.amountRub || a.programme.localeCompare(b.programme)),
    spendingPerCapitaRub: per(region.population),
    score: region.score,
    scoreChange: region.score !== null && region.previousScore !== null ? region.score - region.previousScore : null,
    applications: region.applications,
    eApplications: region.eApplications,
    costPerApplicationRub: per(region.applications),
    costPerEApplicationRub: per(region.eApplications),
    eApplicationsPer1000:
      region.population !== null && region.population > 0 ? (region.eApplications / region.population) * 1000 : null,
  };
}
