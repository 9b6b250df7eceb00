/**
 * How many decimals to show each score with so that two rows with different places never show the same number:
 * `base` decimals, or more (up to MAX_SCORE_DECIMALS) for a row whose rounded score equals that of a row with another
 * place. Rows sharing a place may show the same number; a missing score or place is shown with `base`.
 * Rounding is half away from zero (as the published tables, roundTo).
 *
 *   places 20 and 21 at 85.347 and 85.312, base 1: both round to 85.3, at 2 decimals to 85.35 and 85.31 → [2, 2]
 *
 * @example distinguishingDecimals([{ score: 85.347, place: 20 }, { score: 85.312, place: 21 }], 1) // => [2, 2]
 */
import { roundTo } from '../core/rank/round.js';

export const MAX_SCORE_DECIMALS = 6;

export interface PlacedScore {
  readonly score: number | null;
  readonly place: number | null;
}

export function distinguishingDecimals(rows: readonly PlacedScore[], base: number): number[] {
  return rows.map((row) => {
    if (row.score === null || row.place === null || !Number.isFinite(row.score)) return base;
    let decimals = base;
    while (decimals < MAX_SCORE_DECIMALS && collides(row, rows, decimals)) decimals += 1;
    return decimals;
  });
}

/** Whether another row with a different place shows the same score at `decimals`. */
function collides(row: PlacedScore, rows: readonly PlacedScore[], decimals: number): boolean {
  const shown = roundTo(row.score!, decimals);
  return rows.some(
    (other) =>
      other.place !== null &&
      other.place !== row.place &&
      other.score !== null &&
      Number.isFinite(other.score) &&
      roundTo(other.score, decimals) === shown,
  );
}
