/**
 * The programme report: the three questions a regional administration asks, answered for one region or for
 * the nation in one year. Built by loadProgrammeReport (load.ts); read by the API, the pages and the exports.
 * All shares are fractions 0–1 except adoption shares, which are percentages 0–100 (as published by Rosstat);
 * money is in roubles; durations in days.
 */
import type {
  AdoptionAggregate,
  AdoptionAssessment,
  ChannelSummary,
  MobileOfficeActivity,
  MoneyFrontier,
  PeriodGrain,
  UnitCosts,
} from '../core/programme/index.js';
import type { NationalSeries } from '../reference/national-series.js';
import type { ApplicationCountSource, ProgrammeRegion, ProgrammeService } from './read-inputs.js';

export interface ProgrammeReportRequest {
  readonly year: number;
  /** A region code (e.g. "RU-TUL") for a region's report; null or absent for the nation. */
  readonly regionCode?: string | null;
  /** The rating run whose scores are set against the money; default: the year's latest published run. */
  readonly ratingRunId?: number | null;
  /** Period grain of the mobile-office activity; default 'quarter'. */
  readonly grain?: PeriodGrain;
}

export interface ProgrammeReport {
  readonly year: number;
  readonly scope: 'nation' | 'region';
  /** The region of a region's report, null for the nation. */
  readonly region: ProgrammeRegion | null;
  /** Every region (names, district, population) and every service (names), for labels and comparisons. */
  readonly regions: readonly ProgrammeRegion[];
  readonly services: readonly ProgrammeService[];
  /**
   * True when the rating run used is marked synthetic or an input batch comes from a "SYNTHETIC-" file (the demo
   * dataset): show the label wherever this report appears.
   */
  readonly synthetic: boolean;
  /** 1. Adoption against road-map and federal targets, every observed year up to `year`. */
  readonly adoption: {
    /** The region's rows (region scope) or every region's (nation scope). */
    readonly regions: readonly AdoptionAssessment[];
    /** Federal-district aggregates: the region's own district (region scope) or all districts. */
    readonly districts: readonly AdoptionAggregate[];
    /** The national aggregate, group "RU", of the regional figures in the database. */
    readonly nation: readonly AdoptionAggregate[];
    /**
     * REAL figures: Rosstat's national series of the Decree No. 601 indicator (2.6.12) up to `year`, with its source;
     * shown apart from the regional figures, which in the demo are synthetic.
     */
    readonly realNational: NationalSeries;
  };
  /**
   * 2. Channels of the year: from the application log (every figure), or, when the log holds nothing for the
   * year, from the aggregated channel volumes (volumes and shares only; the other figures null; grain 'year').
   */
  readonly channels: {
    readonly source: ApplicationCountSource;
    /** Per region and channel (plus 'all'): the region (region scope) or every region. */
    readonly regions: readonly ChannelSummary[];
    /** The whole country per channel, region code "RU", for comparison. */
    readonly nation: readonly ChannelSummary[];
    readonly mobileOffices: readonly MobileOfficeActivity[];
    /** The period grain actually used (always 'year' for channel volumes). */
    readonly grain: PeriodGrain;
  };
  /** 3. Money against results; always computed over every region (a frontier needs all of them). */
  readonly money: {
    readonly ratingRunId: number | null;
    readonly previousRatingRunId: number | null;
    /** The period of that previous run (the latest earlier published period; a missing year is skipped). */
    readonly previousRatingPeriod: number | null;
    /** Where the application counts came from: the event log, the aggregated channel volumes, or nowhere. */
    readonly applicationCountSource: ApplicationCountSource;
    readonly regions: readonly UnitCosts[];
    readonly frontier: MoneyFrontier;
  };
}
