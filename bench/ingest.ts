/**
 * Benchmark of the application-log ingest: generates N synthetic application rows (SYNTHETIC data, seeded by the row
 * number; 1 million by default, 10 million with --big), ingests them with `ingestFiles` into PostgreSQL and into
 * PGlite, and compares with the floor of this path: a plain COPY of the same rows, already in COPY form, into the
 * same table. Each measurement runs in its own child process so that its peak RSS is its own.
 *
 * Run: node --import tsx bench/ingest.ts [--rows N | --big] [--repeat R] [--only postgres|pglite] [--database-url URL]
 * PostgreSQL: DATABASE_URL or TEST_DATABASE_URL (a scratch database is created and dropped); skipped when unset.
 * Prints, per database, the median of R runs (default 3; 1 with --big) of rows/s, peak RSS and the ratio ingest / plain
 * COPY (each run: a plain COPY, then an ingest, into the same emptied table; every run's figures in brackets). The ingest time includes parsing, validation and the
 * SQL derivation of the stage indicators (reported separately as derived rows).
 * The machine is shared, so wall-clock figures are noisy: each run also gives the 1-minute load average when it
 * started and its CPU time, the child's own (Node; on PGlite the database too) plus, on a PostgreSQL server on this
 * machine, the CPU of the child's server processes (read from /proc when they end; absent when unreadable). The
 * CPU ratio (plain COPY CPU / ingest CPU) is the noise-resistant counterpart of the throughput ratio.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { connect, type Database } from '../src/db/connect.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { loadCatalogue } from '../src/reference/catalogue.js';
import { storeCatalogue } from '../src/reference/store.js';
import { ingestFiles } from '../src/ingest/ingest-files.js';
import { APPLICATION_COPY_COLUMNS } from '../src/ingest/rows/application-rows.js';
import { inTransaction } from '../src/ingest/store/session.js';
import { createReadStream } from 'node:fs';
import { BENCH_PERIOD, median, writeApplicationLog } from './support/application-log.js';

interface Measure {
  ms: number;
  rows: number;
  peakRssMb: number;
  derived?: number;
  /** CPU seconds of the child process (user + system). */
  cpuS: number;
  /** CPU seconds of the child's PostgreSQL server processes; null on PGlite or when /proc cannot tell. */
  serverCpuS: number | null;
  /** 1-minute load average when the run started. */
  load: number;
}

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

async function openTarget(target: string): Promise<Database> {
  return target.startsWith('postgres') ? connect({ databaseUrl: target }) : connect({ dataDir: target });
}

/** CPU seconds (user + system) of a process of this machine by /proc/PID/stat; null when it cannot be read. */
function procCpuS(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100 on Linux)
  } catch {
    return null;
  }
}

/**
 * CPU seconds of the server processes serving this child: the client backends of the bench database (a fresh
 * database only this child uses, each backend started by the child, so its whole CPU is the child's). Read before the
 * child closes its connections. Null on PGlite, or when a backend's /proc entry cannot be read (a remote server).
 */
async function serverCpuS(database: Database): Promise<number | null> {
  if (database.kind !== 'postgres') return null;
  const { rows } = await sql<{ pid: number }>`
    SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend'`.execute(
    database.db,
  );
  let total = 0;
  for (const { pid } of rows) {
    const cpu = procCpuS(pid);
    if (cpu === null) return null;
    total += cpu;
  }
  return total;
}

/** When a child's measured work starts: the clock, the child's CPU so far (start-up not counted) and the load. */
function start(): { at: number; cpu: NodeJS.CpuUsage; load: number } {
  return { at: performance.now(), cpu: process.cpuUsage(), load: loadavg()[0] };
}

function childMeasure(
  started: ReturnType<typeof start>,
  ms: number,
  rows: number,
  server: number | null,
  derived?: number,
): Measure {
  const cpu = process.cpuUsage(started.cpu);
  return {
    ms,
    rows,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    derived,
    cpuS: (cpu.user + cpu.system) / 1e6,
    serverCpuS: server,
    load: started.load,
  };
}

/** Child: plain COPY of the prepared lines inside a transaction (rolled back), after a batch row with id 1. */
async function childCopy(target: string, copyPath: string, rows: number): Promise<Measure> {
  const database = await openTarget(target);
  const started = start();
  try {
    await inTransaction(database, async (session) => {
      await session.query(
        `INSERT INTO ingest_batch (id, kind, period, content_sha256, source_name) VALUES (1, 'applications', $1, $2, 'bench')`,
        [BENCH_PERIOD, '0'.repeat(64)],
      );
      await session.copyCsv(
        'application',
        APPLICATION_COPY_COLUMNS,
        wholeLines(createReadStream(copyPath, { encoding: 'utf8', highWaterMark: 256 * 1024 })),
      );
      throw new RolledBack(performance.now() - started.at);
    });
  } catch (error) {
    if (!(error instanceof RolledBack)) throw error;
    return childMeasure(started, error.ms, rows, await serverCpuS(database));
  } finally {
    await database.close();
  }
  throw new Error('unreachable: the COPY transaction always rolls back');
}

/** Re-cuts text chunks at line ends (PGlite COPYs each gathered chunk separately, so no line may be split). */
async function* wholeLines(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let rest = '';
  for await (const chunk of chunks) {
    const text = rest + chunk;
    const end = text.lastIndexOf('\n') + 1;
    rest = text.slice(end);
    if (end > 0) yield text.slice(0, end);
  }
  if (rest !== '') yield `${rest}\n`;
}

class RolledBack extends Error {
  constructor(readonly ms: number) {
    super('rolled back');
  }
}

async function childIngest(target: string, csvPath: string): Promise<Measure> {
  const database = await openTarget(target);
  try {
    const started = start();
    const summary = await ingestFiles(database, [csvPath], {
      period: BENCH_PERIOD,
      kind: 'applications',
      actor: 'bench',
    });
    const ms = performance.now() - started.at;
    return childMeasure(started, ms, summary.rowsAccepted, await serverCpuS(database), summary.derived?.measurements);
  } finally {
    await database.close();
  }
}

function runChild(mode: string, target: string, file: string, rows: number): Measure {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', new URL(import.meta.url).pathname, '--child', mode, target, file, String(rows)],
    { encoding: 'utf8', maxBuffer: 1 << 20, env: { ...process.env, NODE_OPTIONS: '' } },
  );
  return JSON.parse(out.trim().split('\n').pop()!) as Measure;
}

async function prepare(target: string): Promise<void> {
  const database = await openTarget(target);
  try {
    await migrateToLatest(database.db);
    await storeCatalogue(database.db, loadCatalogue());
  } finally {
    await database.close();
  }
}

/** All CPU seconds of a run: the child's and, where known, its server processes'. */
const totalCpuS = (m: Measure): number => m.cpuS + (m.serverCpuS ?? 0);

function cpuText(m: Measure): string {
  return m.serverCpuS === null
    ? `cpu ${m.cpuS.toFixed(1)} s`
    : `cpu ${totalCpuS(m).toFixed(1)} s (client ${m.cpuS.toFixed(1)} + server ${m.serverCpuS.toFixed(1)})`;
}

function line(name: string, m: Measure, runs: readonly Measure[]): string {
  const each = runs
    .map((r) => `${(r.ms / 1000).toFixed(1)} s ${r.peakRssMb.toFixed(0)} MB ${cpuText(r)} load ${r.load.toFixed(1)}`)
    .join('; ');
  return `${name.padEnd(28)} ${(m.rows / (m.ms / 1000)).toFixed(0).padStart(9)} rows/s  ${(m.ms / 1000).toFixed(1).padStart(7)} s  peak RSS ${m.peakRssMb.toFixed(0).padStart(5)} MB  ${cpuText(m)}  [${each}]`;
}

/** The median time, peak RSS, CPU and load of runs (each taken on its own). */
function medianOf(runs: readonly Measure[]): Measure {
  const servers = runs.map((r) => r.serverCpuS);
  return {
    ms: median(runs.map((r) => r.ms)),
    rows: runs[0].rows,
    peakRssMb: median(runs.map((r) => r.peakRssMb)),
    derived: runs[0].derived,
    cpuS: median(runs.map((r) => r.cpuS)),
    serverCpuS: servers.includes(null) ? null : median(servers as number[]),
    load: median(runs.map((r) => r.load)),
  };
}

/** Empties the application log (and the batches) between runs, so every run ingests into the same empty table. */
async function emptyApplications(target: string): Promise<void> {
  const database = await openTarget(target);
  try {
    await sql`TRUNCATE application, ingest_batch CASCADE`.execute(database.db);
  } finally {
    await database.close();
  }
}

async function main(): Promise<void> {
  if (process.argv[2] === '--child') {
    const [, , , mode, target, file, rows] = process.argv;
    const result = mode === 'copy' ? await childCopy(target, file, Number(rows)) : await childIngest(target, file);
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  const big = process.argv.includes('--big');
  const rows = big ? 10_000_000 : Number(arg('--rows') ?? 1_000_000);
  const repeat = Number(arg('--repeat') ?? (big ? 1 : 3));
  const only = arg('--only');
  const url = arg('--database-url') ?? process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  const dir = mkdtempSync(join(tmpdir(), 'egov-bench-ingest-'));
  const csvPath = join(dir, 'applications-SYNTHETIC.csv');
  const copyPath = join(dir, 'applications-SYNTHETIC.copy.csv');
  try {
    let t = performance.now();
    await writeApplicationLog(rows, csvPath, copyPath);
    console.log(
      `generated ${rows.toLocaleString('en-US')} SYNTHETIC application rows in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );
    const targets: [string, string, () => Promise<void>][] = [];
    if (url && only !== 'pglite') {
      const name = `egov_bench_${process.pid}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      const u = new URL(url);
      u.pathname = `/${name}`;
      targets.push([
        'PostgreSQL',
        u.toString(),
        async () => {
          await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
          await admin.end();
        },
      ]);
    }
    if (only !== 'postgres') targets.push(['PGlite', join(dir, 'pglite'), async () => undefined]);
    for (const [label, target, cleanup] of targets) {
      try {
        t = performance.now();
        await prepare(target);
        const copies: Measure[] = [];
        const ingests: Measure[] = [];
        for (let r = 0; r < repeat; r++) {
          copies.push(runChild('copy', target, copyPath, rows));
          ingests.push(runChild('ingest', target, csvPath, rows));
          if (r < repeat - 1) await emptyApplications(target);
        }
        const copy = medianOf(copies);
        const ingest = medianOf(ingests);
        const ratios = copies.map((c, r) => c.ms / ingests[r].ms);
        const cpuRatios = copies.map((c, r) => totalCpuS(c) / totalCpuS(ingests[r]));
        const list = (xs: number[]) => `${median(xs).toFixed(2)} [${xs.map((x) => x.toFixed(2)).join(', ')}]`;
        console.log(`${label} (median of ${repeat}):`);
        console.log(line('  plain COPY (floor)', copy, copies));
        console.log(line('  egov ingest (all included)', ingest, ingests));
        console.log(
          `  ratio ingest / plain COPY throughput: ${list(ratios)} (target ≥ ${label === 'PGlite' ? '0.60' : '0.80'}); derived values: ${ingest.derived}`,
        );
        console.log(`  ratio of CPU time, plain COPY / ingest (noise-resistant): ${list(cpuRatios)}`);
      } finally {
        await cleanup();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
