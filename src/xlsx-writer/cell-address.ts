/**
 * A1-style cell addresses. Columns are letters in bijective base 26 (1 → A, 26 → Z, 27 → AA, 16,384 → XFD); rows are
 * 1-based numbers. Excel's sheet holds at most 1,048,576 rows and 16,384 columns.
 * @throws RangeError for a row or column outside Excel's sheet.
 */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

const letters: string[] = [];

/** 1 → 'A', 28 → 'AB'. */
export function columnLetters(column: number): string {
  if (!Number.isInteger(column) || column < 1 || column > MAX_COLUMNS)
    throw new RangeError(`column ${column} is outside 1–${MAX_COLUMNS}`);
  let cached = letters[column];
  if (cached === undefined) {
    cached = '';
    for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
      cached = String.fromCharCode(65 + ((n - 1) % 26)) + cached;
    letters[column] = cached;
  }
  return cached;
}

export function checkRow(row: number): void {
  if (!Number.isInteger(row) || row < 1 || row > MAX_ROWS) throw new RangeError(`row ${row} is outside 1–${MAX_ROWS}`);
}

/** (3, 2) → 'B3'. */
export const cellAddress = (row: number, column: number): string => `${columnLetters(column)}${row}`;

/** A range 'A2:L87' (a single cell when both corners are the same). */
export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  const a = cellAddress(top, left);
  const b = cellAddress(bottom, right);
  return a === b ? a : `${a}:${b}`;
}
