/** A rejected row (or cell): where it is and why. The reject report is a CSV of exactly these fields. */
export interface Reject {
  readonly file: string;
  readonly line: number;
  readonly column: string;
  readonly value: string;
  readonly reason: string;
}

/** What a row validator returns for one record: the accepted rows and the rejects (a wide row can give both). */
export interface Checked<Row> { readonly rows: Row[]; readonly rejects: Reject[] }
