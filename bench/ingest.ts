/**
 * Benchmark of the application-log ingest: generates N synthetic application rows (SYNTHETIC data, seeded by the row
 * number; 1 million by default, 10 million with --big), ingests them with `ingestFiles` into PostgreSQL and into
 * PGlite, and compares with the floor of this path: a plain COPY of the same rows, already in COPY form, into the
 * same table. Each measurement runs in its own child process so that its peak RSS is its own.
 *
 * Run: node --import tsx bench/ingest.ts [--rows N | --big] [--only postgres|pglite] [--database-url URL]
 * PostgreSQL: DATABASE_URL or TEST_DATABASE_URL (a scratch database is created and dropped); skipped when unset.
 * Prints rows/s, peak RSS and the ratio ingest / plain COPY. The ingest time includes parsing, validation and the
 * SQL derivation of the stage indicators (reported separately as derived rows).
 */
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import pg from 'pg';
import { connect, type Database } from '../src/db/connect.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { loadCatalogue } from '../src/reference/catalogue.js';
import { storeCatalogue } from '../src/reference/store.js';
import { ingestFiles } from '../src/ingest/ingest-files.js';
import { APPLICATION_COPY_COLUMNS } from '../src/ingest/rows/application-rows.js';
import { inTransaction } from '../src/ingest/store/session.js';
import { createReadStream } from 'node:fs';

const PERIOD = 2017;
const HEADER =
  'application_id,region,oktmo,service,channel,submitted_at,registered_at,interagency_sent_at,interagency_answered_at,decided_at,delivered_at,outcome,deadline_days,rating';

interface Measure {
  ms: number;
  rows: number;
  peakRssMb: number;
  derived?: number;
}

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

/** Writes the CSV the ingest reads and the COPY lines of the same rows (batch id 1). Deterministic, synthetic. */
async function generate(rows: number, csvPath: string, copyPath: string): Promise<void> {
  const catalogue = loadCatalogue();
  const regions = catalogue.regions.map((r) => ({ code: r.code, oktmo: r.oktmo }));
  const services = catalogue.services.map((s) => s.id);
  const channels = ['portal', 'mfc', 'mobile_office', 'paper'];
  const day = 86_400_000;
  const base = Date.UTC(PERIOD, 0, 1, 9);
  const csv = createWriteStream(csvPath);
  const copy = createWriteStream(copyPath);
  csv.write(`${HEADER}\n`);
  let csvBuffer: string[] = [];
  let copyBuffer: string[] = [];
  const flush = async () => {
    const okCsv = csv.write(csvBuffer.join(''));
    const okCopy = copy.write(copyBuffer.join(''));
    csvBuffer = [];
    copyBuffer = [];
    // Both listeners before any await: a 'drain' that fires while waiting for the other must not be missed.
    await Promise.all([okCsv || once(csv, 'drain'), okCopy || once(copy, 'drain')]);
  };
  for (let i = 0; i < rows; i++) {
    const region = regions[i % regions.length];
    const service = services[(i >>> 3) % services.length];
    const channel = channels[(i * 7) % 4];
    const submitted = base + ((i * 7919) % 330) * day + (i % 480) * 60_000;
    const sent = i % 3 === 0 ? submitted + day : null;
    const answered = sent === null ? null : sent + (1 + (i % 5)) * day;
    const decided = i % 10 === 9 ? null : submitted + (2 + (i % 40)) * day;
    const delivered = decided !== null && i % 2 === 0 ? decided + (i % 4) * day : null;
    const outcome = decided === null ? '' : i % 11 === 0 ? 'refused' : 'issued';
    const rating = i % 3 === 1 ? String(1 + (i % 5)) : '';
    const iso = (ms: number | null) => (ms === null ? '' : new Date(ms).toISOString());
    const times = [iso(submitted), '', iso(sent), iso(answered), iso(decided), iso(delivered)].join(',');
    csvBuffer.push(`B${i},${region.code},${region.oktmo},${service},${channel},${times},${outcome},30,${rating}\n`);
    copyBuffer.push(
      `${PERIOD},${region.code},B${i},${region.oktmo},${service},${channel},${times},${outcome},30,${rating},1\n`,
    );
    if (csvBuffer.length === 10_000) await flush();
  }
  await flush();
  csv.end();
  copy.end();
  await Promise.all([once(csv, 'finish'), once(copy, 'finish')]);
}

async function openTarget(target: string): Promise<Database> {
  return target.startsWith('postgres') ? connect({ databaseUrl: target }) : connect({ dataDir: target });
}

/** Child: plain COPY of the prepared lines inside a transaction (rolled back), after a batch row with id 1. */
async function childCopy(target: string, copyPath: string, rows: number): Promise<Measure> {
  const database = await openTarget(target);
  const started = performance.now();
  try {
    await inTransaction(database, async (session) => {
      await session.query(
        `INSERT INTO ingest_batch (id, kind, period, content_sha256, source_name) VALUES (1, 'applications', $1, $2, 'bench')`,
        [PERIOD, '0'.repeat(64)],
      );
      await session.copyCsv(
        'application',
        APPLICATION_COPY_COLUMNS,
        wholeLines(createReadStream(copyPath, { encoding: 'utf8', highWaterMark: 256 * 1024 })),
      );
      throw new RolledBack(performance.now() - started);
    });
  } catch (error) {
    if (!(error instanceof RolledBack)) throw error;
    return { ms: error.ms, rows, peakRssMb: process.resourceUsage().maxRSS / 1024 };
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
    const started = performance.now();
    const summary = await ingestFiles(database, [csvPath], { period: PERIOD, kind: 'applications', actor: 'bench' });
    return {
      ms: performance.now() - started,
      rows: summary.rowsAccepted,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      derived: summary.derived?.measurements,
    };
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

function line(name: string, m: Measure): string {
  return `${name.padEnd(28)} ${(m.rows / (m.ms / 1000)).toFixed(0).padStart(9)} rows/s  ${(m.ms / 1000).toFixed(1).padStart(7)} s  peak RSS ${m.peakRssMb.toFixed(0).padStart(5)} MB`;
}

async function main(): Promise<void> {
  if (process.argv[2] === '--child') {
    const [, , , mode, target, file, rows] = process.argv;
    const result = mode === 'copy' ? await childCopy(target, file, Number(rows)) : await childIngest(target, file);
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  const rows = process.argv.includes('--big') ? 10_000_000 : Number(arg('--rows') ?? 1_000_000);
  const only = arg('--only');
  const url = arg('--database-url') ?? process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  const dir = mkdtempSync(join(tmpdir(), 'egov-bench-ingest-'));
  const csvPath = join(dir, 'applications-SYNTHETIC.csv');
  const copyPath = join(dir, 'applications-SYNTHETIC.copy.csv');
  try {
    let t = performance.now();
    await generate(rows, csvPath, copyPath);
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
        const copy = runChild('copy', target, copyPath, rows);
        const ingest = runChild('ingest', target, csvPath, rows);
        console.log(`${label}:`);
        console.log(line('  plain COPY (floor)', copy));
        console.log(line('  egov ingest (all included)', ingest));
        console.log(
          `  ratio ingest / plain COPY throughput: ${(copy.ms / ingest.ms).toFixed(2)} (target ≥ 0.60); derived values: ${ingest.derived}`,
        );
      } finally {
        await cleanup();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
