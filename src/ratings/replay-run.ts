/**
 * `egov replay --run ID`: recomputes every stored number of a run from the run alone (its input snapshot, build log
 * and, when it was analysed, the uncertainty spec and seed of that analysis) and compares bit for bit: every
 * result (raw value, score, rank, band, imputed and treated flags of each node × region), every node weight, and
 * every rank interval, Sobol share and coherence value. Numbers are equal when they are the same IEEE-754 double
 * (Object.is; a stored NULL stands for "no number"). The live measurement table is never read.
 */
import type { Kysely } from 'kysely';
import { parseUncertaintySpec } from '../robustness-runs/load-analysis-inputs.js';
import { analyseBuild } from '../robustness-runs/analyse-build.js';
import { replay } from '../core/pipeline.js';
import type { DB } from '../db/tables.js';
import { analysisRows } from './store-analysis.js';
import { nodeWeights, resultRows } from './store-run.js';
import { readRunInputs } from './run-inputs.js';

export interface Mismatch {
  /** What differs, e.g. "result index × RU-MOW score" or "rank interval RU-MOW q95". */
  readonly what: string;
  readonly stored: unknown;
  readonly recomputed: unknown;
}

export interface ReplayReport {
  readonly runId: number;
  readonly period: number;
  readonly inputHash: string;
  readonly catalogueVersion: string;
  /** How many stored numbers (and flags) were compared, by table. */
  readonly compared: { readonly results: number; readonly nodes: number; readonly analysis: number };
  readonly analysed: boolean;
  /** True when every stored number equals its recomputation bit for bit. */
  readonly identical: boolean;
  readonly mismatchCount: number;
  /** The first mismatches (at most 20). */
  readonly mismatches: readonly Mismatch[];
}

export interface ReplayOptions {
  /** Skip recomputing the stored robustness analysis (the Monte Carlo), which takes longest. */
  readonly skipAnalysis?: boolean;
  readonly threads?: number;
}

const SHOWN = 20;

export async function replayRun(db: Kysely<DB>, runId: number, options: ReplayOptions = {}): Promise<ReplayReport> {
  const inputs = await readRunInputs(db, runId);
  const result = replay(inputs.log, inputs.dataset);
  const mismatches: Mismatch[] = [];
  let count = 0;
  const check = (what: string, stored: unknown, recomputed: unknown): void => {
    if (same(stored, recomputed)) return;
    count++;
    if (mismatches.length < SHOWN) mismatches.push({ what, stored, recomputed });
  };

  const stored = await db
    .selectFrom('rating_result')
    .select(['node_id', 'region_code', 'raw_value', 'score', 'rank', 'band', 'imputed', 'treated'])
    .where('run_id', '=', runId)
    .execute();
  const recomputed = new Map(resultRows(runId, result).map((r) => [`${r.node_id}|${r.region_code}`, r]));
  check('number of results', stored.length, recomputed.size);
  for (const s of stored) {
    const r = recomputed.get(`${s.node_id}|${s.region_code}`);
    const at = `result ${s.node_id} × ${s.region_code}`;
    if (!r) {
      check(at, 'stored', 'absent');
      continue;
    }
    check(`${at} raw value`, s.raw_value, r.raw_value ?? null);
    check(`${at} score`, s.score, r.score ?? null);
    check(`${at} rank`, s.rank, r.rank ?? null);
    check(`${at} band`, s.band, r.band ?? null);
    check(`${at} imputed`, s.imputed, r.imputed ?? false);
    check(`${at} treated`, s.treated, r.treated ?? false);
  }

  const nodes = await db.selectFrom('rating_node').select(['node_id', 'weight']).where('run_id', '=', runId).execute();
  const tree = result.state.tree!;
  const weights = nodeWeights(result);
  check('number of nodes', nodes.length, tree.ids.length);
  for (const n of nodes) {
    const row = tree.rowOf.get(n.node_id);
    check(`node ${n.node_id} weight`, n.weight, row === undefined ? 'absent' : weights[row]);
  }

  const analysis = options.skipAnalysis
    ? undefined
    : await db.selectFrom('rating_analysis').select(['params']).where('run_id', '=', runId).executeTakeFirst();
  let analysisCompared = 0;
  if (analysis) {
    const params: unknown = typeof analysis.params === 'string' ? JSON.parse(analysis.params) : analysis.params;
    const spec = parseUncertaintySpec(params, `rating run ${runId} analysis`);
    const report = await analyseBuild(
      inputs.dataset,
      inputs.log,
      spec,
      options.threads === undefined ? {} : { threads: options.threads },
    );
    const rows = analysisRows(runId, report);
    analysisCompared = await compareAnalysis(db, runId, rows, check);
  }
  return {
    runId,
    period: inputs.period,
    inputHash: inputs.inputHash,
    catalogueVersion: inputs.catalogueVersion,
    compared: { results: stored.length * 6, nodes: nodes.length, analysis: analysisCompared },
    analysed: analysis !== undefined,
    identical: count === 0,
    mismatchCount: count,
    mismatches,
  };
}

async function compareAnalysis(
  db: Kysely<DB>,
  runId: number,
  rows: ReturnType<typeof analysisRows>,
  check: (what: string, stored: unknown, recomputed: unknown) => void,
): Promise<number> {
  let n = 0;
  const intervals = await db
    .selectFrom('rank_interval')
    .select(['region_code', 'nominal_rank', 'median_rank', 'q05', 'q95', 'mean_abs_shift'])
    .where('run_id', '=', runId)
    .execute();
  const intervalOf = new Map(rows.intervals.map((r) => [r.region_code, r]));
  check('number of rank intervals', intervals.length, rows.intervals.length);
  for (const s of intervals) {
    const r = intervalOf.get(s.region_code);
    for (const key of ['nominal_rank', 'median_rank', 'q05', 'q95', 'mean_abs_shift'] as const) {
      check(`rank interval ${s.region_code} ${key}`, s[key], r ? (r[key] ?? null) : 'absent');
      n++;
    }
  }
  const shares = await db
    .selectFrom('sensitivity_index')
    .select(['assumption', 'target', 'first_order', 'total_order'])
    .where('run_id', '=', runId)
    .execute();
  const shareOf = new Map(rows.shares.map((r) => [`${r.assumption}|${r.target}`, r]));
  check('number of Sobol shares', shares.length, rows.shares.length);
  for (const s of shares) {
    const r = shareOf.get(`${s.assumption}|${s.target}`);
    check(`Sobol ${s.assumption} on ${s.target} first order`, s.first_order, r ? r.first_order : 'absent');
    check(`Sobol ${s.assumption} on ${s.target} total order`, s.total_order, r ? r.total_order : 'absent');
    n += 2;
  }
  const flags = await db
    .selectFrom('coherence_flag')
    .select(['node_id', 'other_node_id', 'flag', 'value'])
    .where('run_id', '=', runId)
    .execute();
  const flagOf = new Map(rows.flags.map((r) => [`${r.node_id}|${r.other_node_id}|${r.flag}`, r]));
  check('number of coherence flags', flags.length, rows.flags.length);
  for (const s of flags) {
    const r = flagOf.get(`${s.node_id}|${s.other_node_id}|${s.flag}`);
    check(`coherence ${s.flag} ${s.node_id} ${s.other_node_id}`, s.value, r ? (r.value ?? null) : 'absent');
    n++;
  }
  return n;
}

/** Bit-for-bit equality: the same IEEE-754 double (Object.is), or equal non-numbers. */
function same(a: unknown, b: unknown): boolean {
  return Object.is(a, b);
}
