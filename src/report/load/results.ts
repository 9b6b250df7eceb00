/**
 * Scores of a run (rating_result) shaped for publication: the region × service and region × stage matrices and the
 * tidy long table of indicator values.
 *
 * Stage matrix: a methodology scores each stage within each service (`<service>.<stage>` nodes); the stage score
 * of a region is the plain mean of its present `<service>.<stage>` scores (null when none is present). A tree whose
 * stages sit directly under the root gives those scores unchanged (a mean of one).
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/tables.js';
import type { Dimension, IndicatorValue, ScoreMatrix } from '../model.js';
import { type StoredNode, stageOf } from './nodes.js';

export interface StoredResult {
  readonly nodeId: string;
  readonly regionCode: string;
  readonly raw: number | null;
  readonly score: number | null;
  readonly rank: number | null;
  readonly band: string | null;
  readonly imputed: boolean;
  readonly treated: boolean;
}

export async function loadResults(db: Kysely<DB>, runId: number): Promise<StoredResult[]> {
  const rows = await db
    .selectFrom('rating_result')
    .selectAll()
    .where('run_id', '=', runId)
    .orderBy('node_id')
    .orderBy('region_code')
    .execute();
  return rows.map((r) => ({
    nodeId: r.node_id,
    regionCode: r.region_code,
    raw: r.raw_value,
    score: r.score,
    rank: r.rank,
    band: r.band,
    imputed: r.imputed,
    treated: r.treated,
  }));
}

/** Region × column matrix: the mean of the present scores of the nodes mapped to each column (see module comment). */
export function scoreMatrix(
  results: readonly StoredResult[],
  nodes: readonly StoredNode[],
  kind: 'service' | 'stage',
  regionCodes: readonly string[],
  columns: readonly Dimension[],
): ScoreMatrix {
  const columnOf = new Map<string, number>();
  const columnIndex = new Map(columns.map((c, j) => [c.id, j]));
  for (const n of nodes) {
    if (n.kind !== kind) continue;
    const j = columnIndex.get(kind === 'stage' ? stageOf(n.id) : n.id);
    if (j !== undefined) columnOf.set(n.id, j);
  }
  const rowIndex = new Map(regionCodes.map((c, i) => [c, i]));
  const sums = regionCodes.map(() => columns.map(() => 0));
  const counts = regionCodes.map(() => columns.map(() => 0));
  for (const r of results) {
    const j = columnOf.get(r.nodeId);
    const i = rowIndex.get(r.regionCode);
    if (j === undefined || i === undefined || r.score === null) continue;
    sums[i][j] += r.score;
    counts[i][j] += 1;
  }
  return {
    regionCodes: [...regionCodes],
    columns: [...columns],
    values: sums.map((row, i) => row.map((s, j) => (counts[i][j] > 0 ? s / counts[i][j] : null))),
  };
}

/**
 * Tidy rows of every indicator leaf × region: the service and stage are the leaf's nearest ancestors of those
 * kinds; the indicator id is the leaf id without its `<service>.` prefix. Ordered by region, then leaf id.
 */
export function indicatorValues(results: readonly StoredResult[], nodes: readonly StoredNode[]): IndicatorValue[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const ancestor = (id: string, kind: StoredNode['kind']): StoredNode | null => {
    for (let p = byId.get(id)?.parentId ?? null; p !== null; p = byId.get(p)?.parentId ?? null) {
      if (byId.get(p)?.kind === kind) return byId.get(p)!;
    }
    return null;
  };
  const leaves = new Map<string, { serviceId: string | null; stageId: string; indicatorId: string }>();
  for (const n of nodes) {
    if (n.kind !== 'indicator') continue;
    const service = ancestor(n.id, 'service');
    const stage = ancestor(n.id, 'stage');
    const indicatorId = service && n.id.startsWith(`${service.id}.`) ? n.id.slice(service.id.length + 1) : n.id;
    leaves.set(n.id, { serviceId: service?.id ?? null, stageId: stage ? stageOf(stage.id) : '', indicatorId });
  }
  const rows: IndicatorValue[] = [];
  for (const r of results) {
    const leaf = leaves.get(r.nodeId);
    if (!leaf) continue;
    rows.push({
      regionCode: r.regionCode,
      ...leaf,
      raw: r.raw,
      normalised: r.score,
      imputed: r.imputed,
      treated: r.treated,
    });
  }
  return rows.sort(
    (a, b) =>
      cmp(a.regionCode, b.regionCode) || cmp(a.serviceId ?? '', b.serviceId ?? '') || cmp(a.indicatorId, b.indicatorId),
  );
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
