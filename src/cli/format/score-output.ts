/**
 * The results of a scoring run as a flat table (one row per unit × node) and as a JSON document: every node's score,
 * its value rounded to the methodology's precision, its rank and band.
 */
import { roundTo } from '../../core/rank/round.js';
import type { ScoreRun } from '../../methodology/score-run.js';
import { csvText } from '../../report/csv/csv-text.js';

export interface ScoreRow {
  readonly unit: string;
  readonly node: string;
  readonly level: number;
  readonly score: number | null;
  readonly scoreRounded: number | null;
  readonly rank: number | null;
  readonly band: string | null;
}

/** Rows ordered by node (tree order, root last) then unit (input order). Missing values are null. */
export function scoreRows(run: ScoreRun, decimals: number): ScoreRow[] {
  const { scores, ranks, bands, state } = run.result;
  const tree = state.tree!;
  const rows: ScoreRow[] = [];
  tree.ids.forEach((node, r) => {
    const score = scores.get(node);
    const rank = ranks.get(node);
    const band = bands.find((b) => b.node === node);
    state.units.forEach((unit, u) => {
      rows.push({
        unit,
        node,
        level: tree.nodes[r].level,
        score: nullIfNaN(score[u]),
        scoreRounded: nullIfNaN(roundTo(score[u], decimals)),
        rank: nullIfNaN(rank[u]),
        band: band && band.band[u] >= 0 ? band.labels[band.band[u]] : null,
      });
    });
  });
  return rows;
}

/**
 * CSV with header unit,node,level,score,score_rounded,rank,band; scores in full precision (shortest round-trip form).
 * Written by the product's one CSV writer (BOM, CRLF, quoting, formula neutralisation): unit and band labels come from
 * the user's files, so `=cmd|…` or `x;=1+1` must not reach a spreadsheet as a formula.
 */
export function scoreRowsToCsv(rows: readonly ScoreRow[]): string {
  return csvText(
    ['unit', 'node', 'level', 'score', 'score_rounded', 'rank', 'band'],
    rows.map((r) => [r.unit, r.node, r.level, r.score, r.scoreRounded, r.rank, r.band]),
    'comma',
  );
}

/** The JSON document: the run record (methodology id, version, hash, input hash, build log) and the rows. */
export function scoreDocument(run: ScoreRun, decimals: number): unknown {
  return { ...run.record, units: run.result.state.units, rows: scoreRows(run, decimals) };
}

function nullIfNaN(x: number): number | null {
  return Number.isNaN(x) ? null : x;
}
