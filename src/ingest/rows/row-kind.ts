/** A validator bound to one file's header: turns a record's cells into accepted rows and rejects. */
import type { Checked } from './reject.js';

export type RecordValidator<Row> = (line: number, cells: readonly string[]) => Checked<Row>;
