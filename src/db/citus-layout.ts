/**
 * Where every table lives on a Citus cluster, as data, applied after the migrations when the database is a Citus
 * coordinator (the `citus` extension is installed and `citus_is_coordinator()` says so). On PGlite and on plain
 * PostgreSQL nothing happens. Applying is idempotent: a table already placed as listed is left alone, so it runs on
 * every start like the migrations; a table placed differently from the list is an error (moving a table between
 * placements is an operator's decision: `undistribute_table`, then start again).
 *
 *   reference    copied to every node: the small catalogues the large tables join with or reference by foreign key
 *   distributed  sharded by `region_code`, all co-located (shard n of every table on the same worker), so every
 *                per-region join, GROUP BY region_code and foreign key between them runs on the worker
 *   coordinator  a "Citus local table": kept on the coordinator only, but known to Citus so it can reference the
 *                reference tables and join with any table; for small tables and tables without a region key
 *
 * The list is typed by the table types (`Record<keyof DB, …>`), so a new table does not compile until it is placed
 * here with a reason. Partitions follow their parent (a new `application_yNNNN` is distributed by Citus itself).
 */
import { type Kysely, sql } from 'kysely';
import type { DB } from './tables.js';

export const PLACEMENTS = ['reference', 'distributed', 'coordinator'] as const;
export type PlacementKind = (typeof PLACEMENTS)[number];

export type Placement =
  | { readonly as: 'reference'; readonly reason: string }
  | { readonly as: 'distributed'; readonly by: 'region_code'; readonly reason: string }
  | { readonly as: 'coordinator'; readonly reason: string };

const CATALOGUE = 'catalogue, small, joined with and referenced by the distributed tables';
const REGION_KEYED = 'per region, grows with the national volume';
const RUN_ARTIFACT = 'part of a rating run: 85 regions × nodes per run, read by run id, never joined with the logs';

/**
 * Every table and its placement, in the order they are applied (a reference table after the reference tables it
 * references). The distributed tables are co-located with the first one.
 */
export const CITUS_LAYOUT: Readonly<Record<keyof DB, Placement>> = {
  federal_district: { as: 'reference', reason: CATALOGUE },
  region: { as: 'reference', reason: CATALOGUE },
  stage: { as: 'reference', reason: CATALOGUE },
  service: { as: 'reference', reason: CATALOGUE },
  indicator: { as: 'reference', reason: CATALOGUE },
  ingest_batch: {
    as: 'reference',
    reason:
      'a few rows per file; every distributed row references its batch by foreign key, which Citus allows only to a reference table',
  },
  methodology: { as: 'reference', reason: 'catalogue of methodology versions, a few rows' },

  application: {
    as: 'distributed',
    by: 'region_code',
    reason: `the application log (partitioned by year): ${REGION_KEYED}; hundreds of millions of rows a year`,
  },
  measurement: {
    as: 'distributed',
    by: 'region_code',
    reason: `${REGION_KEYED}; the derived indicators are written from the co-located application shards`,
  },
  channel_volume: {
    as: 'distributed',
    by: 'region_code',
    reason: `${REGION_KEYED} × municipality × service × channel; derived from the co-located application shards`,
  },
  adoption: {
    as: 'distributed',
    by: 'region_code',
    reason: `${REGION_KEYED} (region × year); read with the application counts of the same region`,
  },
  spending: { as: 'distributed', by: 'region_code', reason: `${REGION_KEYED} (region × year × programme)` },

  ingest_reject: {
    as: 'coordinator',
    reason: 'keyed by batch, not by region; rejected rows of a file are read together',
  },
  measurement_revision: {
    as: 'coordinator',
    reason:
      'its primary key is a serial id without region_code (Citus needs the distribution column in every unique key); grows only with corrections',
  },
  annual_revision: {
    as: 'coordinator',
    reason:
      'history of corrected target and spending cells (0006); a serial primary key without region_code, like measurement_revision; grows only with corrections',
  },
  rating_run: { as: 'coordinator', reason: RUN_ARTIFACT },
  rating_node: { as: 'coordinator', reason: RUN_ARTIFACT },
  rating_run_artifact: {
    as: 'coordinator',
    reason: `${RUN_ARTIFACT} (0007: frame, expanded methodology, labels; one row per run)`,
  },
  rating_input: {
    as: 'coordinator',
    reason: `${RUN_ARTIFACT} (0007: the run's input snapshot); references measurement_revision, which lives on the coordinator`,
  },
  rating_result: { as: 'coordinator', reason: RUN_ARTIFACT },
  rating_analysis: { as: 'coordinator', reason: RUN_ARTIFACT },
  rank_interval: { as: 'coordinator', reason: RUN_ARTIFACT },
  sensitivity_index: { as: 'coordinator', reason: RUN_ARTIFACT },
  coherence_flag: { as: 'coordinator', reason: RUN_ARTIFACT },
  run_comment: { as: 'coordinator', reason: 'comments on draft runs, a few rows per run' },
  api_token: {
    as: 'coordinator',
    reason: 'a few rows; read on every authenticated request, kept next to the web server',
  },
  audit_log: { as: 'coordinator', reason: 'one row per write action; read by time, not by region' },
  campaign: { as: 'coordinator', reason: 'one row per collection round (a few a year)' },
  campaign_submission: {
    as: 'coordinator',
    reason: 'a few files per region and campaign; read by campaign for the 85-region board; references ingest_batch',
  },
  campaign_comment: { as: 'coordinator', reason: 'a few comments per region and campaign' },
  web_session: { as: 'coordinator', reason: 'people signed in through the browser; read on every page request' },
  published_page: {
    as: 'coordinator',
    reason:
      'public responses rendered at publication (0013), read by key by the web server next to it; a few hundred rows without a region key, replaced in the publication transaction with rating_run (a coordinator table), so no cross-node write',
  },
  published_programme_report: {
    as: 'coordinator',
    reason:
      'national programme reports of published years (0013), three rows a year, read by year; written in the publication transaction with rating_run',
  },
};

/** The placement Citus reports for a table, or null when Citus does not know it (a plain PostgreSQL table). */
interface PlacedRow {
  table_name: string;
  placed: PlacementKind | null;
  column: string | null;
}

/** True when the database is a Citus coordinator (the extension is installed and this node coordinates). */
export async function isCitusCoordinator(db: Kysely<DB>): Promise<boolean> {
  const { rows } = await sql<{
    n: number;
  }>`SELECT count(*)::int AS n FROM pg_extension WHERE extname = 'citus'`.execute(db);
  if (rows[0].n === 0) return false;
  const coordinator = await sql<{ yes: boolean }>`SELECT citus_is_coordinator() AS yes`.execute(db);
  return coordinator.rows[0].yes;
}

/** What was done to each table: placed now, or already in place. */
export interface LayoutChange {
  table: string;
  as: PlacementKind;
  changed: boolean;
}

/**
 * Places every table as CITUS_LAYOUT says, when the database is a Citus coordinator; returns [] otherwise.
 * @throws when a table of the schema is not in the list, or is placed differently from the list.
 */
export async function applyCitusLayout(db: Kysely<DB>): Promise<LayoutChange[]> {
  if (!(await isCitusCoordinator(db))) return [];
  const current = await placedTables(db);
  const unlisted = [...current.keys()].filter((t) => !(t in CITUS_LAYOUT));
  if (unlisted.length > 0) {
    throw new Error(
      `Citus layout: table(s) ${unlisted.join(', ')} have no placement; add them to CITUS_LAYOUT in src/db/citus-layout.ts with a reason`,
    );
  }
  const colocateWith = Object.entries(CITUS_LAYOUT).find(([, p]) => p.as === 'distributed')?.[0];
  const changes: LayoutChange[] = [];
  const pending: [string, Placement][] = [];
  for (const [table, placement] of Object.entries(CITUS_LAYOUT) as [keyof DB, Placement][]) {
    const now = current.get(table);
    if (now === undefined) continue; // not created yet by the migrations (e.g. while migrating down and up)
    if (now.placed === placement.as && (placement.as !== 'distributed' || now.column === placement.by)) {
      changes.push({ table, as: placement.as, changed: false });
    } else if (now.placed !== null) {
      throw new Error(
        `Citus layout: table ${table} is ${describe(now)} but CITUS_LAYOUT says ${placement.as}; ` +
          `undistribute it (SELECT undistribute_table('${table}')) to let the layout place it again`,
      );
    } else {
      pending.push([table, placement]);
    }
  }
  if (pending.length === 0) return changes;
  // One transaction: a failure leaves every table where it was. Citus' automatic conversion of the local tables
  // that reference a new reference table is switched off: it would turn the partitioned application log into a
  // coordinator table (and fails on its partitions' CHECK constraints); the list places every table itself.
  await db.transaction().execute(async (trx) => {
    await sql`SET LOCAL citus.enable_local_reference_table_foreign_keys = off`.execute(trx);
    for (const [table, placement] of PLACE_ORDER.flatMap((kind) => pending.filter(([, p]) => p.as === kind))) {
      // A coordinator table takes the coordinator tables it has foreign keys with along (cascade_via_foreign_keys).
      if (placement.as === 'coordinator' && (await placedTables(trx)).get(table)?.placed === 'coordinator') {
        changes.push({ table, as: placement.as, changed: true });
        continue;
      }
      await place(trx, table, placement, colocateWith === table ? null : (colocateWith ?? null));
      changes.push({ table, as: placement.as, changed: true });
    }
  });
  return changes;
}

/** Reference tables first (the others reference them), then the distributed tables, then the coordinator's. */
const PLACE_ORDER: readonly PlacementKind[] = ['reference', 'distributed', 'coordinator'];

async function place(db: Kysely<DB>, table: string, placement: Placement, colocateWith: string | null): Promise<void> {
  if (placement.as === 'reference') {
    await sql`SELECT create_reference_table(${table}::regclass)`.execute(db);
  } else if (placement.as === 'distributed') {
    await sql`SELECT create_distributed_table(${table}::regclass, ${placement.by}, colocate_with => ${colocateWith ?? 'default'})`.execute(
      db,
    );
  } else {
    await sql`SELECT citus_add_local_table_to_metadata(${table}::regclass, cascade_via_foreign_keys => true)`.execute(
      db,
    );
  }
}

function describe(row: PlacedRow): string {
  return row.placed === 'distributed' ? `distributed by ${row.column}` : `a ${row.placed} table`;
}

/**
 * Top-level tables of the current schema (partitions and Kysely's own bookkeeping left out) with their Citus
 * placement: pg_dist_partition's partmethod 'h' = hash-distributed, 'n' with repmodel 't' = reference, 'n' with
 * repmodel 's' = Citus local (coordinator).
 */
async function placedTables(db: Kysely<DB>): Promise<Map<string, PlacedRow>> {
  const { rows } = await sql<PlacedRow>`
    SELECT c.relname AS table_name,
      CASE WHEN p.partmethod = 'h' THEN 'distributed'
           WHEN p.partmethod = 'n' AND p.repmodel = 't' THEN 'reference'
           WHEN p.partmethod = 'n' THEN 'coordinator' END AS placed,
      CASE WHEN p.partmethod = 'h' THEN column_to_column_name(p.logicalrelid, p.partkey) END AS column
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema()
    LEFT JOIN pg_dist_partition p ON p.logicalrelid = c.oid
    WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relname NOT LIKE 'kysely\\_%'`.execute(db);
  return new Map(rows.map((r) => [r.table_name, r]));
}
