/**
 * Size limits that keep hostile or broken files from exhausting memory or time. Every limit is configurable through
 * `IngestOptions.limits`; the defaults suit regional submissions (a few MB) and event logs (many GB streamed).
 */
export interface IngestLimits {
  /** Largest accepted input file, in bytes (default 20 GiB; event logs stream). */
  readonly maxFileBytes: number;
  /** Longest accepted record (one CSV record or JSON line), in bytes of decoded text (default 1 MiB). */
  readonly maxLineBytes: number;
  /** Largest XLSX file (default 100 MiB): spreadsheets are read whole. */
  readonly maxXlsxBytes: number;
  /** Largest total uncompressed size of an XLSX's entries (default 500 MiB). */
  readonly maxXlsxUncompressedBytes: number;
  /** Largest compression ratio of any XLSX entry bigger than 1 MiB uncompressed (default 200). */
  readonly maxXlsxRatio: number;
  /** At most this many rejects are kept in memory for the summary (all go to the report file). */
  readonly firstRejects: number;
}

export const DEFAULT_LIMITS: IngestLimits = {
  maxFileBytes: 20 * 1024 ** 3,
  maxLineBytes: 1024 ** 2,
  maxXlsxBytes: 100 * 1024 ** 2,
  maxXlsxUncompressedBytes: 500 * 1024 ** 2,
  maxXlsxRatio: 200,
  firstRejects: 20,
};

export function resolveLimits(partial: Partial<IngestLimits> = {}): IngestLimits {
  return { ...DEFAULT_LIMITS, ...partial };
}
