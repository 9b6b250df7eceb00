/**
 * The removal marker: a value cell holding `удалить` or `delete` (any case, surrounding spaces ignored) asks to
 * remove the stored value of that cell. Removal is always explicit; an empty cell means "not given" and leaves the
 * stored value alone. Like every correction, a removal needs `--replace`.
 */
const MARKERS = new Set(['удалить', 'delete']);

export function isRemovalMarker(text: string): boolean {
  return MARKERS.has(text.normalize('NFC').trim().toLowerCase());
}
