/**
 * The knobs of the synthetic demo dataset. The values used by `egov demo` live in data/demo/parameters.json and are
 * validated by src/demo/demo-parameters.ts; this file only states their meaning and units.
 */
export interface DemoParameters {
  /** Seed of every random stream. */
  seed: number;
  /** Monitoring periods (years) for measurements, applications and spending. */
  years: number[];
  /** Total application records over all years (split across years by `applicationYearGrowth`). */
  applications: number;
  /** Each later year has this much more volume than the previous one (0.05 = +5 %). */
  applicationYearGrowth: number;
  /** Smallest number of applications per region × service × year, so every cell can be derived. */
  minApplicationsPerCell: number;
  /** Years of the adoption file (share of residents using e-services and road-map targets). */
  targetYears: number[];
  /** How many regions have no road-map target at all. */
  regionsWithoutTarget: number;
  /** Probability of an empty measurement cell in the strongest and in the weakest region (linear in maturity). */
  missingRate: { strongest: number; weakest: number };
  /** Probability that a share cell is an outlier (a percentage entered as a fraction, 87 → 0.87). */
  outlierRate: number;
  /** Probability that an application is stuck (processing time × 4–8): outliers of the event log. */
  stuckApplicationRate: number;
  /** Improvement of the latent quality per year, lower and upper bound across regions (latent units). */
  yearlyGrowth: { min: number; max: number };
  /** Timestamp written into generated XLSX files as created/modified (ISO 8601): never the clock. */
  documentDate: string;
  /** Day the event logs were extracted (month-day after the year's end, e.g. "01-20"): later decisions stay empty. */
  extractionMonthDay: string;
}
