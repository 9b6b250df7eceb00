/**
 * Human-readable and CSV forms of a robustness report: units by nominal rank with median and interval, the Sobol
 * shares of the mean absolute rank shift, and the coherence flags.
 */
import { COHERENCE_FLAGS, undefinedCorrelationSummary } from '../../core/analysis/coherence-flags.js';
import type { RobustnessReport } from '../../core/analysis/robustness-report.js';
import { csvText } from '../../report/csv/csv-text.js';
import type { AssumptionShare } from '../../core/analysis/sensitivity.js';

/** A figure for the summary: '-' when undefined, else rounded to `digits` decimals without trailing zeros. */
const fmt = (x: number | null, digits = 2): string =>
  x === null || Number.isNaN(x) ? '-' : String(+x.toFixed(digits));

function byNominal(report: RobustnessReport): RobustnessReport['units'] {
  return [...report.units].sort(
    (a, b) => (a.nominal ?? Infinity) - (b.nominal ?? Infinity) || a.unit.localeCompare(b.unit),
  );
}

/** Why an estimate is unresolved, in words. */
const PROBLEM_TEXT = {
  negative: 'below 0',
  'above-one': 'above 1',
  'first-above-total': 'first order above total',
} as const;

/**
 * One assumption's Sobol line: `first [lo, hi] / total [lo, hi]`, or, when the estimate is not resolved at this N,
 * `not resolved at N = …` with the reason and the raw estimates, so it cannot be read as a share.
 */
export function formatShare(s: AssumptionShare, runs: number): string {
  // A report stored before intervals existed has neither intervals nor problems: its estimates print bare.
  const withInterval = (x: number, interval: readonly [number, number] | undefined) =>
    interval ? `${fmt(x, 3)} [${fmt(interval[0], 3)}, ${fmt(interval[1], 3)}]` : fmt(x, 3);
  if ((s.problems ?? []).length > 0) {
    return `not resolved at N = ${runs} (${s.problems.map((p) => PROBLEM_TEXT[p]).join(', ')}: estimates ${fmt(s.first, 3)} / ${fmt(s.total, 3)}); raise --runs`;
  }
  return `${withInterval(s.first, s.firstInterval)} / ${withInterval(s.total, s.totalInterval)}`;
}

/** The summary `egov analyse` prints. `limit` caps the unit lines (all when undefined). */
export function formatReport(report: RobustnessReport, limit?: number): string {
  const [lo, hi] = report.quantiles.map((q) => `${+(q * 100).toFixed(2)}%`);
  const lines = [
    `Robustness of "${report.target}": runs N = ${report.runs}, model evaluations ${report.evaluations}` +
      `${report.design === 'saltelli' ? ` = N·(k + 2) with k = ${report.assumptions.length}` : ''} (${report.design}, seed ${report.seed}); ` +
      `rank interval ${lo}–${hi}, ${report.quantileRule}`,
    ...(report.ranked === undefined
      ? []
      : [
          `${report.ranked} ranked of ${report.units.length}${report.ranked < report.units.length ? ` (${report.units.length - report.ranked} without a rank get no interval)` : ''}`,
        ]),
    `${'unit'.padEnd(12)} ${'nominal'.padStart(7)} ${'median'.padStart(7)} ${'interval'.padStart(13)} ${'mean |shift|'.padStart(12)}`,
  ];
  const units = byNominal(report).filter((u) => report.ranked === undefined || u.nominal !== null);
  for (const u of units.slice(0, limit ?? units.length)) {
    lines.push(
      `${u.unit.padEnd(12)} ${fmt(u.nominal).padStart(7)} ${fmt(u.median).padStart(7)} ${`[${fmt(u.lower)}, ${fmt(u.upper)}]`.padStart(13)} ${fmt(u.meanAbsShift, 2).padStart(12)}`,
    );
  }
  if (limit !== undefined && units.length > limit) lines.push(`… ${units.length - limit} more (use --json or --out)`);
  if (report.sensitivity) {
    const level = report.bootstrap
      ? `${+(report.bootstrap.level * 100).toFixed(1)}% bootstrap intervals, B = ${report.bootstrap.resamples}`
      : 'no intervals';
    lines.push(`Sobol shares of the mean absolute rank shift (first order / total, ${level}):`);
    for (const s of report.sensitivity.meanAbsShift)
      lines.push(`  ${s.assumption.padEnd(20)} ${formatShare(s, report.runs)}`);
  }
  // Correlations that cannot be computed (too few values, or constant ones) are said once, not flag by flag.
  const undefinedNodes = [
    ...new Set(report.coherence.flags.filter((f) => f.kind === 'undefined-correlation').map((f) => f.node)),
  ].sort();
  const flags = report.coherence.flags
    .filter((f) => f.kind !== 'undefined-correlation')
    .sort((a, b) => COHERENCE_FLAGS.indexOf(a.kind) - COHERENCE_FLAGS.indexOf(b.kind));
  const counts = COHERENCE_FLAGS.map((kind) => [kind, flags.filter((f) => f.kind === kind).length] as const).filter(
    ([, n]) => n > 0,
  );
  lines.push(
    `Coherence: ${flags.length} flag(s)${counts.length ? ` (${counts.map(([kind, n]) => `${n} ${kind}`).join(', ')}):` : ''}`,
  );
  for (const f of flags.slice(0, 20)) lines.push(`  ${f.kind.padEnd(22)} ${f.node} ~ ${f.other} (r = ${fmt(f.r, 2)})`);
  if (flags.length > 20) lines.push(`  … ${flags.length - 20} more`);
  if (undefinedNodes.length > 0) lines.push(`  ${undefinedCorrelationSummary(undefinedNodes)}`);
  return lines.join('\n');
}

/**
 * Per-unit CSV: unit,nominal_rank,median_rank,rank_lower,rank_upper,mean_abs_shift, then for each assumption
 * sobol_first_<id>,sobol_total_<id>,sobol_resolved_<id> of the unit's rank (Saltelli design only; resolved = "no"
 * when the estimate is below 0, above 1 or its first order above the total's interval: not a share at this N).
 * Empty cell = undefined. Written by the product's one CSV writer (BOM, CRLF, quoting, formula neutralisation: unit
 * codes come from the user's data file).
 */
export function reportCsv(report: RobustnessReport): string {
  const cell = (x: number | null | undefined): number | null => (x === null || x === undefined ? null : x);
  const ids = report.sensitivity ? report.assumptions.map((a) => a.id) : [];
  const shares = new Map((report.sensitivity?.units ?? []).map((u) => [u.unit, u.shares]));
  const header = [
    'unit',
    'nominal_rank',
    'median_rank',
    'rank_lower',
    'rank_upper',
    'mean_abs_shift',
    ...ids.flatMap((id) => [`sobol_first_${id}`, `sobol_total_${id}`, `sobol_resolved_${id}`]),
  ];
  const rows = byNominal(report).map((u) => [
    u.unit,
    cell(u.nominal),
    cell(u.median),
    cell(u.lower),
    cell(u.upper),
    cell(u.meanAbsShift),
    ...ids.flatMap((_, i) => {
      const s = shares.get(u.unit)?.[i];
      return [cell(s?.first), cell(s?.total), s ? ((s.problems ?? []).length === 0 ? 'yes' : 'no') : null];
    }),
  ]);
  return csvText(header, rows, 'comma');
}
