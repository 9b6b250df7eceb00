/**
 * `egov demo` before its long job: --serve checks the port first and names the option that changes it; with
 * DATABASE_URL the demo runs on that PostgreSQL database, refusing one that holds data (nothing written) unless
 * --empty-database is given, which drops egov-monitor's tables and leaves a migrated, empty schema.
 * (The whole demo takes minutes; the job itself is exercised by its parts' tests and by `npm run demo`.)
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { openDemoDatabase } from '../../src/demo/open-demo-database.js';
import { rowCounts } from '../../src/db/row-counts.js';
import { runCli } from '../support/cli.js';
import { describeOnPostgres, openPostgresFromTemplate } from '../support/database.js';
import { databaseUrl as withDatabase } from '../support/paths.js';

function occupyPort(): Promise<{ server: Server; port: number }> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.address() as { port: number }).port }));
  });
}

test('demo --serve on a busy port stops at once, naming --port, before generating anything', async () => {
  const { server, port } = await occupyPort();
  const out = join(mkdtempSync(join(tmpdir(), 'egov-demo-port-')), 'demo');
  try {
    const run = await runCli(['demo', '--serve', '--port', String(port), '--out', out]);
    expect(run.code).toBe(2);
    expect(run.err).toBe(
      `egov: port ${port} is already in use on 127.0.0.1, so --serve could not serve the demo: ` +
        'choose another with --port N (or PORT=N)\n',
    );
    expect(existsSync(out)).toBe(false);
  } finally {
    server.close();
  }
});

test('--empty-database without DATABASE_URL is refused', async () => {
  const run = await runCli(['demo', '--empty-database', '--out', join(tmpdir(), 'egov-never')]);
  expect(run.code).toBe(2);
  expect(run.err).toContain('--empty-database applies to the PostgreSQL database of DATABASE_URL');
});

async function currentDatabase(db: Parameters<typeof rowCounts>[0]): Promise<string> {
  return (await sql<{ name: string }>`SELECT current_database() AS name`.execute(db)).rows[0].name;
}

const url = process.env.TEST_DATABASE_URL;
describeOnPostgres('demo on the PostgreSQL database of DATABASE_URL', () => {
  test('a database holding data is refused, naming the tables and the option, and left as it was', async () => {
    const database = await openPostgresFromTemplate(url!);
    try {
      const before = await rowCounts(database.db);
      const out = join(mkdtempSync(join(tmpdir(), 'egov-demo-db-')), 'demo');
      const run = await runCli(['demo', '--out', out], {
        databaseUrl: withDatabase(url!, await currentDatabase(database.db)),
      });
      expect(run.code).toBe(2);
      expect(run.err).toMatch(/already holds data \(federal_district: 8 rows, region: 85 rows, .*\).*--empty-database/);
      expect(await rowCounts(database.db)).toEqual(before);
      expect(existsSync(out)).toBe(false);
    } finally {
      await database.close();
    }
  });

  test('emptyFirst drops the egov-monitor tables and leaves a migrated, empty schema', async () => {
    const database = await openPostgresFromTemplate(url!);
    try {
      await sql`CREATE TABLE someone_elses (x int)`.execute(database.db);
      await sql`INSERT INTO someone_elses VALUES (1)`.execute(database.db);
      const databaseUrl = withDatabase(url!, await currentDatabase(database.db));
      const demo = await openDemoDatabase({ kind: 'postgres', databaseUrl, emptyFirst: true });
      try {
        const counts = await rowCounts(demo.db);
        expect(Object.values(counts).every((n) => n === 0)).toBe(true);
        const other = await sql<{ n: number }>`SELECT count(*)::int AS n FROM someone_elses`.execute(demo.db);
        expect(other.rows[0].n).toBe(1);
      } finally {
        await demo.close();
      }
    } finally {
      await database.close();
    }
  });
});
