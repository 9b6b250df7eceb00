/**
 * Explanations (core/explain) and what-if rank changes (core/what-if) as text for the terminal.
 */
import type { Explanation } from '../../core/explain.js';
import type { RankChange } from '../../core/what-if.js';

const fmt = (x: number | null, digits = 2): string => (x === null || Number.isNaN(x) ? '—' : x.toFixed(digits));

/** A value in the indicator's unit: as many decimals as it needs, up to 3 (0.5, 5, 48.181). */
const number = (x: number): string => (Number.isNaN(x) ? '—' : String(+x.toFixed(3)));

export function formatExplanation(e: Explanation, decimals: number): string {
  const lines = [
    `${e.unit} at ${e.node}: score ${fmt(e.score, decimals)}, rank ${Number.isNaN(e.rank) ? '—' : e.rank}`,
  ];
  lines.push('  child                                    weight  eff.w   value  contrib  vs median');
  for (const c of e.children) {
    lines.push(
      `  ${c.id.padEnd(40).slice(0, 40)} ${fmt(c.weight).padStart(6)} ${fmt(c.effectiveWeight, 3).padStart(6)} ${fmt(c.value, decimals).padStart(7)} ${fmt(c.contribution, decimals).padStart(8)} ${fmt(c.vsMedian, decimals).padStart(10)}`,
    );
  }
  for (const level of e.byLevel) {
    const list = (xs: readonly { id: string; vsMedian: number }[]): string =>
      xs.map((x) => `${x.id} (${x.vsMedian >= 0 ? '+' : ''}${fmt(x.vsMedian, decimals)})`).join(', ');
    const parts = [
      level.strongest.length ? `above the median ${list(level.strongest)}` : '',
      level.weakest.length ? `below the median ${list(level.weakest)}` : '',
    ];
    if (parts.some(Boolean)) lines.push(`  level ${level.level}: ${parts.filter(Boolean).join('; ')}`);
  }
  if (!e.nextRankUp) {
    lines.push('  no rank above.');
  } else {
    const up = e.nextRankUp;
    lines.push(
      `  next rank up: ${up.unit} (rank ${up.rank}, ${fmt(up.score, decimals)}), gap ${fmt(up.gap, decimals)}`,
    );
    if (e.closers.length === 0) lines.push('  no single indicator change closes the gap.');
    for (const c of e.closers) {
      const raw = c.rawNeeded === null ? '' : `; value ${number(c.rawNow)} → ${number(c.rawNeeded)}`;
      lines.push(
        `  closes it alone: ${c.indicator} from ${fmt(c.normalisedNow, decimals)} to ${fmt(c.normalisedNeeded, decimals)}${raw} (${c.method})`,
      );
    }
  }
  return lines.join('\n');
}

/** The units whose rank changes (largest moves first), then how many keep their rank. */
export function formatRankChanges(changes: readonly RankChange[], decimals: number): string {
  const moved = changes.filter((c) => c.change !== 0 && !Number.isNaN(c.change));
  const lines = [`what-if: ${moved.length} of ${changes.length} units change rank`];
  for (const c of moved) {
    const arrow = c.change > 0 ? `up ${c.change}` : `down ${-c.change}`;
    lines.push(
      `  ${c.unit.padEnd(14)} ${String(c.rankBefore).padStart(4)} → ${String(c.rankAfter).padEnd(4)} ${arrow.padEnd(8)} score ${fmt(c.scoreBefore, decimals)} → ${fmt(c.scoreAfter, decimals)}`,
    );
  }
  return lines.join('\n');
}
