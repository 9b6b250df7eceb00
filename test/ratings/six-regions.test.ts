/**
 * The 6-region case end to end, as a new user meets it: measurements for 6 of the 85 regions only, then
 * `egov rate`, `egov analyse --run`, `egov export` and the public pages. Units without data are never ranked and
 * get no interval (the uncertainty spec's group-median imputation alternative may not invent them); every interval
 * lies within [1, 6]; `egov rate` shows scores and says how many are ranked. The six regions are RU-SA, RU-TA and
 * RU-MO (codes that prefix RU-SAK/RU-SAM/RU-SAR, RU-TAM and RU-MOS/RU-MOW) and RU-TUL, RU-SMO, RU-TVE, so the
 * region pages must list exactly their own files.
 *
 * Method: two services × (status check, appeal check), goalposts 0..1 → 0..100, stage = its one check, service = mean
 * of its stages, index = mean of services, 2 decimals. Measurements [marriage status, marriage appeal, hunting status,
 * hunting appeal] and the index they give:
 *   RU-TUL 1, 1, 1, 1 → 100 · RU-SA 1, 1, 0.5, 1 → 87.5 · RU-TA 1, 0.5, 1, – → (75 + 100)/2 = 87.5
 *   RU-MO 0.5, 0.5, 0.5, 1 → (50 + 75)/2 = 62.5 · RU-SMO 0, 1, 0.5, 0 → (50 + 25)/2 = 37.5 · RU-TVE 0.5, 0, 0, 0 → 12.5
 * Ranks (ties share): TUL 1, SA 2, TA 2, MO 4, SMO 5, TVE 6; 79 regions without data.
 */
import { PGlite } from '@electric-sql/pglite';
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { connect, type Database } from '../../src/db/connect.js';
import type { Config } from '../../src/config.js';
import { createApp } from '../../src/web/app.js';
import { startServer } from '../../src/web/server.js';
import { runCli } from '../support/cli.js';
import { describeEachVariant, requiredTestDatabaseUrl } from '../support/database.js';
import { squashHtml } from '../support/html.js';
import { seedMeasurements, STATUS_THEN_APPEAL } from '../support/seed-measurements.js';
import { PG_TEMPLATE, TEMPLATE_DUMP, databaseUrl } from '../support/paths.js';

const service = (id: string) => ({
  forEach: 'service',
  where: { id },
  id: '{service.id}',
  children: [
    {
      id: '{service.id}.status',
      children: [{ indicator: '{service.id}.status_notifications', spec: 'status_notifications' }],
    },
    { id: '{service.id}.appeal', children: [{ indicator: '{service.id}.appeal_online', spec: 'appeal_online' }] },
  ],
});

const METHOD = {
  format: 'egov-methodology/1',
  id: 'six-regions',
  version: '1',
  name: 'Six regions',
  indicators: [
    { id: 'appeal_online', direction: 1 },
    { id: 'status_notifications', direction: 1 },
  ],
  tree: { id: 'index', children: [service('marriage_registration'), service('hunting_licence')] },
  normalisation: { method: 'goalposts', min: 0, max: 1, range: [0, 100] },
  aggregation: { method: 'arithmetic' },
  rounding: { decimals: 2 },
  rank: { ties: 'min', decimals: 2 },
  bands: [
    {
      node: 'index',
      by: 'thresholds',
      bands: [
        { label: 'high (50-100)', min: 50 },
        { label: 'low (0-50)', min: 0 },
      ],
    },
  ],
  uncertainty: {
    runs: 40,
    seed: 11,
    design: 'saltelli',
    assumptions: [
      { id: 'weights', kind: 'weight-noise', levels: [2, 3], factor: 0.25 },
      {
        id: 'imputation',
        kind: 'imputation',
        options: [{ method: 'none' }, { method: 'group-median', group: 'federal_district' }],
      },
    ],
  },
};

const MEASUREMENTS: Record<string, (number | null)[]> = {
  'RU-TUL': [1, 1, 1, 1],
  'RU-SA': [1, 1, 0.5, 1],
  'RU-TA': [1, 0.5, 1, null],
  'RU-MO': [0.5, 0.5, 0.5, 1],
  'RU-SMO': [0, 1, 0.5, 0],
  'RU-TVE': [0.5, 0, 0, 0],
};
const RANKS: Record<string, number> = { 'RU-TUL': 1, 'RU-SA': 2, 'RU-TA': 2, 'RU-MO': 4, 'RU-SMO': 5, 'RU-TVE': 6 };

async function seed(database: Database): Promise<void> {
  await seedMeasurements(database, 2019, STATUS_THEN_APPEAL, MEASUREMENTS, {
    sourceName: 'six-regions',
    contentSha256: '6'.repeat(64),
  });
}

interface Variant {
  readonly name: string;
  setUp(root: string): Promise<{ config: Partial<Config>; open(): Promise<Database>; drop(): Promise<void> }>;
}

const variants: Variant[] = [
  {
    name: 'pglite',
    setUp: async (root) => {
      const dataDir = join(root, 'db');
      const pglite = await PGlite.create({ dataDir, loadDataDir: new Blob([readFileSync(TEMPLATE_DUMP)]) });
      await (await connect({ pglite })).close();
      return {
        config: { dataDir },
        open: async () => connect({ pglite: await PGlite.create({ dataDir }) }),
        drop: async () => undefined,
      };
    },
  },
];
{
  variants.push({
    name: 'postgres',
    setUp: async () => {
      const url = requiredTestDatabaseUrl();
      const name = `egov_six_${process.pid}_${Date.now().toString(36)}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${PG_TEMPLATE}`);
      await admin.end();
      const databaseUrlOf = databaseUrl(url, name);
      return {
        config: { databaseUrl: databaseUrlOf },
        open: () => connect({ databaseUrl: databaseUrlOf }),
        drop: async () => {
          const dropper = new pg.Client({ connectionString: url });
          await dropper.connect();
          await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
          await dropper.end();
        },
      };
    },
  });
}

describeEachVariant(variants, 'six regions of 85 on $name', (variant) => {
  let root: string;
  let config: Partial<Config>;
  let open: () => Promise<Database>;
  let drop: () => Promise<void>;
  let runId: number;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'egov-six-'));
    ({ config, open, drop } = await variant.setUp(root));
    const database = await open();
    await seed(database);
    await database.close();
    writeFileSync(join(root, 'method.json'), JSON.stringify(METHOD));
  }, 60_000);
  afterAll(async () => {
    await drop();
    rmSync(root, { recursive: true, force: true });
  });

  test('egov rate ranks the six, shows their scores and says how many are ranked', async () => {
    const result = await runCli(['rate', '--period', '2019', '--methodology', join(root, 'method.json')], config);
    expect(result.code).toBe(0);
    expect(result.out).toContain('6 ranked of 85 (79 without data)');
    expect(result.out).toMatch(/^\s+1\s+RU-TUL\s+100\.00\b/m);
    expect(result.out).toMatch(/^\s+2\s+RU-SA\s+87\.50/m);
    expect(result.out).not.toMatch(/RU-AD/);
    const json = await runCli(
      ['rate', '--period', '2019', '--methodology', join(root, 'method.json'), '--json'],
      config,
    );
    const summary = JSON.parse(json.out);
    runId = summary.runId;
    expect(summary).toMatchObject({ regions: 85, ranked: 6, withoutData: 79 });
    const ranked = summary.ranking.filter((r: { rank: number | null }) => r.rank !== null);
    expect(Object.fromEntries(ranked.map((r: { region: string; rank: number }) => [r.region, r.rank]))).toEqual(RANKS);
    expect(ranked.find((r: { region: string }) => r.region === 'RU-MO')).toMatchObject({ score: 62.5 });
  }, 60_000);

  test('egov analyse gives intervals only to the six, all within [1, 6]', async () => {
    const out = join(root, 'analysis.csv');
    const result = await runCli(['analyse', '--run', String(runId), '--threads', '1', '--json', '--out', out], config);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out);
    expect(report.ranked).toBe(6);
    for (const unit of report.units) {
      if (unit.unit in RANKS) {
        expect(unit.nominal).toBe(RANKS[unit.unit]);
        expect(unit.lower).toBeGreaterThanOrEqual(1);
        expect(unit.upper).toBeLessThanOrEqual(6);
      } else {
        expect([unit.unit, unit.nominal, unit.median, unit.lower, unit.upper]).toEqual([
          unit.unit,
          null,
          null,
          null,
          null,
        ]);
      }
    }
    // runs and evaluations apart; every Sobol estimate is a share within [0, 1] or flagged as not resolved
    expect([report.runs, report.evaluations]).toEqual([40, 40 * (2 + 2)]);
    for (const s of report.sensitivity.meanAbsShift) {
      if (s.problems.length === 0) for (const x of [s.first, s.total]) expect(x >= 0 && x <= 1).toBe(true);
      else expect(s.first < 0 || s.first > 1 || s.total > 1 || s.first > s.totalInterval[1]).toBe(true);
    }
    const human = await runCli(['analyse', '--run', String(runId), '--stored'], config);
    expect(human.out).toContain('runs N = 40, model evaluations 160 = N·(k + 2) with k = 2');
    expect(human.out).toContain('6 ranked of 85 (79 without a rank get no interval)');
    expect(human.out).not.toMatch(/^RU-AD /m);
    const csv = readFileSync(out, 'utf8').trim().split('\n');
    const upper = csv[0].split(',').indexOf('rank_upper');
    expect(Math.max(...csv.slice(1).map((line) => Number(line.split(',')[upper] || 0)))).toBeLessThanOrEqual(6);
  }, 120_000);

  test('egov export and the region pages carry only possible intervals', async () => {
    const database = await open();
    await database.db
      .updateTable('rating_run')
      .set({ status: 'published', published_at: new Date(), published_by: 'tester', version: 1, headline: true })
      .where('id', '=', runId)
      .execute();
    await database.close();
    const reportsDir = join(root, 'reports');
    const out = join(reportsDir, 'runs', String(runId));
    const exported = await runCli(['export', '--run', String(runId), '--out', out, '--lang', 'ru'], config);
    expect([exported.code, exported.err]).toEqual([0, '']);
    const ranking = readFileSync(join(out, 'ranking-2019.csv'), 'utf8').split('\r\n');
    const header = ranking[0].split(',');
    const upperColumn = header.findIndex((h) => /95/.test(h));
    expect(upperColumn).toBeGreaterThan(0);
    const uppers = ranking
      .slice(1)
      .filter((l) => l)
      .map((l) => l.split(','))
      .filter((c) => c[upperColumn] !== '')
      .map((c) => Number(c[upperColumn]));
    expect(uppers.length).toBe(6);
    expect(Math.max(...uppers)).toBeLessThanOrEqual(6);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(out, 'rating-2019.xlsx'));
    const texts = workbook
      .getWorksheet('Устойчивость')!
      .getSheetValues()
      .flat()
      .filter((v) => typeof v === 'string') as string[];
    expect(texts.some((t) => t.startsWith('Доли Соболя (N = 40 прогонов, 160 вычислений модели'))).toBe(true);

    const database2 = await open();
    const server = await startServer(
      createApp({ database: database2, config: { reportsDir }, log: () => undefined }),
      0,
    );
    try {
      for (const code of ['RU-SA', 'RU-TA', 'RU-MO']) {
        const page = squashHtml(await (await fetch(`${server.url}/regions/${code}`)).text());
        const interval = /(\d+)–(\d+)<\/dd>/.exec(page);
        expect(interval).not.toBeNull();
        expect(Number(interval![2])).toBeLessThanOrEqual(6);
        const links = [...page.matchAll(/downloads\/([^"]+)" download/g)].map((m) => m[1]);
        const regionFiles = links.filter((f) => /RU-[A-Z]+/.test(f));
        expect(regionFiles.length).toBeGreaterThan(0);
        for (const f of regionFiles) expect(f).toMatch(new RegExp(`${code}[^A-Z]`));
      }
      const withoutData = await (await fetch(`${server.url}/regions/RU-SAK`)).text();
      expect(withoutData).not.toMatch(/\d+–\d+<\/dd>/);
      for (const [, f] of withoutData.matchAll(/downloads\/([^"]+)" download/g))
        if (/RU-[A-Z]+/.test(f!)) expect(f).toMatch(/RU-SAK[^A-Z]/);
    } finally {
      await server.stop();
      await database2.close();
    }
  }, 180_000);
});
