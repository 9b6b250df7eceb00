/**
 * Russian done right: the Russian pages of a demo-like published run (the demo's own synthetic files for two years,
 * ingested, rated with the ministry-style methodology and published, as `egov demo` does) and the Russian XLSX's
 * About sheet carry no English word: every Latin word in their visible text (and in alt, title and aria-label texts)
 * is a code, a file name or an abbreviation of the allow-list below. Scores in the text use the decimal comma.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../../src/db/connect.js';
import { generateDemoFiles } from '../../src/demo/write-files.js';
import { ingestFiles } from '../../src/ingest/ingest-files.js';
import { catalogueLists } from '../../src/ratings/catalogue-lists.js';
import { publishRun } from '../../src/ratings/publish.js';
import { ratePeriod } from '../../src/ratings/rate-period.js';
import { resolveMethodology } from '../../src/ratings/resolve-methodology.js';
import { loadCatalogue } from '../../src/reference/catalogue.js';
import { loadPublicationModel } from '../../src/report/load-model.js';
import { profileInputs } from '../../src/report/profile/profile-inputs.js';
import { buildWorkbook } from '../../src/report/xlsx/write-xlsx.js';
import { createApp } from '../../src/web/app.js';
import { startServer } from '../../src/web/server.js';
import { openPgliteFromTemplate } from '../support/database.js';

/** The Russian workbook as a reader sees it: the written bytes loaded with exceljs. */
async function writtenWorkbook(model: Awaited<ReturnType<typeof loadPublicationModel>>): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(
    buildWorkbook(model, 'ru', await profileInputs(model.values)).toBuffer() as unknown as ArrayBuffer,
  );
  return book;
}

/** The regions' codes without `RU-`, as the tile map labels its tiles. */
const TILE_CODES = new Set(loadCatalogue().regions.map((r) => r.code.replace(/^RU-/, '')));

/**
 * Latin words allowed in Russian text: codes and abbreviations read as such in Russian (DEA, OKTMO, XLSX…), the
 * names of the licence and of the regions' source data set, and the SYNTHETIC marker every synthetic output carries.
 */
const ALLOWED = new Set([
  'DEA',
  'OKTMO',
  'OKATO',
  'ISO',
  'XLSX',
  'CSV',
  'PNG',
  'SVG',
  'PDF',
  'ZIP',
  'JSON',
  'HTML',
  'API',
  'OpenAPI',
  'CC',
  'BY',
  'SA',
  'hflabs',
  'egov-monitor',
  'SYNTHETIC',
  'DEMO',
  'DATA',
  'MIT',
  'CC-BY',
  'BY-SA',
  'EGDI',
  'UN',
]);

/** The words a reader sees: text between tags and alt/title/aria-label values; scripts and styles left out. */
export function visibleText(html: string): string {
  const attributes = [...html.matchAll(/\s(?:alt|title|aria-label|placeholder)="([^"]*)"/g)].map((m) => m[1]);
  const body = html
    .replace(/<a [^>]*lang="en"[^>]*>[^<]*<\/a>/g, ' ')
    .replace(/<code>[\s\S]*?<\/code>/g, ' ')
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ');
  return [body, ...attributes]
    .join(' ')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'");
}

/**
 * Latin words that are not codes: a run of Latin letters (with inner hyphens) not glued to a digit, dot, slash or
 * underscore (file names, codes like RU-MOW, 2.6.12 or hflabs/region are codes) and not in the allow-list.
 */
export function englishWords(text: string): string[] {
  const tokens = text.match(/[A-Za-z0-9_./:@-]*[A-Za-z][A-Za-z0-9_./:@-]*/g) ?? [];
  return [
    ...new Set(
      tokens
        .map((t) => t.replace(/^[-.:/]+|[-.:/]+$/g, ''))
        .filter((t) => !/[0-9_./:@]/.test(t) && !/^RU-[A-Z]+$/.test(t) && !TILE_CODES.has(t) && !ALLOWED.has(t)),
    ),
  ];
}

/**
 * Numbers written with a decimal point (12.5) that are not part of a code, a version or a file name; a version after
 * its product's name (`OpenAPI 3.1`, methodology `ministry-2019 2019.1`) is not a number.
 */
export function decimalPoints(text: string): string[] {
  return (
    text
      .replace(/(?:OpenAPI|[a-z][a-z0-9]*-[a-z0-9-]+) \d+(?:\.\d+)+/g, ' ')
      .match(/(?<![\w.\/-])\d+\.\d+(?![\w.\/-])/g) ?? []
  );
}

test('the scan finds English words and lets codes, file names and abbreviations through', () => {
  expect(
    englishWords(
      visibleText(
        '<p title="Median">Группа: high (75-100); RU-MOW, rating-2019.xlsx, charts/map-RU-AD.png, DEA, OKTMO 45000000</p><img alt="медиана России, score 4.5" /><a href="?lang=en" lang="en">English</a>',
      ),
    ),
  ).toEqual(['high', 'Median', 'score']);
  expect(decimalPoints('балл 4.5, код 2.6.12, rating-2019.xlsx, 12,5, OpenAPI 3.1, ministry-2019 2019.1')).toEqual([
    '4.5',
  ]);
});

describe('Russian pages and files of a demo-like published run', () => {
  let database: Database;
  let url: string;
  let stop: () => Promise<void>;
  let dir: string;
  let runId: number;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'egov-ru-words-'));
    database = await openPgliteFromTemplate();
    const catalogue = loadCatalogue();
    const files = await generateDemoFiles(join(dir, 'input'), { seed: 7, applications: 2000, years: [2018, 2019] });
    for (const file of files.files.filter((f) => f.ingest)) {
      const summary = await ingestFiles(database, [file.path], {
        period: file.period,
        kind: file.kind,
        actor: 'test',
        synthetic: file.synthetic,
      });
      if (summary.status === 'rejected') throw new Error(`${file.name} rejected`);
    }
    const methodology = await resolveMethodology(database.db, 'ministry-2019', catalogueLists(catalogue));
    for (const period of files.years) {
      const rated = await ratePeriod(database, { period, methodology, catalogue, actor: 'test', synthetic: true });
      await publishRun(database.db, rated.runId, {
        actor: 'test',
        role: 'federal-analyst',
        at: new Date('2020-03-01T10:00:00Z'),
      });
      runId = rated.runId;
    }
    const app = createApp({ database, log: () => undefined, publicCacheMs: 0, config: { reportsDir: dir } });
    const server = await startServer(app, 0);
    url = server.url;
    stop = server.stop;
  }, 600_000);
  afterAll(async () => {
    await stop?.();
    await database?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const PAGES = [
    '/ratings/2019',
    '/ratings/2019?fd=CFD',
    '/regions/RU-MOW?period=2019',
    '/regions/RU-SMO',
    '/methodology',
    '/ratings/2019/data',
    '/programme/2019',
    '/ratings/2019/compare?a=RU-MOW&b=RU-SPE',
    '/ratings/2019/compare?a=RU-SMO&b=district',
  ];

  test.each(PAGES)('%s has no English words in Russian', async (path) => {
    const response = await fetch(`${url}${path}`);
    expect(response.status).toBe(200);
    const text = visibleText(await response.text());
    expect(englishWords(text)).toEqual([]);
    expect(decimalPoints(text)).toEqual([]);
  });

  test('the Russian XLSX About sheet has no English words', async () => {
    const model = await loadPublicationModel(database.db, runId);
    const book = await writtenWorkbook(model);
    const about = book.getWorksheet('О публикации')!;
    const texts: string[] = [];
    about.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value ?? ''))));
    expect(englishWords(texts.join(' '))).toEqual([]);
  });

  test("the Russian XLSX Methodology sheet names each node's method in Russian", async () => {
    const model = await loadPublicationModel(database.db, runId);
    const book = await writtenWorkbook(model);
    const sheet = book.getWorksheet('Методика')!;
    let headerRow = 0;
    let column = -1;
    sheet.eachRow((row, n) => {
      const at = (row.values as unknown[]).indexOf('метод');
      if (column < 0 && at > 0) [headerRow, column] = [n, at];
    });
    expect(column).toBeGreaterThan(0);
    const methods: string[] = [];
    sheet.eachRow((row, n) => n > headerRow && methods.push(String(row.getCell(column).value ?? '')));
    expect(methods.filter((m) => m !== '').length).toBeGreaterThan(10);
    expect(englishWords(methods.join(' '))).toEqual([]);
  });
});
