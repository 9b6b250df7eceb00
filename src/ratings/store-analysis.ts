/**
 * Stores the robustness analysis of a run: parameters and the full report (JSON), one rank interval per region, the
 * Sobol shares per assumption (for the mean absolute rank shift and each region's rank), and the coherence flags.
 * Replaces an earlier analysis of the same run, in one transaction. `analysisRows` is the one mapping from a report
 * to rows (the replay compares with it).
 */
import type { Insertable, Kysely } from 'kysely';
import type { RobustnessReport } from '../core/analysis/robustness-report.js';
import type { UncertaintySpec } from '../core/analysis/assumptions.js';
import type { CoherenceFlagTable, DB, RankIntervalTable, SensitivityIndexTable } from '../db/tables.js';

export const MEAN_ABS_SHIFT_TARGET = 'mean_abs_shift';
const CHUNK = 1000;

export interface AnalysisRows {
  readonly intervals: Insertable<RankIntervalTable>[];
  readonly shares: Insertable<SensitivityIndexTable>[];
  readonly flags: Insertable<CoherenceFlagTable>[];
}

export function analysisRows(runId: number, report: RobustnessReport): AnalysisRows {
  const intervals = report.units.map((u) => ({
    run_id: runId,
    region_code: u.unit,
    nominal_rank: u.nominal,
    median_rank: u.median,
    q05: u.lower,
    q95: u.upper,
    mean_abs_shift: u.meanAbsShift,
  }));
  const shares: Insertable<SensitivityIndexTable>[] = [];
  for (const s of report.sensitivity?.meanAbsShift ?? []) {
    shares.push({
      run_id: runId,
      assumption: s.assumption,
      target: MEAN_ABS_SHIFT_TARGET,
      first_order: s.first,
      total_order: s.total,
    });
  }
  for (const unit of report.sensitivity?.units ?? []) {
    for (const s of unit.shares ?? []) {
      shares.push({
        run_id: runId,
        assumption: s.assumption,
        target: unit.unit,
        first_order: s.first,
        total_order: s.total,
      });
    }
  }
  const seen = new Set<string>();
  const flags: Insertable<CoherenceFlagTable>[] = [];
  for (const f of report.coherence.flags) {
    const key = `${f.node}|${f.other}|${f.kind}`;
    if (seen.has(key)) continue;
    seen.add(key);
    flags.push({
      run_id: runId,
      node_id: f.node,
      other_node_id: f.other,
      flag: f.kind,
      statistic: 'pearson',
      value: f.r,
    });
  }
  return { intervals, shares, flags };
}

export async function storeAnalysis(
  db: Kysely<DB>,
  runId: number,
  spec: UncertaintySpec,
  report: RobustnessReport,
): Promise<void> {
  const { intervals, shares, flags } = analysisRows(runId, report);
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('rating_analysis').where('run_id', '=', runId).execute();
    await trx
      .insertInto('rating_analysis')
      .values({
        run_id: runId,
        replications: report.evaluations,
        seed: report.seed,
        params: JSON.stringify(spec),
        summary: JSON.stringify(report),
      })
      .execute();
    if (intervals.length) await trx.insertInto('rank_interval').values(intervals).execute();
    for (let i = 0; i < shares.length; i += CHUNK)
      await trx
        .insertInto('sensitivity_index')
        .values(shares.slice(i, i + CHUNK))
        .execute();
    for (let i = 0; i < flags.length; i += CHUNK)
      await trx
        .insertInto('coherence_flag')
        .values(flags.slice(i, i + CHUNK))
        .execute();
  });
}
