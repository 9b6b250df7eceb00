/**
 * Finds the header of a table as officials lay out their forms: title rows above it, a header that may span
 * several rows (a group cell such as "Показатели" merged over the indicator columns, with the indicator names in
 * the row below), a units row and a row of column numbers (1, 2, 3 …) under it.
 *
 * Rule, on the first rows of a sheet or file (cells as text):
 * 1. the header row is the row with the most cells the kind recognises (`isHeader`), the first one on ties;
 * 2. the rows right above and below join the header while they hold a recognised cell in a column whose header
 *    cell is not recognised yet (at most 2 rows each way); each column's header is its recognised cell (the lowest
 *    one), else its lowest non-empty cell;
 * 3. under the header, a units row (every non-empty cell a unit such as `%`, `ед.`, `дней`, `руб.`) and a row of
 *    column numbers (consecutive whole numbers from 1) are part of the header, not data.
 * Returns null when no row holds a recognised cell.
 */
export interface DetectedHeader {
  /** 0-based index of the first data row in `rows`. */
  readonly dataStart: number;
  /** 0-based index of the header row with the most recognised cells. */
  readonly headerRow: number;
  readonly header: readonly string[];
  /** Recognised cells of the header row (for the choice between sheets). */
  readonly score: number;
}

const MAX_JOIN = 2;
const UNIT =
  /^(%|процент(ов)?|ед\.?|единиц|шт\.?|дн(ей|\.)?|дни|сут(ок|\.)?|руб(\.|лей)?|тыс\.?\s*руб\.?|баллы?|баллов|да\s*\/\s*нет|\(?1\s*[-–]\s*5\)?|чел\.?|человек)$/iu;

export function detectHeader(
  rows: readonly (readonly string[])[],
  isHeader: (cell: string) => boolean,
): DetectedHeader | null {
  const known = (cell: string | undefined) => cell !== undefined && cell.trim() !== '' && isHeader(cell);
  const score = (row: readonly string[]) => row.filter((c) => known(c)).length;
  let headerRow = -1;
  let best = 0;
  rows.forEach((row, r) => {
    const s = score(row);
    if (s > best) {
      best = s;
      headerRow = r;
    }
  });
  if (headerRow < 0) return null;
  const width = Math.max(
    ...rows.slice(Math.max(0, headerRow - MAX_JOIN), headerRow + MAX_JOIN + 1).map((r) => r.length),
  );
  const block = [headerRow];
  const covered = (c: number) => block.some((r) => known(rows[r][c]));
  const joins = (r: number) =>
    r >= 0 &&
    r < rows.length &&
    Array.from({ length: width }, (_, c) => c).some((c) => known(rows[r][c]) && !covered(c));
  for (let step = 0; step < MAX_JOIN && joins(block[0] - 1); step++) block.unshift(block[0] - 1);
  for (let step = 0; step < MAX_JOIN && joins(block[block.length - 1] + 1); step++)
    block.push(block[block.length - 1] + 1);
  const header = Array.from({ length: width }, (_, c) => {
    const cells = block.map((r) => (rows[r][c] ?? '').trim());
    return [...cells].reverse().find((cell) => known(cell)) ?? [...cells].reverse().find((cell) => cell !== '') ?? '';
  });
  let dataStart = block[block.length - 1] + 1;
  for (let extra = 0; extra < 2 && dataStart < rows.length; extra++) {
    if (!isUnitsRow(rows[dataStart]) && !isColumnNumbers(rows[dataStart])) break;
    dataStart++;
  }
  while (header.length > 0 && header[header.length - 1] === '') header.pop();
  return { dataStart, headerRow, header, score: best };
}

/** Every non-empty cell is a unit, and there is at least one. */
export function isUnitsRow(row: readonly string[]): boolean {
  const cells = row.map((c) => c.trim()).filter((c) => c !== '');
  return cells.length > 0 && cells.every((c) => UNIT.test(c));
}

/** The non-empty cells are 1, 2, 3 … in order (at least two). */
export function isColumnNumbers(row: readonly string[]): boolean {
  const cells = row.map((c) => c.trim()).filter((c) => c !== '');
  return cells.length >= 2 && cells.every((c, i) => c === String(i + 1));
}
