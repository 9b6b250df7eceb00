/**
 * Listwise deletion: of `columns` (each one variable over the same units), keep only the units where every column is
 * finite. Returns the kept columns (new arrays) in the same order; R's na.omit on a data frame of the columns.
 * Throws a RangeError when the columns differ in length.
 */
export function completeRows(columns: readonly ArrayLike<number>[]): Float64Array[] {
  if (columns.length === 0) return [];
  const n = columns[0].length;
  for (const column of columns) {
    if (column.length !== n) throw new RangeError('completeRows requires columns of equal length');
  }
  const keep: number[] = [];
  for (let i = 0; i < n; i += 1) {
    if (columns.every((column) => Number.isFinite(column[i]))) keep.push(i);
  }
  return columns.map((column) => Float64Array.from(keep, (i) => column[i]));
}
