/**
 * `egov programme` through main(): bad flags exit 2 naming the flag; on the hand-made programme dataset (Tula and
 * Kaluga, 2024, test/programme/seed-programme.ts) it prints the three answers, --json prints the report, and --run
 * names a run explicitly (an unknown one exits 2). Runs on a PGlite data directory and, with TEST_DATABASE_URL, on
 * a PostgreSQL database copied from the test template.
 */
import { PGlite } from '@electric-sql/pglite';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { connect } from '../../src/db/connect.js';
import type { Config } from '../../src/config.js';
import { runCli } from '../support/cli.js';
import { describeEachVariant, requiredTestDatabaseUrl } from '../support/database.js';
import { PG_TEMPLATE, TEMPLATE_DUMP, databaseUrl } from '../support/paths.js';
import { seedProgramme } from '../programme/seed-programme.js';

interface SeededStore {
  readonly name: string;
  readonly config: Partial<Config>;
  readonly runId: number;
  drop(): Promise<void>;
}

async function pgliteStore(): Promise<SeededStore> {
  const dataDir = mkdtempSync(join(tmpdir(), 'egov-cli-programme-'));
  const pglite = await PGlite.create({ dataDir, loadDataDir: new Blob([readFileSync(TEMPLATE_DUMP)]) });
  const database = await connect({ pglite });
  const { runId } = await seedProgramme(database.db);
  await database.close();
  return {
    name: 'pglite',
    config: { dataDir },
    runId,
    drop: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

async function postgresStore(url: string): Promise<SeededStore> {
  const name = `egov_cli_programme_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${PG_TEMPLATE}`);
  await admin.end();
  const config = { databaseUrl: databaseUrl(url, name) };
  const database = await connect(config);
  const { runId } = await seedProgramme(database.db);
  await database.close();
  return {
    name: 'postgres',
    config,
    runId,
    drop: async () => {
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

test.each([
  [['--year', '24'], '--year'],
  [['--year', '2024', '--grain', 'week'], '--grain'],
  [['--year', '2024', '--region', 'Нарния'], '--region'],
  [['--year', '2024', '--lang', 'de'], '--lang'],
  [['--year', '2024', '--run', 'x'], '--run'],
  [[], '--year'],
])('egov programme %j exits 2 naming %s', async (args, flag) => {
  const run = await runCli(['programme', ...args]);
  expect(run.code).toBe(2);
  expect(run.err).toContain(flag);
});

const stores: { name: string; make: () => Promise<SeededStore> }[] = [{ name: 'pglite', make: pgliteStore }];
stores.push({ name: 'postgres', make: () => postgresStore(requiredTestDatabaseUrl()) });

describeEachVariant(stores, 'egov programme on a seeded $name database', ({ make }) => {
  let store: SeededStore;
  beforeAll(async () => {
    store = await make();
  });
  afterAll(async () => {
    await store.drop();
  });

  test('prints the three answers for a region, marked synthetic', async () => {
    const run = await runCli(['programme', '--year', '2024', '--region', 'RU-TUL', '--lang', 'en'], store.config);
    expect(run.code).toBe(0);
    const lines = run.out.trim().split('\n');
    expect(lines[0]).toMatch(/^Programme analytics: Tula .*, 2024$/);
    expect(lines[1]).toBe('SYNTHETIC DEMO DATA');
    // 70% measured against the road-map 72% due 2024 (behind by 2); 8 applications; 120 M / 8 = 15 M per application.
    expect(run.out).toContain('E-service use: Tula');
    expect(run.out).toContain('(-2 points)');
    expect(run.out).toContain('Channels: 8 applications');
    expect(run.out).toContain('15,000,000 RUB per application');
  });

  test("--region takes what the ingest takes: a Russian name, its abbreviation, ISO or OKTMO give the code's report", async () => {
    const byCode = await runCli(['programme', '--year', '2024', '--region', 'RU-TUL', '--json'], store.config);
    for (const spelling of ['Тульская обл.', 'тульская область', '70000000', 'Tula Oblast']) {
      const run = await runCli(['programme', '--year', '2024', '--region', spelling, '--json'], store.config);
      expect({ spelling, code: run.code, out: run.out }).toEqual({ spelling, code: 0, out: byCode.out });
    }
  });

  test('--json prints the report of the published run; --run names a run; an unknown run or region exits 2', async () => {
    const json = await runCli(['programme', '--year', '2024', '--grain', 'month', '--json'], store.config);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.out) as {
      scope: string;
      money: { ratingRunId: number };
      channels: { grain: string };
    };
    expect(report).toMatchObject({
      scope: 'nation',
      money: { ratingRunId: store.runId },
      channels: { grain: 'month' },
    });
    const named = JSON.parse(
      (await runCli(['programme', '--year', '2024', '--run', String(store.runId), '--json'], store.config)).out,
    ) as typeof report;
    expect(named.money.ratingRunId).toBe(store.runId);
    const unknownRun = await runCli(['programme', '--year', '2024', '--run', '999999'], store.config);
    expect({ code: unknownRun.code, err: unknownRun.err.trim() }).toMatchObject({
      code: 2,
      err: expect.stringContaining('unknown rating run 999999'),
    });
    const unknownRegion = await runCli(['programme', '--year', '2024', '--region', 'RU-XXX'], store.config);
    expect({ code: unknownRegion.code, err: unknownRegion.err.trim() }).toMatchObject({
      code: 2,
      err: expect.stringContaining('unknown region "RU-XXX"'),
    });
  });
});
