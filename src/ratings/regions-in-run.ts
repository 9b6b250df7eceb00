/**
 * getRegionInRun (queries.ts) for every region of a run at once: four queries instead of five per region, for the
 * pages rendered at publication (85 region pages per run). The same answers, row orders taken from the database as
 * there (next place up: highest rank above, then region code; components by node id); compared region by region with
 * getRegionInRun in test/ratings/regions-in-run.test.ts.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/tables.js';
import { rootNodeId, type RegionInRun } from './queries.js';

export async function getRegionsInRun(db: Kysely<DB>, runId: number): Promise<Map<string, RegionInRun>> {
  const out = new Map<string, RegionInRun>();
  const root = await rootNodeId(db, runId);
  if (!root) return out;
  const results = await db
    .selectFrom('rating_result')
    .selectAll()
    .where('run_id', '=', runId)
    .where('node_id', '=', root)
    .orderBy('rank', 'desc')
    .orderBy('region_code')
    .execute();
  const intervals = new Map(
    (
      await db
        .selectFrom('rank_interval')
        .select(['region_code', 'median_rank', 'q05', 'q95'])
        .where('run_id', '=', runId)
        .execute()
    ).map((i) => [i.region_code, i]),
  );
  const nodes = await db
    .selectFrom('rating_node')
    .select(['node_id', 'kind', 'label_ru', 'label_en', 'weight'])
    .where('run_id', '=', runId)
    .where('parent_id', '=', root)
    .orderBy('node_id')
    .execute();
  const childScores = new Map<string, { score: number | null; rank: number | null }>();
  if (nodes.length > 0) {
    const rows = await db
      .selectFrom('rating_result')
      .select(['node_id', 'region_code', 'score', 'rank'])
      .where('run_id', '=', runId)
      .where(
        'node_id',
        'in',
        nodes.map((n) => n.node_id),
      )
      .execute();
    for (const r of rows) childScores.set(`${r.node_id}\u0000${r.region_code}`, { score: r.score, rank: r.rank });
  }
  for (const own of results) {
    const regionCode = own.region_code;
    // The first row, in (rank desc, region_code) order, ranked above: as getRegionInRun's query.
    const above =
      own.rank === null || own.score === null ? undefined : results.find((r) => r.rank !== null && r.rank < own.rank!);
    const interval = intervals.get(regionCode);
    out.set(regionCode, {
      regionCode,
      score: own.score,
      rank: own.rank,
      band: own.band,
      interval:
        interval && interval.median_rank !== null && interval.q05 !== null && interval.q95 !== null
          ? { median: interval.median_rank, q05: interval.q05, q95: interval.q95 }
          : null,
      nextUp:
        above && above.rank !== null && above.score !== null && own.score !== null
          ? { regionCode: above.region_code, rank: above.rank, gap: above.score - own.score }
          : null,
      components: nodes.map((n) => {
        const r = childScores.get(`${n.node_id}\u0000${regionCode}`);
        return {
          nodeId: n.node_id,
          kind: n.kind,
          labelRu: n.label_ru,
          labelEn: n.label_en,
          weight: n.weight,
          score: r?.score ?? null,
          rank: r?.rank ?? null,
        };
      }),
    });
  }
  return out;
}
