/**
 * Sorts the first `n` entries of a typed array ascending, in place. Insertion sort up to 256 entries (ranking 85
 * regions or 193 countries: fast, no allocation, no comparator calls), the native typed-array sort above that.
 * NaN must not be among the first n entries.
 */
export function sortPrefixAscending(a: Float64Array, n: number): void {
  if (n > 256) { a.subarray(0, n).sort(); return; }
  for (let i = 1; i < n; i++) {
    const v = a[i];
    let j = i - 1;
    while (j >= 0 && a[j] > v) { a[j + 1] = a[j]; j--; }
    a[j + 1] = v;
  }
}
