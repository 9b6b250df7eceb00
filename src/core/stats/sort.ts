/**
 * Sorts the first `n` entries of a typed array ascending, in place: insertion sort up to 128 entries (85 regions,
 * 51 ASEM countries: no allocation and no typed-array view, which costs more than the sort itself at this size), the
 * native typed-array sort (numeric, no comparator calls) on a copy above that.
 * NaN must not be among the first n entries.
 */
export function sortPrefixAscending(a: Float64Array, n: number): void {
  if (n > 128) {
    const copy = a.slice(0, n).sort();
    a.set(copy);
    return;
  }
  for (let i = 1; i < n; i++) {
    const v = a[i];
    let j = i - 1;
    while (j >= 0 && a[j] > v) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = v;
  }
}
