/**
 * The one read model of rating runs, used by the CLI, the API, the pages, the exports and the programme figures:
 * runs and periods, the index node of a run, "the previous run", a run's ranking (with bands, rank intervals and
 * the change against the previous run), one region's rows with an explanation, and the methodology of a run.
 *
 * - Lookups select only the columns a summary needs (never the build log, ~110 KB of JSON per run).
 * - "Previous run" = the latest published run of an earlier period with the same methodology id: a missing year is
 *   skipped, and every change names the period (and run) it compares with.
 * - Visibility is decided by the caller (src/auth/visibility.ts); whether drafts may be read is passed in as
 *   `drafts`, and applied in SQL, so a listing never reads a run the caller may not see and a hidden draft is
 *   answered by the same query, in the same time, as a missing id.
 *
 * Rows are mapped to camelCase domain objects; nothing of the table shape leaks.
 */
import type { Kysely } from 'kysely';
import type { DB, RunStatus } from '../db/tables.js';

export interface RunSummary {
  readonly id: number;
  readonly period: number;
  readonly status: RunStatus;
  /** Assigned at publication; null for a draft (see src/ratings/publish.ts). */
  readonly version: number | null;
  readonly methodology: { readonly id: string; readonly version: string; readonly hash: string };
  readonly synthetic: boolean;
  readonly supersedesRunId: number | null;
  readonly correctionReason: string | null;
  readonly createdAt: string;
  readonly publishedAt: string | null;
  readonly withdrawnAt: string | null;
  readonly withdrawnReason: string | null;
  /** The headline methodology of its period (one published run per period; migration 0014). */
  readonly headline: boolean;
}

/** The run a change is measured against: the latest published run of an earlier period, same methodology. */
export interface PreviousRun {
  readonly runId: number;
  readonly period: number;
}

export interface RankingEntry {
  readonly rank: number | null;
  readonly regionCode: string;
  readonly nameRu: string;
  readonly nameEn: string;
  readonly federalDistrict: string;
  readonly score: number | null;
  readonly band: string | null;
  readonly interval: { readonly median: number; readonly q05: number; readonly q95: number } | null;
  /** Against the previous run (its period and id named); null when there is none. */
  readonly change: {
    readonly previousPeriod: number;
    readonly previousRunId: number;
    readonly previousRank: number | null;
    readonly rankDelta: number | null;
    readonly scoreDelta: number | null;
  } | null;
}

/** Which runs a caller may read: drafts too, or only runs that were published. */
export interface RunFilter {
  readonly drafts: boolean;
}

/** Timestamps arrive as Date (pg) — typed loosely in tables.ts for Generated columns — and leave as ISO strings. */
const iso = (value: unknown): string | null => (value ? new Date(value as string | Date).toISOString() : null);

/** The columns of a run summary: everything but the build log. */
const SUMMARY_COLUMNS = [
  'id',
  'period',
  'status',
  'version',
  'methodology_id',
  'methodology_version',
  'methodology_hash',
  'synthetic',
  'supersedes_run_id',
  'correction_reason',
  'created_at',
  'published_at',
  'withdrawn_at',
  'withdrawn_reason',
  'headline',
] as const;

function summaries(db: Kysely<DB>, filter: RunFilter) {
  const query = db.selectFrom('rating_run').select(SUMMARY_COLUMNS);
  return filter.drafts ? query : query.where('status', '<>', 'draft');
}
type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaries>['executeTakeFirstOrThrow']>>;

export async function listRuns(db: Kysely<DB>, filter: RunFilter): Promise<RunSummary[]> {
  const rows = await summaries(db, filter).orderBy('period', 'desc').orderBy('id', 'desc').execute();
  return rows.map(toRunSummary);
}

/** One run, or null when it does not exist or is a draft the filter excludes (the same query either way). */
export async function getRun(
  db: Kysely<DB>,
  runId: number,
  filter: RunFilter = { drafts: true },
): Promise<RunSummary | null> {
  const row = await summaries(db, filter).where('id', '=', runId).executeTakeFirst();
  return row ? toRunSummary(row) : null;
}

/**
 * The run the public reads of a period show: its headline methodology's published run (src/ratings/publish.ts), or,
 * with `methodologyId`, the published run of that methodology (another methodology published alongside); null when
 * there is none.
 */
export async function getPublishedRunOfPeriod(
  db: Kysely<DB>,
  period: number,
  methodologyId?: string,
): Promise<RunSummary | null> {
  const published = summaries(db, { drafts: false }).where('period', '=', period).where('status', '=', 'published');
  const row = await (
    methodologyId === undefined
      ? published.where('headline', '=', true)
      : published.where('methodology_id', '=', methodologyId)
  ).executeTakeFirst();
  return row ? toRunSummary(row) : null;
}

/** Every run published for a period (one per methodology), the headline first, then by methodology id. */
export async function listPublishedRunsOfPeriod(db: Kysely<DB>, period: number): Promise<RunSummary[]> {
  const rows = await summaries(db, { drafts: false })
    .where('period', '=', period)
    .where('status', '=', 'published')
    .orderBy('headline', 'desc')
    .orderBy('methodology_id')
    .execute();
  return rows.map(toRunSummary);
}

/** The index (root) node of a run: the one place that decides it. */
export async function rootNodeId(db: Kysely<DB>, runId: number): Promise<string | null> {
  const row = await db
    .selectFrom('rating_node')
    .select('node_id')
    .where('run_id', '=', runId)
    .where('parent_id', 'is', null)
    .orderBy('level')
    .executeTakeFirst();
  return row?.node_id ?? null;
}

/** The latest published run of an earlier period with the same methodology id (a missing year is skipped). */
export async function previousPublishedRun(
  db: Kysely<DB>,
  run: { readonly period: number; readonly methodologyId: string },
): Promise<PreviousRun | null> {
  const row = await db
    .selectFrom('rating_run')
    .select(['id', 'period'])
    .where('methodology_id', '=', run.methodologyId)
    .where('period', '<', run.period)
    .where('status', '=', 'published')
    .orderBy('period', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return row ? { runId: row.id, period: row.period } : null;
}

/** Index results (rank, score) of a run by region; empty when the run has no index node. */
export async function indexResults(
  db: Kysely<DB>,
  runId: number,
): Promise<Map<string, { rank: number | null; score: number | null }>> {
  const root = await rootNodeId(db, runId);
  if (!root) return new Map();
  const rows = await db
    .selectFrom('rating_result')
    .select(['region_code', 'rank', 'score'])
    .where('run_id', '=', runId)
    .where('node_id', '=', root)
    .execute();
  return new Map(rows.map((r) => [r.region_code, { rank: r.rank, score: r.score }]));
}

/** Ranking of a run on its root node, ordered by rank (unranked last, then by code). */
export async function getRanking(db: Kysely<DB>, run: RunSummary): Promise<RankingEntry[]> {
  const root = await rootNodeId(db, run.id);
  if (!root) return [];
  const rows = await db
    .selectFrom('rating_result as r')
    .innerJoin('region as g', 'g.code', 'r.region_code')
    .leftJoin('rank_interval as i', (join) =>
      join.onRef('i.run_id', '=', 'r.run_id').onRef('i.region_code', '=', 'r.region_code'),
    )
    .select([
      'r.rank',
      'r.region_code',
      'g.name_ru',
      'g.name_en',
      'g.federal_district',
      'r.score',
      'r.band',
      'i.median_rank',
      'i.q05',
      'i.q95',
    ])
    .where('r.run_id', '=', run.id)
    .where('r.node_id', '=', root)
    .orderBy('r.rank')
    .orderBy('r.region_code')
    .execute();
  const previousRun = await previousPublishedRun(db, { period: run.period, methodologyId: run.methodology.id });
  const previous = previousRun ? await indexResults(db, previousRun.runId) : null;
  return rows
    .map((row) => {
      const before = previous?.get(row.region_code);
      return {
        rank: row.rank,
        regionCode: row.region_code,
        nameRu: row.name_ru,
        nameEn: row.name_en,
        federalDistrict: row.federal_district,
        score: row.score,
        band: row.band,
        interval: toInterval(row.median_rank, row.q05, row.q95),
        change:
          previousRun === null
            ? null
            : {
                previousPeriod: previousRun.period,
                previousRunId: previousRun.runId,
                previousRank: before?.rank ?? null,
                rankDelta: before?.rank != null && row.rank !== null ? before.rank - row.rank : null,
                scoreDelta: before?.score != null && row.score !== null ? row.score - before.score : null,
              },
      };
    })
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.regionCode.localeCompare(b.regionCode));
}

/** A rank interval when the analysis produced all three numbers (an unranked region has none), else null. */
function toInterval(median: number | null, q05: number | null, q95: number | null): RankingEntry['interval'] {
  return median === null || q05 === null || q95 === null ? null : { median, q05, q95 };
}

function toRunSummary(row: SummaryRow): RunSummary {
  return {
    id: row.id,
    period: row.period,
    status: row.status,
    version: row.version,
    methodology: { id: row.methodology_id, version: row.methodology_version, hash: row.methodology_hash },
    synthetic: row.synthetic,
    supersedesRunId: row.supersedes_run_id,
    correctionReason: row.correction_reason,
    createdAt: iso(row.created_at)!,
    publishedAt: iso(row.published_at),
    withdrawnAt: iso(row.withdrawn_at),
    withdrawnReason: row.withdrawn_reason,
    headline: row.headline,
  };
}

export interface RegionInfo {
  readonly code: string;
  readonly nameRu: string;
  readonly nameEn: string;
  readonly federalDistrict: string;
  readonly population: number;
  readonly tileRow: number;
  readonly tileCol: number;
}

export async function listRegions(db: Kysely<DB>): Promise<RegionInfo[]> {
  const rows = await db.selectFrom('region').selectAll().orderBy('code').execute();
  return rows.map((r) => ({
    code: r.code,
    nameRu: r.name_ru,
    nameEn: r.name_en,
    federalDistrict: r.federal_district,
    population: r.population,
    tileRow: r.tile_row,
    tileCol: r.tile_col,
  }));
}

export interface Component {
  readonly nodeId: string;
  readonly kind: string;
  readonly labelRu: string;
  readonly labelEn: string;
  /** Weight of the node among its siblings, as stored (not renormalised). */
  readonly weight: number;
  readonly score: number | null;
  readonly rank: number | null;
}

export interface RegionInRun {
  readonly regionCode: string;
  readonly score: number | null;
  readonly rank: number | null;
  readonly band: string | null;
  readonly interval: { readonly median: number; readonly q05: number; readonly q95: number } | null;
  /**
   * Distance to the next rank up: the region placed immediately above (lowest rank number r' < rank) and
   * gap = its score − this score (≥ 0). Null for the leader, an unranked region, or a missing score.
   */
  readonly nextUp: { readonly regionCode: string; readonly rank: number; readonly gap: number } | null;
  /** The root's children (services or stages): what pulls the region up or down. */
  readonly components: readonly Component[];
}

export async function getRegionInRun(db: Kysely<DB>, runId: number, regionCode: string): Promise<RegionInRun | null> {
  const root = await rootNodeId(db, runId);
  if (!root) return null;
  const own = await db
    .selectFrom('rating_result')
    .selectAll()
    .where('run_id', '=', runId)
    .where('node_id', '=', root)
    .where('region_code', '=', regionCode)
    .executeTakeFirst();
  if (!own) return null;
  const interval = await db
    .selectFrom('rank_interval')
    .select(['median_rank', 'q05', 'q95'])
    .where('run_id', '=', runId)
    .where('region_code', '=', regionCode)
    .executeTakeFirst();
  const above =
    own.rank === null || own.score === null
      ? undefined
      : await db
          .selectFrom('rating_result')
          .select(['region_code', 'rank', 'score'])
          .where('run_id', '=', runId)
          .where('node_id', '=', root)
          .where('rank', '<', own.rank)
          .orderBy('rank', 'desc')
          .orderBy('region_code')
          .executeTakeFirst();
  const components = await db
    .selectFrom('rating_node as n')
    .leftJoin('rating_result as r', (join) =>
      join.onRef('r.run_id', '=', 'n.run_id').onRef('r.node_id', '=', 'n.node_id').on('r.region_code', '=', regionCode),
    )
    .select(['n.node_id', 'n.kind', 'n.label_ru', 'n.label_en', 'n.weight', 'r.score', 'r.rank'])
    .where('n.run_id', '=', runId)
    .where('n.parent_id', '=', root)
    .orderBy('n.node_id')
    .execute();
  return {
    regionCode,
    score: own.score,
    rank: own.rank,
    band: own.band,
    interval: interval ? toInterval(interval.median_rank, interval.q05, interval.q95) : null,
    nextUp:
      above && above.rank !== null && above.score !== null && own.score !== null
        ? { regionCode: above.region_code, rank: above.rank, gap: above.score - own.score }
        : null,
    components: components.map((c) => ({
      nodeId: c.node_id,
      kind: c.kind,
      labelRu: c.label_ru,
      labelEn: c.label_en,
      weight: c.weight,
      score: c.score,
      rank: c.rank,
    })),
  };
}

export interface RunMethodology {
  readonly methodology: {
    readonly id: string;
    readonly version: string;
    readonly hash: string;
    readonly name: string;
    readonly document: unknown;
  };
  readonly inputHash: string;
  readonly nodes: readonly {
    nodeId: string;
    parentId: string | null;
    level: number;
    kind: string;
    labelRu: string;
    labelEn: string;
    weight: number;
    method: unknown;
  }[];
  readonly buildLog: unknown;
}

export async function getRunMethodology(db: Kysely<DB>, runId: number): Promise<RunMethodology | null> {
  const run = await db
    .selectFrom('rating_run as r')
    .innerJoin('methodology as m', 'm.hash', 'r.methodology_hash')
    .select(['m.id', 'm.version', 'm.hash', 'm.name', 'm.document', 'r.input_hash', 'r.build_log'])
    .where('r.id', '=', runId)
    .executeTakeFirst();
  if (!run) return null;
  const nodes = await db
    .selectFrom('rating_node')
    .selectAll()
    .where('run_id', '=', runId)
    .orderBy('level')
    .orderBy('node_id')
    .execute();
  return {
    methodology: { id: run.id, version: run.version, hash: run.hash, name: run.name, document: run.document },
    inputHash: run.input_hash,
    buildLog: run.build_log,
    nodes: nodes.map((n) => ({
      nodeId: n.node_id,
      parentId: n.parent_id,
      level: n.level,
      kind: n.kind,
      labelRu: n.label_ru,
      labelEn: n.label_en,
      weight: n.weight,
      method: n.method,
    })),
  };
}

export interface ChangelogEntry {
  readonly runId: number;
  readonly period: number;
  readonly methodologyId: string;
  readonly version: number;
  readonly publishedAt: string;
  readonly supersedesRunId: number | null;
  readonly correctionReason: string | null;
  readonly withdrawnAt: string | null;
  readonly withdrawnReason: string | null;
  readonly synthetic: boolean;
  /** Whether the run is now the headline methodology of its period. */
  readonly headline: boolean;
  /** The run that took over the headline from this one (withdrawn, corrected, or another made headline). */
  readonly headlinePassedTo: number | null;
}

/** Every run that was ever published, newest publication first: the public changelog. Drafts never appear. */
export async function getChangelog(db: Kysely<DB>): Promise<ChangelogEntry[]> {
  const rows = await db
    .selectFrom('rating_run')
    .select([
      'id',
      'period',
      'methodology_id',
      'version',
      'published_at',
      'supersedes_run_id',
      'correction_reason',
      'withdrawn_at',
      'withdrawn_reason',
      'synthetic',
      'headline',
      'headline_passed_to',
    ])
    .where('status', '<>', 'draft')
    .orderBy('published_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map((r) => ({
    runId: r.id,
    period: r.period,
    methodologyId: r.methodology_id,
    version: r.version!,
    publishedAt: iso(r.published_at)!,
    supersedesRunId: r.supersedes_run_id,
    correctionReason: r.correction_reason,
    withdrawnAt: iso(r.withdrawn_at),
    withdrawnReason: r.withdrawn_reason,
    synthetic: r.synthetic,
    headline: r.headline,
    headlinePassedTo: r.headline_passed_to,
  }));
}
