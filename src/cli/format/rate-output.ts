/**
 * The terminal table of `egov rate`: the first ten places with their scores and changes. Scores are the stored
 * (unrounded) index scores shown at the methodology's rounding, with more decimals — as the pages, CSV and XLSX do
 * (src/text/distinguishing-decimals.ts) — where two regions holding different places would look equal; a note under
 * the table then says so.
 *
 *   places 1 and 2 at 50.004 and 50.001, rounding 2: both show 50.00 → shown as 50.004 and 50.001, with the note
 */
import { roundTo } from '../../core/rank/round.js';
import { distinguishingDecimals } from '../../text/distinguishing-decimals.js';

export interface RateTableRow {
  readonly region: string;
  readonly rank: number | null;
  readonly change: number | null;
  /** The stored score, unrounded; null without a score. */
  readonly storedScore: number | null;
}

/** The note the table carries when a score is shown with more decimals than the methodology's rounding. */
export function scoreDecimalsNote(decimals: number): string {
  return (
    `* scores are shown with ${decimals} decimal${decimals === 1 ? '' : 's'}; where two regions holding different ` +
    `places would look equal at ${decimals}, more decimals are shown: places follow the more precise score`
  );
}

export function formatRateTable(rows: readonly RateTableRow[], decimals: number, limit = 10): string {
  const ranked = rows.filter((r) => r.rank !== null);
  const shown = distinguishingDecimals(
    ranked.map((r) => ({ score: r.storedScore, place: r.rank })),
    decimals,
  );
  const top = ranked.slice(0, limit);
  const lines = top.map((r, i) => {
    const d = shown[i]!;
    const score = r.storedScore === null ? '' : roundTo(r.storedScore, d).toFixed(d) + (d > decimals ? '*' : '');
    return `  ${String(r.rank).padStart(2)}  ${r.region.padEnd(7)} ${score.padStart(7)}  ${formatChange(r.change)}`.trimEnd();
  });
  const more = top.some((_, i) => shown[i]! > decimals);
  return lines.join('\n') + (more ? `\n${scoreDecimalsNote(decimals)}` : '');
}

function formatChange(change: number | null): string {
  if (change === null) return '';
  if (change === 0) return '=';
  return change > 0 ? `▲${change}` : `▼${-change}`;
}
