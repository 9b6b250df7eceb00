/**
 * What a batch did to the stored cells, in plain words: `12 new, 3 changed, 0 removed, 140 unchanged`.
 * new: no value was stored; changed: another value was stored (its history is kept); removed: the file asked to
 * remove a stored value (the removal marker); unchanged: the same value was stored already, or a removal marker
 * named a cell that holds no value.
 */
export interface CellChanges {
  new: number;
  changed: number;
  removed: number;
  unchanged: number;
}

export const NO_CHANGES: CellChanges = Object.freeze({ new: 0, changed: 0, removed: 0, unchanged: 0 });

export function describeChanges(c: CellChanges): string {
  return `${c.new} new, ${c.changed} changed, ${c.removed} removed, ${c.unchanged} unchanged`;
}

/** The change a cell undergoes; `stored` undefined = no stored value, `next` null = removal marker. */
export function classifyCell(stored: number | undefined, next: number | null): keyof CellChanges {
  if (next === null) return stored === undefined ? 'unchanged' : 'removed';
  if (stored === undefined) return 'new';
  return stored === next ? 'unchanged' : 'changed';
}
