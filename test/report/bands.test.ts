/**
 * Bands of every kind, per node, bilingual (issue 20, item 5). A run rated with quantile bands on the index and
 * threshold bands on one service goes through the publication model, the CSV/XLSX table, the factsheet and the pages:
 * nothing crashes, the index shows its own bands (never the service's), in the page's language.
 *
 * 2018 index (tables/seed-run.ts): Tula 100, Smolensk 87.5, Tver 12.5. Thirds, type-7 quantiles of [12.5, 87.5, 100]:
 * q(2/3) at h = 2·2/3 = 1.333 → 87.5 + 0.333·12.5 = 91.67; q(1/3) at h = 0.667 → 12.5 + 0.667·75 = 62.5.
 * Tula ≥ 91.67 → top third; Smolensk in [62.5, 91.67) → middle third; Tver < 62.5 → bottom third.
 * Ranges from the regions in each band: top [100, ∞), middle [87.5, 100), bottom [12.5, 87.5).
 */
import { loadPublicationModel } from '../../src/report/load-model.js';
import { bandsOf } from '../../src/report/load/bands.js';
import { rankingTable } from '../../src/report/csv/tables.js';
import { rankingBars } from '../../src/report/charts/specs.js';
import { tileMapCaption } from '../../src/report/charts/tile-map.js';
import { factsheetHtml } from '../../src/report/factsheet/factsheet-html.js';
import { runBandNames } from '../../src/ratings/band-names.js';
import { getRanking, getRun, getRegionInRun } from '../../src/ratings/queries.js';
import { runLabels } from '../../src/ratings/run-labels.js';
import { loadCatalogue } from '../../src/reference/catalogue.js';
import { rankingBody } from '../../src/web/pages/ranking-page.js';
import { regionBody } from '../../src/web/pages/region-page.js';
import type { Database } from '../../src/db/connect.js';
import type { PublicationModel } from '../../src/report/model.js';
import { openPgliteFromTemplate } from '../support/database.js';
import { METHOD, seedRatedRuns } from './tables/seed-run.js';

const THIRDS = [
  { ru: 'верхняя треть', en: 'top third' },
  { ru: 'средняя треть', en: 'middle third' },
  { ru: 'нижняя треть', en: 'bottom third' },
];
const MARRIAGE_BANDS = [
  { label: { ru: 'брак: высокий', en: 'marriage: high' }, min: 60 },
  { label: 'marriage: low', min: 0 },
];

const method = JSON.stringify({
  ...JSON.parse(METHOD),
  bands: [
    { node: 'marriage_registration', by: 'thresholds', bands: MARRIAGE_BANDS },
    { node: 'index', by: 'quantiles', labels: THIRDS },
  ],
});

describe('band names are data of the methodology', () => {
  test('{ ru, en } names are stored as written; a plain string serves both languages, untranslated', () => {
    const labels = runLabels(
      {
        bands: [
          { node: 'marriage_registration', by: 'thresholds', bands: MARRIAGE_BANDS },
          { node: 'index', by: 'quantiles', labels: ['high (75-100)', THIRDS[1]] },
        ],
      },
      [],
      loadCatalogue(),
    );
    expect(labels.bands).toEqual([
      { node: 'marriage_registration', label: 'marriage: high', ru: 'брак: высокий', en: 'marriage: high' },
      { node: 'marriage_registration', label: 'marriage: low', ru: 'marriage: low', en: 'marriage: low' },
      { node: 'index', label: 'high (75-100)', ru: 'high (75-100)', en: 'high (75-100)' },
      { node: 'index', label: 'middle third', ru: 'средняя треть', en: 'middle third' },
    ]);
  });

  test("bandsOf takes the index node's own spec, never another node's; a node without one has no bands", () => {
    const document = { bands: [{ node: 'marriage_registration', by: 'thresholds', bands: MARRIAGE_BANDS }] };
    expect(bandsOf(document, 'index')).toEqual([]);
    expect(bandsOf(document, 'marriage_registration').map((b) => [b.id, b.name.ru, b.min, b.max])).toEqual([
      ['marriage: high', 'брак: высокий', 60, Infinity],
      ['marriage: low', 'marriage: low', 0, 60],
    ]);
  });
});

describe('quantile bands end to end (PGlite)', () => {
  let database: Database;
  let runId: number;
  let model: PublicationModel;
  beforeAll(async () => {
    database = await openPgliteFromTemplate();
    runId = await seedRatedRuns(database, method);
    model = await loadPublicationModel(database.db, runId);
  }, 120_000);
  afterAll(async () => database.close());

  test("the publication model has the index's thirds with the hand-worked ranges, not the service's bands", () => {
    expect(model.ranking.map((r) => [r.regionCode, r.bandId])).toEqual([
      ['RU-TUL', 'top third'],
      ['RU-SMO', 'middle third'],
      ['RU-TVE', 'bottom third'],
    ]);
    expect(model.bands.map((b) => [b.id, b.name.ru, b.min, b.max])).toEqual([
      ['top third', 'верхняя треть', 100, Infinity],
      ['middle third', 'средняя треть', 87.5, 100],
      ['bottom third', 'нижняя треть', 12.5, 87.5],
    ]);
  });

  test('the CSV/XLSX ranking table and the factsheet name the band in their language', () => {
    expect(rankingTable(model, 'ru').rows.map((r) => r[5])).toEqual(['верхняя треть', 'средняя треть', 'нижняя треть']);
    expect(rankingTable(model, 'en').rows.map((r) => r[5])).toEqual(['top third', 'middle third', 'bottom third']);
    expect(factsheetHtml(model, 'RU-SMO', 'ru', [])).toContain('<dd>средняя треть</dd>');
    expect(factsheetHtml(model, 'RU-SMO', 'en', [])).toContain('<dd>middle third</dd>');
  });

  test('the ranking charts and the map colour by the thirds, under a legend of their names in the chart language', () => {
    const ru = rankingBars(model, 'ru', 'top')!;
    expect(ru.series[0]!.colours).toEqual(['#1a9850', '#fee08b', '#d73027']);
    expect(ru.legend!.map((e) => e.label)).toEqual(['верхняя треть', 'средняя треть', 'нижняя треть']);
    expect(rankingBars(model, 'en', 'bottom')!.legend!.map((e) => e.label)).toEqual([
      'top third',
      'middle third',
      'bottom third',
    ]);
    expect(tileMapCaption(model, 'en').alt).toContain('coloured by band: top third, middle third, bottom third');
  });

  test('the ranking and region pages show the Russian names in Russian, the English ones in English', async () => {
    const run = (await getRun(database.db, runId))!;
    const ranking = await getRanking(database.db, run);
    const bandNames = await runBandNames(database.db, runId);
    const view = (lang: 'ru' | 'en') => ({
      lang,
      run,
      ranking,
      bandNames,
      periods: [2018],
      districts: [],
      tiles: [],
      files: { main: [], tables: [], charts: [], regions: new Map(), documentation: [] },
      filter: { district: '', search: '', sort: 'rank' as const, descending: false },
    });
    const ru = rankingBody(view('ru')).toString();
    expect(ru).toContain('<span class="band">верхняя треть</span>');
    expect(ru).not.toContain('top third');
    expect(ru).not.toContain('брак');
    expect(rankingBody(view('en')).toString()).toContain('<span class="band">bottom third</span>');
    const result = (await getRegionInRun(database.db, runId, 'RU-SMO'))!;
    const region = {
      code: 'RU-SMO',
      nameRu: 'Смоленская область',
      nameEn: 'Smolensk Oblast',
      federalDistrict: 'CFD',
      population: 1,
      tileRow: 0,
      tileCol: 0,
    };
    const page = regionBody({
      lang: 'ru',
      region,
      districtName: 'ЦФО',
      current: { run, result },
      history: [],
      files: [],
      nextUpName: null,
      bandNames,
    }).toString();
    expect(page).toContain('<dd>средняя треть</dd>');
  });
});
