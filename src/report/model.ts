/**
 * The publication model: everything an export needs, as plain data.
 *
 * Every writer (XLSX, CSV, PNG charts, factsheets, manifest) is built from this model only, so a publication can be
 * produced from a stored rating run (`load-model.ts`), from a test fixture, or from any other source. Scores are on
 * the methodology's scale (normally 0–100); `null` means "not available" (never NaN).
 */

export const LANGS = ['ru', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** A name in both publication languages. */
export interface Localised {
  readonly ru: string;
  readonly en: string;
}

export interface RegionInfo {
  /** Stable product code (ISO 3166-2 where one exists, e.g. RU-MOW). */
  readonly code: string;
  readonly name: Localised;
  readonly federalDistrict: Localised;
  /** Position on the tile-grid map of Russia (1-based), or null when the region has no tile. */
  readonly tile: { readonly row: number; readonly col: number } | null;
}

/** A score band such as "high" (from the methodology), with its half-open range [min, max). */
export interface Band {
  readonly id: string;
  readonly name: Localised;
  readonly min: number;
  readonly max: number;
  /** Fill colour as #rrggbb. */
  readonly colour: string;
}

/** 5–95 % rank interval and median rank from the uncertainty analysis. */
export interface RankInterval {
  readonly median: number;
  readonly low: number;
  readonly high: number;
}

export interface RankingRow {
  readonly place: number;
  readonly regionCode: string;
  readonly score: number;
  readonly bandId: string | null;
  /** Place and score in the previous run's rating (PublicationModel.previousPeriod), null when not rated then. */
  readonly previous: { readonly place: number; readonly score: number } | null;
  readonly interval: RankInterval | null;
}

/** A service or a stage: a column of a matrix. */
export interface Dimension {
  readonly id: string;
  readonly name: Localised;
}

/** A region × dimension matrix; values[i][j] is the score of regionCodes[i] on columns[j], or null. */
export interface ScoreMatrix {
  readonly regionCodes: readonly string[];
  readonly columns: readonly Dimension[];
  readonly values: readonly (readonly (number | null)[])[];
}

export interface IndicatorInfo {
  readonly id: string;
  readonly name: Localised;
  readonly unit: string;
  readonly stageId: string;
  /** 1 when higher is better, -1 when lower is better. */
  readonly direction: 1 | -1;
}

/** One row of the tidy long table of indicator values. */
export interface IndicatorValue {
  readonly regionCode: string;
  readonly serviceId: string | null;
  readonly stageId: string;
  readonly indicatorId: string;
  readonly raw: number | null;
  readonly normalised: number | null;
  readonly imputed: boolean;
  readonly treated: boolean;
}

/** A node of the methodology tree (flattened in depth-first order; parentId null for the root). */
export interface MethodologyNode {
  readonly id: string;
  readonly parentId: string | null;
  readonly level: number;
  readonly name: Localised;
  /** Weight within the parent, and the product of weights down from the root. */
  readonly weight: number;
  readonly effectiveWeight: number;
  /** Method applied at this node in both languages, e.g. "goalposts [0; 30] → 0–100" or "arithmetic mean". */
  readonly method: Localised;
}

export interface SobolShare {
  readonly nodeId: string;
  readonly name: Localised;
  readonly first: number;
  readonly total: number;
  /** 95% bootstrap intervals, when the analysis computed them. */
  readonly firstInterval: readonly [number, number] | null;
  readonly totalInterval: readonly [number, number] | null;
  /** false when the estimate is not resolved at this N (below 0, above 1, first above total): not a share. */
  readonly resolved: boolean;
}

export interface CoherenceFlag {
  readonly nodeId: string;
  readonly kind: string;
  readonly value: number | null;
  readonly message: Localised;
}

export interface Robustness {
  /** N: base runs of the design. */
  readonly runs: number;
  /** Model evaluations: N, or N·(k + 2) for a Saltelli design. */
  readonly evaluations: number;
  readonly seed: number;
  readonly sobol: readonly SobolShare[];
  readonly coherence: readonly CoherenceFlag[];
}

/** A stage or service of one region against the national and federal-district medians. */
export interface Comparison {
  readonly kind: 'stage' | 'service';
  readonly id: string;
  readonly score: number;
  readonly nationalMedian: number;
  readonly districtMedian: number;
}

/** What it would take to reach the next place up: the score gap and, per stage, the gain that alone closes it. */
export interface GapToNext {
  readonly nextRegionCode: string;
  readonly nextPlace: number;
  readonly scoreGap: number;
  readonly closers: readonly GapCloserRow[];
}

/**
 * One way to close the gap: a single indicator (of a service, in a stage) raised, all else equal, from its normalised
 * value now to the one needed (gain = needed − now); only feasible changes (within the normaliser's range) are
 * listed, so `reachable` is true. Raw values are given where the normaliser can be inverted (else rawNeeded null).
 */
export interface GapCloserRow {
  readonly stageId: string;
  readonly gain: number;
  readonly reachable: boolean;
  readonly indicatorId: string;
  readonly serviceId: string | null;
  readonly normalisedNow: number;
  readonly normalisedNeeded: number;
  readonly rawNow: number;
  readonly rawNeeded: number | null;
}

export interface RegionExplanation {
  readonly regionCode: string;
  readonly strongest: readonly Comparison[];
  readonly weakest: readonly Comparison[];
  readonly gapToNext: GapToNext | null;
}

/** Share of residents using e-services (per cent) against the region's road-map target. */
export interface AdoptionRow {
  readonly regionCode: string;
  readonly actual: number | null;
  readonly target: number | null;
}

export const OFFICE_CHANNELS = ['mfc', 'mobile_office'] as const;
export type OfficeChannel = (typeof OFFICE_CHANNELS)[number];

/** Documents issued in one municipality through one channel. */
export interface OfficeDocumentsRow {
  readonly regionCode: string;
  /** OKTMO code. */
  readonly municipality: string;
  /** The classifier's name of the municipality, or null for an unknown code. */
  readonly municipalityName: string | null;
  readonly channel: OfficeChannel;
  readonly documents: number;
}

export interface RunInfo {
  readonly id: number;
  /** Assigned at publication; null for a draft. */
  readonly version: number | null;
  readonly status: string;
  /** Whether the run is its period's headline methodology (false for a draft, and for one published alongside). */
  readonly headline: boolean;
  readonly methodologyId: string;
  readonly methodologyVersion: string;
  readonly methodologyHash: string;
  readonly inputHash: string;
  /** ISO 8601 time the run was computed; also used as the workbook's created/modified dates (never the clock). */
  readonly computedAt: string;
}

export interface PublicationModel {
  readonly period: number;
  readonly run: RunInfo;
  readonly softwareVersion: string;
  /** True for the synthetic demo dataset: every output then says "SYNTHETIC DEMO DATA". */
  readonly synthetic: boolean;
  readonly source: { readonly name: Localised; readonly licence: string; readonly url: string | null };
  readonly regions: readonly RegionInfo[];
  readonly bands: readonly Band[];
  readonly ranking: readonly RankingRow[];
  /** The period of the previous run the changes compare with (a missing year skipped); null when there is none. */
  readonly previousPeriod: number | null;
  readonly stageScores: ScoreMatrix;
  readonly serviceScores: ScoreMatrix;
  readonly indicators: readonly IndicatorInfo[];
  readonly values: readonly IndicatorValue[];
  readonly methodology: readonly MethodologyNode[];
  readonly robustness: Robustness | null;
  readonly explanations: readonly RegionExplanation[];
  readonly adoption: readonly AdoptionRow[];
  /** REAL: Rosstat's national value of e-services use (2.6.12) for the period, with its source; null when none. */
  readonly realNationalAdoption: RealNationalValue | null;
  readonly offices: readonly OfficeDocumentsRow[];
}

export interface RealNationalValue {
  readonly indicatorCode: string;
  readonly year: number;
  /** Percent. */
  readonly value: number;
  readonly source: Localised;
}
