/** The ingest use case's contract: what it is asked to do and what it reports. */
import type { IngestLimits } from './limits.js';
import type { Reject } from './rows/reject.js';

export const INGEST_KINDS = ['measurements', 'applications', 'targets', 'spending'] as const;
export type IngestKind = (typeof INGEST_KINDS)[number];
export const isIngestKind = (value: string): value is IngestKind => (INGEST_KINDS as readonly string[]).includes(value);

export interface IngestProgress {
  readonly file: string; readonly rows: number; readonly bytesRead: number; readonly bytesTotal: number;
  readonly elapsedMs: number; readonly rowsPerSecond: number;
}

export interface IngestOptions {
  readonly period: number;
  readonly kind: IngestKind;
  /** Supersede earlier committed batches of this kind and period (measurements/targets/spending: those holding rows of the same regions; applications: all of the period). */
  readonly replace?: boolean;
  /** Commit the valid rows and keep the rejects (stored in ingest_reject) instead of refusing the batch. */
  readonly allowPartial?: boolean;
  /** Who ingests (stored as created_by and in revisions); default "cli". */
  readonly actor?: string;
  readonly onProgress?: (progress: IngestProgress) => void;
  /** JSON mapping of unusual headers: {"columns": {"header as written": "canonical name"}}. */
  readonly mappingFile?: string;
  /** XLSX sheet to read (default: the first). */
  readonly sheet?: string;
  /** Directory for the reject report and the JSON summary; none written when absent. */
  readonly reportDir?: string;
  readonly limits?: Partial<IngestLimits>;
  /** Clock for durations (tests); default performance.now. */
  readonly now?: () => number;
}

export interface IngestSummary {
  /** committed: a new batch; unchanged: the same content was already committed (nothing done). */
  readonly status: 'committed' | 'unchanged' | 'rejected';
  readonly batchId: string | null;
  readonly kind: IngestKind;
  readonly period: number;
  readonly contentSha256: string;
  readonly files: readonly { file: string; format: string }[];
  readonly rowsTotal: number;
  readonly rowsAccepted: number;
  readonly rowsRejected: number;
  readonly firstRejects: readonly Reject[];
  readonly rejectReport: string | null;
  readonly summaryFile: string | null;
  readonly superseded: readonly string[];
  readonly revisions: number;
  readonly derived: { batchId: string; measurements: number; channelVolumes: number } | null;
  readonly elapsedMs: number;
  readonly rowsPerSecond: number;
}
