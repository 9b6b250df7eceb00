/** The ingest use case's contract: what it is asked to do and what it reports. */
import type { IngestLimits } from './limits.js';
import type { RegionReplacement } from './load-applications.js';
import type { Reject, Skipped } from './rows/reject.js';
import type { CellChanges } from './store/cell-changes.js';

export const INGEST_KINDS = ['measurements', 'applications', 'targets', 'spending'] as const;
export type IngestKind = (typeof INGEST_KINDS)[number];
export const isIngestKind = (value: string): value is IngestKind => (INGEST_KINDS as readonly string[]).includes(value);

export interface IngestProgress {
  readonly file: string;
  readonly rows: number;
  readonly bytesRead: number;
  readonly bytesTotal: number;
  readonly elapsedMs: number;
  readonly rowsPerSecond: number;
}

export interface IngestOptions {
  readonly period: number;
  readonly kind: IngestKind;
  /**
   * Correct stored values: a cell the files hold with another value, or with the removal marker, replaces (removes)
   * the stored one, keeping its history. Without it such a cell is a reject. Applications: replace the stored
   * applications of the regions the files hold, for this period.
   */
  readonly replace?: boolean;
  /** Commit the valid rows and keep the rejects (stored in ingest_reject) instead of refusing the batch. */
  readonly allowPartial?: boolean;
  /** Who ingests (stored as created_by and in revisions); default "cli". */
  readonly actor?: string;
  /** Accept rows of this region only (a region's own upload): a row naming another region is a reject. */
  readonly onlyRegion?: string;
  /** The files hold generated (synthetic) data: recorded on the batch. */
  readonly synthetic?: boolean;
  readonly onProgress?: (progress: IngestProgress) => void;
  /** JSON mapping of unusual headers: {"columns": {"header as written": "canonical name"}, "ignore": ["header"]}. */
  readonly mappingFile?: string;
  /** XLSX sheet to read (default: the sheet whose header the kind recognises best). */
  readonly sheet?: string;
  /** Directory for the reject report and the JSON summary; none written when absent. */
  readonly reportDir?: string;
  readonly limits?: Partial<IngestLimits>;
  /** Clock for durations (tests); default performance.now. */
  readonly now?: () => number;
}

export interface IngestSummary {
  /** committed: a new batch; unchanged: the same content, sheet and mapping was already committed (nothing done). */
  readonly status: 'committed' | 'unchanged' | 'rejected';
  readonly batchId: string | null;
  readonly kind: IngestKind;
  readonly period: number;
  readonly contentSha256: string;
  readonly sheet: string;
  readonly mappingSha256: string;
  readonly synthetic: boolean;
  readonly files: readonly { file: string; format: string }[];
  /** Data rows read (header, title and blank rows excluded) = accepted + skipped + rejected. */
  readonly rowsRead: number;
  readonly rowsAccepted: number;
  /** Total and subtotal rows (Итого, Всего): read, not data; the first ones in `skipped` with why. */
  readonly rowsSkipped: number;
  /** Rows with at least one reject (a rejected row stores nothing). */
  readonly rowsRejected: number;
  /** Value cells in the accepted rows (a wide row holds several). */
  readonly values: number;
  /** What the batch did to the stored cells; null for applications. */
  readonly changes: CellChanges | null;
  /** Applications with --replace: per region, the stored applications replaced and the new count. */
  readonly replaced: readonly RegionReplacement[] | null;
  readonly skipped: readonly Skipped[];
  /** Rejects (a row may have several), the first ones in `firstRejects`, all in the reject report. */
  readonly rejects: number;
  readonly firstRejects: readonly Reject[];
  /** The period most rejected rows seem to hold, when the rejects say --period is wrong. */
  readonly periodHint: { period: number; rows: number } | null;
  readonly rejectReport: string | null;
  readonly summaryFile: string | null;
  readonly derived: { batchId: string; measurements: number; channelVolumes: number; revisions: number } | null;
  readonly elapsedMs: number;
  readonly rowsPerSecond: number;
}
