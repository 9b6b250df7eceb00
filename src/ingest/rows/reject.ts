/** A rejected row (or cell): where it is and why. The reject report is a CSV of exactly these fields. */
export interface Reject {
  readonly file: string;
  readonly line: number;
  readonly column: string;
  readonly value: string;
  readonly reason: string;
  /** The period (year) the row seems to hold when it differs from --period: used to say which period the file holds. */
  readonly periodSeen?: number;
}

/** A row read but not data: a total or subtotal row (Итого, Всего), with the reason it was skipped. */
export interface Skipped {
  readonly file: string;
  readonly line: number;
  readonly reason: string;
}

/**
 * What a row validator returns for one record: the accepted rows (a wide row gives one per value) and the rejects,
 * or `skipped` with the reason when the record is not a data row (then rows and rejects are empty).
 */
export interface Checked<Row> {
  readonly rows: Row[];
  readonly rejects: Reject[];
  readonly skipped?: string;
}
