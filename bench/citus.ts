/**
 * The same application log into one PostgreSQL and into a Citus cluster (scripts/citus-cluster: a coordinator and
 * two workers): rows/s of the ingest (parse, validate, COPY through the coordinator, derive the stage indicators,
 * commit) and the time of the derivation queries over the whole log, for both. SYNTHETIC rows (seeded by the row
 * number, every region and service).
 *
 * On one machine the three Citus nodes share the same cores and disk as the single server, so this shows that the
 * distributed path works and what the coordinator costs; it does not show how Citus scales (that needs workers on
 * their own machines).
 *
 * Run: node --import tsx bench/citus.ts [--rows N] [--repeat R]
 * Needs TEST_DATABASE_URL or DATABASE_URL (a scratch database is created and dropped) and CITUS_TEST_URL (the
 * coordinator; its tables are EMPTIED). Prints the median of R runs (default 3) and every run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Kysely, sql } from 'kysely';
import pg from 'pg';
import { connect, type Database } from '../src/db/connect.js';
import { migrateToLatest } from '../src/db/migrate.js';
import type { DB } from '../src/db/tables.js';
import { ingestFiles } from '../src/ingest/ingest-files.js';
import { queryChannelSummaries } from '../src/programme/channel-queries.js';
import { loadCatalogue } from '../src/reference/catalogue.js';
import { storeCatalogue } from '../src/reference/store.js';
import { BENCH_PERIOD, median, timed, writeApplicationLog } from './support/application-log.js';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};

async function emptyTables(db: Kysely<DB>): Promise<void> {
  const { rows } = await sql<{ name: string }>`SELECT c.relname AS name FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema()
    WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relname NOT LIKE 'kysely\\_%'`.execute(db);
  if (rows.length > 0)
    await sql.raw(`TRUNCATE ${rows.map((r) => `"${r.name}"`).join(', ')} RESTART IDENTITY CASCADE`).execute(db);
}

/** The derivation queries of the ingest and of the programme analytics, over every region of the period. */
const QUERIES: Record<string, (db: Kysely<DB>) => Promise<unknown>> = {
  'stage indicators (percentiles per region × service)': (db) =>
    sql`
    SELECT region_code, service_id, count(*) AS n,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM decided_at - submitted_at)) AS median,
      percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM decided_at - submitted_at)) AS p90,
      avg(rating) AS rating
    FROM application WHERE year = ${BENCH_PERIOD} GROUP BY region_code, service_id`.execute(db),
  'channel volumes (region × OKTMO × service × channel)': (db) =>
    sql`
    SELECT region_code, oktmo, service_id, channel, count(*), count(*) FILTER (WHERE outcome = 'issued')
    FROM application WHERE year = ${BENCH_PERIOD} GROUP BY region_code, oktmo, service_id, channel`.execute(db),
  'programme channel summaries per region': (db) => queryChannelSummaries(db, { year: BENCH_PERIOD, regionCode: null }),
  'programme channel summaries, national (gathered on the coordinator)': (db) =>
    queryChannelSummaries(db, { year: BENCH_PERIOD, regionCode: null, national: true }),
};

interface Result {
  ingestMs: number[];
  queryMs: Record<string, number[]>;
}

async function measure(database: Database, file: string, repeat: number): Promise<Result> {
  await migrateToLatest(database.db);
  const result: Result = { ingestMs: [], queryMs: Object.fromEntries(Object.keys(QUERIES).map((q) => [q, []])) };
  for (let r = 0; r < repeat; r++) {
    await emptyTables(database.db);
    await storeCatalogue(database.db, loadCatalogue());
    result.ingestMs.push(
      await timed(async () => {
        const summary = await ingestFiles(database, [file], {
          period: BENCH_PERIOD,
          kind: 'applications',
          actor: 'bench',
        });
        if (summary.status === 'rejected')
          throw new Error(`bench log rejected: ${JSON.stringify(summary.firstRejects)}`);
      }),
    );
    for (const [name, query] of Object.entries(QUERIES))
      result.queryMs[name].push(await timed(() => query(database.db)));
  }
  return result;
}

async function main(): Promise<void> {
  const rows = arg('--rows', 200_000);
  const repeat = arg('--repeat', 3);
  const postgresUrl = process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  const citusUrl = process.env.CITUS_TEST_URL;
  if (!postgresUrl || !citusUrl) {
    console.error(
      'bench/citus: set TEST_DATABASE_URL (or DATABASE_URL) and CITUS_TEST_URL (scripts/citus-cluster prints it)',
    );
    process.exit(2);
  }
  const dir = mkdtempSync(join(tmpdir(), 'egov-bench-citus-'));
  const file = join(dir, 'SYNTHETIC-applications.csv');
  await writeApplicationLog(rows, file);
  const scratch = `egov_bench_citus_${process.pid}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${scratch}`);
  const url = new URL(postgresUrl);
  url.pathname = `/${scratch}`;
  const results: [string, Result][] = [];
  try {
    for (const [name, target] of [
      ['one PostgreSQL', url.toString()],
      ['Citus, coordinator + 2 workers', citusUrl],
    ] as const) {
      const database = await connect({ databaseUrl: target });
      try {
        results.push([name, await measure(database, file, repeat)]);
      } finally {
        await database.close();
      }
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    `SYNTHETIC application log: ${rows} rows, one year, 85 regions; median of ${repeat} runs (every run in brackets).`,
  );
  console.log(
    'One machine: the three Citus nodes share its cores and disk. This shows that the distributed path works, not that it scales.\n',
  );
  for (const [name, r] of results) {
    const ingest = median(r.ingestMs);
    console.log(`${name}`);
    console.log(
      `  ingest (COPY + derived indicators + commit): ${(rows / (ingest / 1000)).toFixed(0)} rows/s, ${(ingest / 1000).toFixed(2)} s [${r.ingestMs.map((m) => (m / 1000).toFixed(2)).join(', ')}]`,
    );
    for (const [query, ms] of Object.entries(r.queryMs)) {
      console.log(`  ${query}: ${median(ms).toFixed(0)} ms [${ms.map((m) => m.toFixed(0)).join(', ')}]`);
    }
  }
}

await main();
