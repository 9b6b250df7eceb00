/**
 * Downloads people can find: the two main files at the top of the ranking page, and a data page per run with the
 * files grouped, sized and described, each region's files under its name (from the manifest, never by file name).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileSize, fileDescription } from '../../src/web/pages/data-page.js';
import { groupPublishedFiles, type PublishedFile } from '../../src/web/pages/publication-files.js';
import { describeEachDatabase } from '../support/database.js';
import { squashHtml } from '../support/html.js';
import { call, startHarness, type Harness } from './server-harness.js';

const FILES = [
  { file: 'rating-2023.xlsx', kind: 'workbook', bytes: 250_000 },
  { file: 'ranking-2023.csv', kind: 'csv', bytes: 9_000 },
  { file: 'ranking-2023-excel-ru.csv', kind: 'csv', bytes: 9_500 },
  { file: 'indicators-2023-excel-ru.csv', kind: 'csv', bytes: 800_000 },
  { file: 'charts/tile-map.png', kind: 'chart:tile-map', bytes: 40_000 },
  { file: 'charts/region-RU-SA.png', kind: 'chart:region-profile', bytes: 30_000, region: 'RU-SA' },
  { file: 'factsheets/RU-SA.html', kind: 'factsheet', bytes: 12_000, region: 'RU-SA' },
  { file: 'factsheets/RU-SAK.html', kind: 'factsheet', bytes: 12_000, region: 'RU-SAK' },
  { file: 'data-dictionary.html', kind: 'data-dictionary', bytes: 5_000 },
  { file: 'rating-2023-all-files.zip', kind: 'archive', bytes: 3_500_000 },
];

test('files are grouped by what they are; the main files are the workbook, the ranking CSV for Russian Excel and the ZIP of all', () => {
  const groups = groupPublishedFiles(FILES.map((f) => ({ region: null, ...f }) as PublishedFile));
  expect(groups.main.map((f) => f.file)).toEqual([
    'rating-2023.xlsx',
    'ranking-2023-excel-ru.csv',
    'rating-2023-all-files.zip',
  ]);
  expect(groups.tables).toHaveLength(4);
  expect(groups.charts.map((f) => f.file)).toEqual(['charts/tile-map.png']);
  expect(groups.regions.get('RU-SA')!.map((f) => f.file)).toEqual(['factsheets/RU-SA.html', 'charts/region-RU-SA.png']);
  expect(groups.regions.get('RU-SAK')!.map((f) => f.file)).toEqual(['factsheets/RU-SAK.html']);
  expect(groups.documentation.map((f) => f.file)).toEqual(['data-dictionary.html']);
});

test('sizes read as people read them, with the page language’s decimal mark', () => {
  expect(fileSize(512, 'ru')).toBe('512 Б');
  expect(fileSize(250_000, 'ru')).toBe('244 КБ');
  expect(fileSize(1_300_000, 'ru')).toBe('1,2 МБ');
  expect(fileSize(1_300_000, 'en')).toBe('1.2 MB');
  expect(fileSize(null, 'en')).toBe('—');
  expect(fileDescription({ file: 'ranking-2023-excel-ru.csv', kind: 'csv', bytes: 1, region: null }, 'ru')).toBe(
    'CSV для русского Excel (точка с запятой, десятичная запятая): рейтинг',
  );
  const zip = { file: 'rating-2023-all-files.zip', kind: 'archive', bytes: 1, region: null };
  expect(fileDescription(zip, 'en')).toBe(
    'ZIP archive of every file: tables, charts, region factsheets, data dictionary, manifest',
  );
});

describeEachDatabase('the data page on $name', ({ open }) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(open);
    const dir = join(h.reportsDir, 'runs', String(h.publishedRunId));
    mkdirSync(join(dir, 'factsheets'), { recursive: true });
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ files: FILES }));
  });
  afterAll(async () => {
    await h.stop();
  });

  test('the ranking page offers XLSX and CSV for Excel first, and links the data page', async () => {
    const page = squashHtml(await (await call(h, '/ratings/2023')).text());
    const top = page.indexOf('class="downloads"');
    expect(top).toBeGreaterThan(-1);
    expect(top).toBeLessThan(page.indexOf('<table'));
    expect(page).toContain(`<a href="/api/v1/runs/${h.publishedRunId}/downloads/rating-2023.xlsx" download>XLSX</a>`);
    expect(page).toContain(
      `<a href="/api/v1/runs/${h.publishedRunId}/downloads/ranking-2023-excel-ru.csv" download>CSV для Excel</a>`,
    );
    // 3 500 000 bytes / 1 048 576 = 3,34 MiB
    expect(page).toContain(
      `<a href="/api/v1/runs/${h.publishedRunId}/downloads/rating-2023-all-files.zip" download>ZIP всех файлов</a><span class="meta">(3,3 МБ)</span>`,
    );
    expect(page).toContain('href="/ratings/2023/data"');
    expect(page).not.toContain('factsheets/RU-SA.html'); // no flat list of every file
  });

  test('the data page groups the files with sizes, names each region and 404s for a year without a rating', async () => {
    const page = await (await call(h, '/ratings/2023/data')).text();
    for (const heading of [
      'Главные файлы',
      'Таблицы',
      'Графики по России',
      'По регионам: справки и графики',
      'Описание данных',
    ]) {
      expect(page).toContain(`<h2>${heading}</h2>`);
    }
    const names = Object.fromEntries(
      (
        await h.database.db
          .selectFrom('region')
          .select(['code', 'name_ru'])
          .where('code', 'in', ['RU-SA', 'RU-SAK'])
          .execute()
      ).map((r) => [r.code, r.name_ru]),
    );
    expect(page).toContain(`<summary>${names['RU-SA']} <span class="meta">(2)</span></summary>`);
    expect(page).toContain(`<summary>${names['RU-SAK']} <span class="meta">(1)</span></summary>`);
    expect(page).toContain('781 КБ');
    const main = squashHtml(page.slice(page.indexOf('<h2>Главные файлы</h2>'), page.indexOf('<h2>Таблицы</h2>')));
    expect(main).toContain(
      `<a href="/api/v1/runs/${h.publishedRunId}/downloads/rating-2023-all-files.zip" download>rating-2023-all-files.zip</a><span class="meta">3,3 МБ</span>— ZIP-архив всех файлов выгрузки: таблицы, графики, справки по регионам, словарь данных, манифест`,
    );
    expect((await call(h, '/ratings/2031/data')).status).toBe(404);
  });
});
