/**
 * The whole job on one PostgreSQL and on a Citus cluster (a coordinator and two workers, scripts/citus-cluster) gives
 * the same answers: the small SYNTHETIC demo dataset (two years, a few thousand applications) goes through reference
 * load, ingest (measurements; application logs through COPY via the coordinator), derived indicators, rating,
 * analysis, publication, CSV export, programme analytics and web reads on both, and every stored number, every
 * programme figure, every CSV byte and every web response must be identical.
 *
 * Needs CITUS_TEST_URL (the coordinator, e.g. postgresql://postgres@127.0.0.1:9700/egov; its tables are EMPTIED)
 * and TEST_DATABASE_URL (a plain PostgreSQL where a scratch database is created and dropped). .ci/run sets both;
 * without them the tests are reported as skipped.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Kysely, sql } from 'kysely';
import pg from 'pg';
import { applyCitusLayout, CITUS_LAYOUT } from '../../src/db/citus-layout.js';
import { connect, type Database } from '../../src/db/connect.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import type { DB } from '../../src/db/tables.js';
import { generateDemoFiles } from '../../src/demo/write-files.js';
import type { DemoFileSet } from '../../src/demo/demo-file-set.js';
import { ingestFiles } from '../../src/ingest/ingest-files.js';
import { loadProgrammeReport } from '../../src/programme/load.js';
import { analyseRun } from '../../src/ratings/analyse-run.js';
import { catalogueLists } from '../../src/ratings/catalogue-lists.js';
import { publishRun } from '../../src/ratings/publish.js';
import { ratePeriod } from '../../src/ratings/rate-period.js';
import { resolveMethodology } from '../../src/ratings/resolve-methodology.js';
import { loadCatalogue } from '../../src/reference/catalogue.js';
import { storeCatalogue } from '../../src/reference/store.js';
import { writeCsvFiles } from '../../src/report/csv/write-csv.js';
import { loadPublicationModel } from '../../src/report/load-model.js';
import { createApp } from '../../src/web/app.js';
import { databaseUrl } from '../support/paths.js';

const citusUrl = process.env.CITUS_TEST_URL;
const postgresUrl = process.env.TEST_DATABASE_URL;
const enabled = Boolean(citusUrl && postgresUrl);
const describeCluster = enabled ? describe : describe.skip;

const YEARS = [2018, 2019];
const APPLICATIONS = 4000;
const MONTE_CARLO_RUNS = 20;
const PUBLISHED_AT = new Date('2020-03-01T00:00:00Z');

/** Everything the job produced on one database, in a form that compares exactly. */
interface Outcome {
  tables: Record<string, unknown[]>;
  programme: unknown[];
  csv: Map<string, Buffer>;
  web: Map<string, string>;
}

/** Every stored number of the derived indicators and of the rating runs (timestamps of the runs left out). */
const COMPARED: Record<string, string> = {
  derived_measurements: `SELECT period, region_code, service_id, indicator_id, value, batch_id FROM measurement
    WHERE origin = 'derived' ORDER BY 1, 2, 3, 4`,
  ingested_measurements: `SELECT period, region_code, service_id, indicator_id, value, batch_id FROM measurement
    WHERE origin = 'ingested' ORDER BY 1, 2, 3, 4`,
  channel_volume: 'SELECT * FROM channel_volume ORDER BY period, region_code, oktmo, service_id, channel',
  batches: `SELECT id, kind, period, content_sha256, status, rows_total, rows_accepted, rows_rejected, parent_batch_id, summary
    FROM ingest_batch ORDER BY id`,
  rating_run: `SELECT id, period, methodology_id, methodology_version, methodology_hash, input_hash, build_log, status, version,
    supersedes_run_id, synthetic FROM rating_run ORDER BY id`,
  rating_node: 'SELECT * FROM rating_node ORDER BY run_id, node_id',
  rating_result: 'SELECT * FROM rating_result ORDER BY run_id, node_id, region_code',
  rating_analysis: 'SELECT run_id, replications, seed, params, summary FROM rating_analysis ORDER BY run_id',
  rank_interval: 'SELECT * FROM rank_interval ORDER BY run_id, region_code',
  sensitivity_index: 'SELECT * FROM sensitivity_index ORDER BY run_id, assumption, target',
  coherence_flag: 'SELECT * FROM coherence_flag ORDER BY run_id, node_id, other_node_id, flag',
};

const WEB_PATHS = [
  '/api/v1/periods',
  '/api/v1/runs',
  '/api/v1/runs/2/ranking',
  '/api/v1/runs/2/regions/RU-MOW',
  '/api/v1/periods/2019/rating',
  '/api/v1/regions/RU-TVE',
  '/',
  '/ratings/2019',
  '/regions/RU-MOW',
  '/programme/2019',
];

/** Empties every table of the coordinator's schema (migrated earlier, or not at all), keeping the distribution. */
async function emptyTables(db: Kysely<DB>): Promise<void> {
  const { rows } = await sql<{ name: string }>`SELECT c.relname AS name FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema()
    WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relname NOT LIKE 'kysely\\_%'`.execute(db);
  if (rows.length === 0) return;
  await sql
    .raw(`TRUNCATE ${rows.map((r) => `"${r.name}"`).join(', ')} RESTART IDENTITY CASCADE`)
    .execute(db)
    .catch((error: Error) => {
      // The audit log is append-only by trigger (migration 0008): an earlier run's rows stay.
      throw new Error(
        `the Citus coordinator holds an earlier run's data (${error.message}); start a fresh cluster: ` +
          'scripts/citus-cluster stop && scripts/citus-cluster start',
      );
    });
}

/** Wall time of each step per database, printed at the end (CI time budget). */
const timings: string[] = [];

async function runJob(name: string, database: Database, input: DemoFileSet, outDir: string): Promise<Outcome> {
  const { db } = database;
  let last = performance.now();
  const step = (what: string) => {
    const now = performance.now();
    timings.push(`${name}: ${what} ${((now - last) / 1000).toFixed(1)} s`);
    last = now;
  };
  await migrateToLatest(db);
  step('migrate');
  const catalogue = loadCatalogue();
  await storeCatalogue(db, catalogue);
  for (const file of input.files.filter((f) => f.ingest)) {
    const summary = await ingestFiles(database, [file.path], { period: file.period, kind: file.kind, actor: 'test' });
    if (summary.status === 'rejected')
      throw new Error(`${file.name} rejected: ${JSON.stringify(summary.firstRejects)}`);
  }
  step('reference load and ingest');
  const methodology = await resolveMethodology(db, 'ministry-2019', catalogueLists(catalogue));
  const csv = new Map<string, Buffer>();
  for (const period of input.years) {
    const rated = await ratePeriod(database, { period, methodology, catalogue, actor: 'test', synthetic: true });
    await analyseRun(database, rated.runId, { overrides: { runs: MONTE_CARLO_RUNS } });
    await publishRun(db, rated.runId, { actor: 'test', role: 'federal-analyst', at: PUBLISHED_AT });
    const dir = join(outDir, String(rated.runId));
    mkdirSync(dir, { recursive: true });
    for (const file of await writeCsvFiles(await loadPublicationModel(db, rated.runId), dir, 'ru')) {
      csv.set(`${rated.runId}/${file}`, readFileSync(join(dir, file)));
    }
    step(`rate, analyse, publish, export ${period}`);
  }
  const programme = [
    await loadProgrammeReport(db, { year: 2019 }),
    await loadProgrammeReport(db, { year: 2019, regionCode: 'RU-MOW', grain: 'month' }),
  ];
  step('programme analytics');
  const tables: Record<string, unknown[]> = {};
  for (const [table, query] of Object.entries(COMPARED)) tables[table] = (await sql.raw(query).execute(db)).rows;
  const web = await webReads(database, outDir);
  step('read back and web reads');
  return { tables, programme, csv, web };
}

/**
 * The two jobs ran at different wall-clock moments, so the stored creation times (database defaults: now()) differ;
 * every timestamp of today is masked, everything else must match.
 */
function maskJobTimes(body: string): string {
  const today = new Date().toISOString().slice(0, 10);
  const [y, m, d] = today.split('-');
  return body
    .replace(new RegExp(`${today}[T ][0-9:.]+(Z|[+-][0-9:]+)?`, 'g'), '<job time>')
    .replace(new RegExp(`${d}\\.${m}\\.${y}( [0-9:]+)?`, 'g'), '<job time>');
}

async function webReads(database: Database, reportsDir: string): Promise<Map<string, string>> {
  const app = createApp({ database, config: { reportsDir }, clock: () => PUBLISHED_AT, log: () => undefined });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const bodies = new Map<string, string>();
  try {
    for (const path of WEB_PATHS) {
      const response = await fetch(base + path);
      bodies.set(path, `${response.status}\n${maskJobTimes(await response.text())}`);
    }
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
  return bodies;
}

describeCluster(
  `the whole job on Citus (coordinator + 2 workers) equals one PostgreSQL${enabled ? '' : ' [skipped: set CITUS_TEST_URL and TEST_DATABASE_URL]'}`,
  () => {
    const work = mkdtempSync(join(tmpdir(), 'egov-citus-eq-'));
    const scratch = `egov_citus_eq_${process.pid}`;
    let citus: Database;
    let single: Database;
    let onCitus: Outcome;
    let onPostgres: Outcome;

    beforeAll(async () => {
      const admin = new pg.Client({ connectionString: postgresUrl });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${scratch}`);
      await admin.end();
      single = await connect({ databaseUrl: databaseUrl(postgresUrl!, scratch) });
      citus = await connect({ databaseUrl: citusUrl });
      await emptyTables(citus.db);
      const input = await generateDemoFiles(join(work, 'input'), { applications: APPLICATIONS, years: YEARS });
      // Both jobs at once: the databases work in parallel, and the test stays within a couple of minutes.
      [onCitus, onPostgres] = await Promise.all([
        runJob('citus', citus, input, join(work, 'citus')),
        runJob('postgres', single, input, join(work, 'postgres')),
      ]);
    }, 600_000);

    afterAll(async () => {
      console.log(`Citus equivalence, wall time per step:\n${timings.join('\n')}`);
      await citus?.close();
      await single?.close();
      const admin = new pg.Client({ connectionString: postgresUrl });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
      await admin.end();
      rmSync(work, { recursive: true, force: true });
    });

    test('the tables are laid out as CITUS_LAYOUT says, with the application log sharded over both workers', async () => {
      const { rows } = await sql<{ table_name: string; method: string; repmodel: string }>`
      SELECT logicalrelid::regclass::text AS table_name, partmethod AS method, repmodel FROM pg_dist_partition`.execute(
        citus.db,
      );
      const placed = new Map(
        rows.map((r) => [
          r.table_name,
          r.method === 'h' ? 'distributed' : r.repmodel === 't' ? 'reference' : 'coordinator',
        ]),
      );
      for (const [table, placement] of Object.entries(CITUS_LAYOUT))
        expect([table, placed.get(table)]).toEqual([table, placement.as]);
      expect(placed.get('application_y2019')).toBe('distributed');
      const workers = await sql<{ nodeport: number; rows: string }>`
      SELECT nodeport, count(*)::text AS rows FROM citus_shards WHERE table_name = 'application_y2019'::regclass GROUP BY nodeport`.execute(
        citus.db,
      );
      expect(workers.rows).toHaveLength(2);
      const again = await applyCitusLayout(citus.db);
      expect(again.filter((c) => c.changed)).toEqual([]);
      expect(again).toHaveLength(Object.keys(CITUS_LAYOUT).length);
    });

    test('the application log and the measurements arrived whole on the cluster', async () => {
      const count = async (db: Kysely<DB>) =>
        (await sql<{ n: number }>`SELECT count(*)::int AS n FROM application`.execute(db)).rows[0].n;
      expect(await count(citus.db)).toBeGreaterThan(APPLICATIONS / 2);
      expect(await count(citus.db)).toBe(await count(single.db));
    });

    test.each(Object.keys(COMPARED))('%s: identical rows', (name) => {
      const [a, b] = [onCitus.tables[name], onPostgres.tables[name]];
      expect(a.length).toBeGreaterThan(0);
      expect(a.length).toBe(b.length);
      // Row by row, reporting the first difference (a deep equality of thousands of rows at once is slow to diff).
      const differs = a.findIndex((row, i) => JSON.stringify(row) !== JSON.stringify(b[i]));
      expect(differs === -1 ? null : { row: differs, citus: a[differs], postgres: b[differs] }).toBeNull();
    });

    test('programme figures (nation, and one region by month) are identical', () => {
      expect(onCitus.programme).toEqual(onPostgres.programme);
    });

    test('exported CSV files are byte-identical', () => {
      expect(onCitus.csv.size).toBeGreaterThanOrEqual(2 * YEARS.length);
      expect([...onCitus.csv.keys()].sort()).toEqual([...onPostgres.csv.keys()].sort());
      for (const [file, bytes] of onCitus.csv)
        expect([file, bytes.equals(onPostgres.csv.get(file)!)]).toEqual([file, true]);
    });

    test('web reads from the coordinator answer exactly as from one PostgreSQL', () => {
      for (const path of WEB_PATHS) {
        expect(onCitus.web.get(path)!.startsWith('200\n')).toBe(true);
        expect([path, onCitus.web.get(path)]).toEqual([path, onPostgres.web.get(path)]);
      }
    });
  },
);
