/**
 * What every file reader (CSV, XLSX, JSON Lines) produces: the header as written, then records of cells in header
 * order with the line (or sheet row) they came from. Cells are strings; typing is the row validators' job.
 */
export interface RawRecord {
  /** 1-based line of the record in the file (CSV: the line where the record ends; XLSX: the sheet row). */
  readonly line: number;
  readonly cells: readonly string[];
}

export interface TableSource {
  readonly file: string;
  /** Description of how the file was read, e.g. "csv windows-1251 ';'". */
  readonly format: string;
  readonly header: readonly string[];
  readonly headerLine: number;
  readonly records: AsyncIterable<RawRecord>;
  /** Bytes of the file read so far and in total (for progress). */
  bytesRead(): number;
  readonly bytesTotal: number;
}

/** Tells an XLSX reader which row is the header: the row with the most cells this predicate accepts. */
export type HeaderPredicate = (cell: string) => boolean;
