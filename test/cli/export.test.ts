/**
 * `egov export` through main(): bad flags and an unknown run exit 2 with nothing written; a folder holding user
 * files is refused; on the hand-worked run of test/report/tables/seed-run.ts it writes the workbook, the CSV, the
 * charts and factsheets, the data dictionary and a manifest whose SHA-256 match the files; a second export into the
 * same folder gives the same CSV bytes and manifest entries for them.
 */
import { PGlite } from '@electric-sql/pglite';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from '../../src/db/connect.js';
import type { PublicationManifest } from '../../src/report/manifest.js';
import { runCli } from '../support/cli.js';
import { TEMPLATE_DUMP } from '../support/paths.js';
import { seedAnalysis, seedRatedRuns } from '../report/tables/seed-run.js';

describe('egov export', () => {
  let root: string;
  let dataDir: string;
  let runId: number;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'egov-cli-export-'));
    dataDir = join(root, 'db');
    const pglite = await PGlite.create({ dataDir, loadDataDir: new Blob([readFileSync(TEMPLATE_DUMP)]) });
    const database = await connect({ pglite });
    runId = await seedRatedRuns(database);
    await seedAnalysis(database, runId);
    await database.close();
  }, 60_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test.each([
    [['export', '--run', 'x', '--out', 'o'], '--run must be a positive integer'],
    [['export', '--run', '1', '--out', 'o', '--lang', 'de'], '--lang must be ru or en'],
  ])('%j exits 2 naming the flag', async (args, message) => {
    const result = await runCli(args, { dataDir });
    expect(result.code).toBe(2);
    expect(result.err).toContain(message);
  });

  test('an unknown run exits 2 and writes nothing', async () => {
    const out = join(root, 'unknown');
    const result = await runCli(['export', '--run', '999', '--out', out], { dataDir });
    expect(result.code).toBe(2);
    expect(result.err).toContain('no rating run 999');
    expect(existsSync(out)).toBe(false);
  });

  test('a folder holding user files and no manifest is refused, and the files stay', async () => {
    const out = join(root, 'user');
    mkdirSync(out);
    writeFileSync(join(out, 'notes.txt'), 'mine');
    const result = await runCli(['export', '--run', String(runId), '--out', out], { dataDir });
    expect(result.code).toBe(2);
    expect(result.err).toContain('no manifest.json');
    expect(readdirSync(out)).toEqual(['notes.txt']);
  });

  test('writes the publication with a manifest whose hashes match, and repeats the CSV bytes', async () => {
    const out = join(root, 'pub');
    const first = await runCli(['export', '--run', String(runId), '--out', out, '--lang', 'en', '--json'], { dataDir });
    expect(first.code).toBe(0);
    const manifest = JSON.parse(first.out) as PublicationManifest;
    expect(manifest).toMatchObject({ period: 2018, runId, lang: 'en', synthetic: true, note: 'SYNTHETIC DEMO DATA' });
    const files = manifest.files.map((f) => f.file);
    expect(files).toEqual(
      expect.arrayContaining([
        'rating-2018-SYNTHETIC.xlsx',
        'ranking-2018-SYNTHETIC.csv',
        'ranking-2018-SYNTHETIC-excel-ru.csv',
        'indicators-2018-SYNTHETIC.csv',
        'indicators-2018-SYNTHETIC-excel-ru.csv',
        'data-dictionary-SYNTHETIC.md',
      ]),
    );
    // Charts and factsheets are part of every publication: nothing missing, no warning.
    expect(manifest.missing).toEqual([]);
    expect(files.some((f) => f.startsWith('charts/') && f.endsWith('.png'))).toBe(true);
    expect(files.filter((f) => f.startsWith('factsheets/') && f.endsWith('.html')).length).toBeGreaterThanOrEqual(3);
    // The count docs/publication.md gives: 8 fixed files (the manifest itself not listed, the ZIP of all), up to 8
    // national charts, per ranked region 3 charts and a factsheet, an office chart per region with office documents,
    // and every chart twice: PNG and the SVG beside it.
    const ranked = readFileSync(join(out, 'ranking-2018-SYNTHETIC.csv'), 'utf8').trim().split('\r\n').length - 1;
    const pngs = manifest.files.filter((f) => f.file.startsWith('charts/') && f.file.endsWith('.png'));
    const national = pngs.filter((f) => !f.region).length;
    const offices = pngs.filter((f) => f.kind === 'chart:office-documents').length;
    expect(national).toBeLessThanOrEqual(8);
    for (const png of pngs) expect(files).toContain(png.file.replace(/\.png$/, '.svg'));
    expect(manifest.files.length + 1).toBe(8 + 2 * (national + 3 * ranked + offices) + ranked);
    expect(first.err.trim()).toBe('');
    expect(existsSync(join(out, 'manifest-SYNTHETIC.json'))).toBe(true);
    for (const f of manifest.files) {
      const bytes = readFileSync(join(out, f.file));
      expect([f.file, createHash('sha256').update(bytes).digest('hex'), bytes.length]).toEqual([
        f.file,
        f.sha256,
        f.bytes,
      ]);
    }
    // Ranking CSV: Tula first with 100 and +1 place against 2017 (2nd then); Smolensk second with 87.5.
    const ranking = readFileSync(join(out, 'ranking-2018-SYNTHETIC.csv'), 'utf8').split('\r\n');
    expect(ranking[1]).toMatch(
      /^1,RU-TUL,Tula Oblast,Central Federal District,100,high \(50-100\),2,1,50,1,1,2,SYNTHETIC DEMO DATA$/,
    );
    expect(ranking[2].startsWith('2,RU-SMO,Smolensk Oblast,')).toBe(true);

    const second = await runCli(['export', '--run', String(runId), '--out', out, '--lang', 'en', '--json'], {
      dataDir,
    });
    expect(second.code).toBe(0);
    const again = JSON.parse(second.out) as PublicationManifest;
    const csv = (m: PublicationManifest) => m.files.filter((f) => f.kind === 'csv');
    expect(csv(again)).toEqual(csv(manifest));
  }, 120_000);
});
