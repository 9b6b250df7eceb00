/**
 * writePublication with stand-in chart and factsheet renderers (the real ones are tested by P2 and through
 * `egov export`): every part is written, the manifest hashes every file but itself, the CSV bytes repeat, files of an
 * earlier export are overwritten, a folder holding someone's files is refused and left as it was; a draft's files are
 * removed by the export of the same run once published (only the files its manifest lists), and a failed export
 * leaves the earlier set as it was.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ExcelJS from 'exceljs';
import type { PublicationModel } from '../../../src/report/model.js';
import type { ChartFile } from '../../../src/report/write-publication.js';
import {
  OutputFolderError,
  writePublication,
  type PublicationRenderers,
} from '../../../src/report/write-publication.js';
import { fixtureModel } from './fixture-model.js';

/** Writes one small chart file and one factsheet per ranked region, as the real renderers would name them. */
const standIns: PublicationRenderers = {
  planCharts: () => ({
    files: [{ file: 'charts/ranking-all.png', kind: 'ranking-all', title: 'Ranking', alt: 'bars' }],
    absent: [],
  }),
  async renderCharts(model, dir, _lang, plan) {
    await mkdir(join(dir, 'charts'), { recursive: true });
    await writeFile(join(dir, 'charts', 'ranking-all.png'), `png of ${model.period}`);
    return [...plan.files];
  },
  async writeFactsheets(model, dir, _lang, charts: readonly ChartFile[]) {
    await mkdir(join(dir, 'factsheets'), { recursive: true });
    return Promise.all(
      model.ranking.map(async (r) => {
        await writeFile(join(dir, 'factsheets', `${r.regionCode}.html`), `<p>${r.regionCode} ${charts.length}</p>`);
        return { file: `factsheets/${r.regionCode}.html`, regionCode: r.regionCode };
      }),
    );
  },
};

describe('writePublication', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'egov-publication-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  test('the manifest and the About sheet say whether the run is its period’s headline methodology', async () => {
    const headline = await writePublication(fixtureModel(), join(root, 'headline'), {
      lang: 'ru',
      renderers: standIns,
    });
    expect(headline.headline).toBe(true);
    const base = fixtureModel();
    const alongside = { ...base, run: { ...base.run, headline: false } };
    const manifest = await writePublication(alongside, join(root, 'alongside'), { lang: 'ru', renderers: standIns });
    expect(manifest.headline).toBe(false);
    const manifestFile = readdirSync(join(root, 'alongside')).find((f) => f.startsWith('manifest'))!;
    const written = JSON.parse(readFileSync(join(root, 'alongside', manifestFile), 'utf8')) as { headline: unknown };
    expect(written.headline).toBe(false);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(root, 'alongside', manifest.files.find((f) => f.kind === 'workbook')!.file));
    const facts: string[] = [];
    book.getWorksheet('О публикации')!.eachRow((row) => facts.push((row.values as unknown[]).slice(1).join(' | ')));
    expect(facts).toContain('Основная методика периода | нет: опубликована наряду с основной');
  });

  test('writes every part and a manifest whose hashes match the files', async () => {
    const dir = join(root, 'out');
    const parts: string[] = [];
    const manifest = await writePublication(fixtureModel(), dir, {
      lang: 'en',
      renderers: standIns,
      onPart: (p) => parts.push(p),
    });
    // the charts render while the workbook and the tables are written, and are done before the factsheets embed them
    expect(parts.filter((p) => p !== 'charts')).toEqual([
      'plan charts',
      'xlsx',
      'csv',
      'factsheets',
      'manifest',
      'archive',
    ]);
    expect(parts.indexOf('charts')).toBeGreaterThan(0);
    expect(parts.indexOf('charts')).toBeLessThan(parts.indexOf('factsheets'));
    expect(manifest.files.map((f) => f.file)).toEqual([
      'charts/ranking-all.png',
      'data-dictionary-SYNTHETIC.md',
      'factsheets/RU-SMO.html',
      'factsheets/RU-TUL.html',
      'factsheets/RU-TVE.html',
      'indicators-2018-SYNTHETIC-excel-ru.csv',
      'indicators-2018-SYNTHETIC.csv',
      'ranking-2018-SYNTHETIC-excel-ru.csv',
      'ranking-2018-SYNTHETIC.csv',
      'rating-2018-SYNTHETIC-all-files.zip',
      'rating-2018-SYNTHETIC.xlsx',
    ]);
    for (const f of manifest.files) {
      const bytes = readFileSync(join(dir, f.file));
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(f.sha256);
      expect(bytes.length).toBe(f.bytes);
    }
    expect(JSON.parse(readFileSync(join(dir, 'manifest-SYNTHETIC.json'), 'utf8'))).toEqual(manifest);
    expect(manifest).toMatchObject({
      generatedAt: '2019-03-01T10:00:00.000Z',
      synthetic: true,
      note: 'SYNTHETIC DEMO DATA',
    });
    const dictionary = readFileSync(join(dir, 'data-dictionary-SYNTHETIC.md'), 'utf8');
    expect(dictionary).toContain('SYNTHETIC DEMO DATA');
    expect(dictionary).toContain('| место | place |');
  });

  test('a second export into the same folder overwrites and repeats everything but the zip container', async () => {
    const dir = join(root, 'out');
    const first = await writePublication(fixtureModel(), dir, { lang: 'ru', renderers: standIns });
    writeFileSync(join(dir, 'ranking-2018-SYNTHETIC.csv'), 'tampered');
    const second = await writePublication(fixtureModel(), dir, { lang: 'ru', renderers: standIns });
    const notXlsx = (m: typeof first) => m.files.filter((f) => !f.file.endsWith('.xlsx'));
    expect(notXlsx(second)).toEqual(notXlsx(first));
  });

  test('refuses a folder holding files but no manifest, and leaves them alone', async () => {
    const dir = join(root, 'mine');
    mkdirSync(dir);
    writeFileSync(join(dir, 'draft.docx'), 'x');
    await expect(writePublication(fixtureModel(), dir, { lang: 'ru', renderers: standIns })).rejects.toBeInstanceOf(
      OutputFolderError,
    );
    expect(readdirSync(dir)).toEqual(['draft.docx']);
  });

  test('exporting a run again once published removes the files of its draft export, and only those', async () => {
    const dir = join(root, 'out');
    const model = { ...fixtureModel(), synthetic: false };
    const asDraft: PublicationModel = { ...model, run: { ...model.run, status: 'draft', version: null } };
    const draftManifest = await writePublication(asDraft, dir, { lang: 'ru', renderers: standIns });
    expect(draftManifest.files.map((f) => f.file)).toContain('ranking-2018-DRAFT.csv');
    // a user's note, and a path the manifest lists outside the folder: neither is ever deleted
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    writeFileSync(join(root, 'outside.txt'), 'not the export');
    const manifestPath = join(dir, 'manifest-DRAFT.json');
    const listed = JSON.parse(readFileSync(manifestPath, 'utf8'));
    listed.files.push({ file: '../outside.txt', kind: 'csv', sha256: '0'.repeat(64), bytes: 14 });
    writeFileSync(manifestPath, JSON.stringify(listed));

    const published = await writePublication(model, dir, { lang: 'ru', renderers: standIns });
    expect(allFiles(dir)).toEqual([...published.files.map((f) => f.file), 'manifest.json', 'notes.txt'].sort());
    expect(allFiles(dir).filter((f) => f.includes('DRAFT'))).toEqual([]);
    expect(readFileSync(join(root, 'outside.txt'), 'utf8')).toBe('not the export');
  });

  test("another run's export in the folder keeps its files", async () => {
    const dir = join(root, 'out');
    const other = { ...fixtureModel(), synthetic: false };
    await writePublication({ ...other, run: { ...other.run, id: 6, status: 'draft', version: null } }, dir, {
      lang: 'ru',
      renderers: standIns,
    });
    await writePublication(other, dir, { lang: 'ru', renderers: standIns });
    expect(allFiles(dir)).toEqual(
      expect.arrayContaining(['manifest-DRAFT.json', 'ranking-2018-DRAFT.csv', 'manifest.json']),
    );
  });

  test('a failed export leaves the earlier export as it was, without a staging folder', async () => {
    const dir = join(root, 'out');
    const model = { ...fixtureModel(), synthetic: false };
    await writePublication({ ...model, run: { ...model.run, status: 'draft', version: null } }, dir, {
      lang: 'ru',
      renderers: standIns,
    });
    const before = contents(dir);
    const failing: PublicationRenderers = {
      ...standIns,
      writeFactsheets: async () => {
        throw new Error('disk full');
      },
    };
    await expect(writePublication(model, dir, { lang: 'ru', renderers: failing })).rejects.toThrow('disk full');
    expect(contents(dir)).toEqual(before);
    expect(readdirSync(dir).filter((f) => f.startsWith('.'))).toEqual([]);
  });
});

/** Every file under `dir`, relative, sorted. */
function allFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/** Every file under `dir` with its bytes (as hex). */
function contents(dir: string): Record<string, string> {
  return Object.fromEntries(allFiles(dir).map((f) => [f, readFileSync(join(dir, f)).toString('hex')]));
}
