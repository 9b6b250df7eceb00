/**
 * The compare page: two regions side by side (index, services, places over the years), a region against its
 * district's median, the spellings the ingest accepts, notices, the slope chart, and no draft values.
 *
 * Fixture (test/web/fixtures.ts): region i (code order) scores 90 − 0.5·i − offset at place i + 1; its services
 * score that ± 5. Published 2023 (offset 0), draft 2024 (offset 3, from the harness), and published 2022 (offset 2)
 * with RU-AD and RU-AST swapped: RU-AD 6th and RU-AST 1st in 2022.
 */
import { slopeChart, labelledCodes } from '../../src/web/pages/slope-chart.js';
import { formatDifference } from '../../src/web/pages/compare-page.js';
import { describeEachDatabase } from '../support/database.js';
import { squashHtml } from '../support/html.js';
import { seedRun } from './fixtures.js';
import { call, startHarness, type Harness } from './server-harness.js';

test('differences are signed with the page’s decimal separator; zero has no sign', () => {
  expect(formatDifference(1.5, 'ru')).toBe('+1,5');
  expect(formatDifference(-13, 'ru')).toBe('−13,0');
  expect(formatDifference(-0.01, 'ru')).toBe('0,0');
  expect(formatDifference(2.25, 'en')).toBe('+2.3');
  expect(formatDifference(null, 'en')).toBe('—');
});

test('the slope chart labels the asked regions and the three biggest rises and falls, not every region', () => {
  const lines = [
    { code: 'A', name: 'А', from: 1, to: 1 },
    { code: 'B', name: 'Б', from: 2, to: 9 },
    { code: 'C', name: 'В', from: 9, to: 2 },
    { code: 'D', name: 'Г', from: 3, to: 4 },
    { code: 'E', name: 'Д', from: 4, to: 3 },
    { code: 'F', name: 'Е', from: 5, to: 8 },
    { code: 'G', name: 'Ж', from: 8, to: 5 },
    { code: 'H', name: 'З', from: 6, to: 7 },
    { code: 'I', name: 'И', from: 7, to: 6 },
  ];
  // Rises: C 7, G 3, E 1, I 1 (E before I by code); falls: B 7, F 3, D 1, H 1.
  expect(labelledCodes(lines, ['A'])).toEqual(['A', 'C', 'G', 'E', 'B', 'F', 'D']);
  const svg = squashHtml(slopeChart(lines, { from: 2018, to: 2019 }, ['A'], 'ru').value);
  expect(svg.match(/<g data-code=/g)).toHaveLength(7);
  expect(svg).toContain('<title id="slope-title">Места регионов в 2018 и 2019 годах</title>');
  // Labels of neighbouring places are pushed apart to one line of text (13 px), not drawn over each other.
  const ys = [...svg.matchAll(/<text x="244" y="([\d.]+)"/g)].map((m) => Number(m[1])).sort((p, q) => p - q);
  for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(13);
});

describeEachDatabase('the compare page on $name', ({ open }) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(open);
    const db = h.database.db;
    const earlier = await seedRun(db, { period: 2022, status: 'published', offset: 2 });
    await db
      .updateTable('rating_result')
      .set({ rank: 6 })
      .where('run_id', '=', earlier)
      .where('region_code', '=', 'RU-AD')
      .where('node_id', '=', 'index')
      .execute();
    await db
      .updateTable('rating_result')
      .set({ rank: 1 })
      .where('run_id', '=', earlier)
      .where('region_code', '=', 'RU-AST')
      .where('node_id', '=', 'index')
      .execute();
  });
  afterAll(async () => {
    await h.stop();
  });

  const page = async (path: string) => squashHtml(await (await call(h, path)).text());

  test('two regions side by side: index score and place, every service, with the differences', async () => {
    // RU-AD is region 0 (90,0, 1st); «амурская обл.» is RU-AMU, region 3 (88,5, 4th).
    const text = await page('/ratings/2023/compare?a=RU-AD&b=' + encodeURIComponent('амурская обл.'));
    expect(text).toContain(
      '<tr data-row="score"><th scope="row">Балл</th><td class="num">90,0</td><td class="num">88,5</td><td class="num">+1,5</td></tr>',
    );
    expect(text).toContain(
      '<tr data-row="rank"><th scope="row">Место</th><td class="num">1</td><td class="num">4</td><td class="num">▲ 3</td></tr>',
    );
    expect(text).toContain(
      '<tr data-node="svc_a"><th scope="row">Услуга А</th><td class="num">95,0</td><td class="num">93,5</td><td class="num">+1,5</td></tr>',
    );
    expect(text).toContain(
      '<tr data-node="svc_b"><th scope="row">Услуга Б</th><td class="num">85,0</td><td class="num">83,5</td><td class="num">+1,5</td></tr>',
    );
    expect(text).toContain(
      '<th scope="col" class="num">Республика Адыгея</th><th scope="col" class="num">Амурская область</th>',
    );
  });

  test('the places over the years list every published year of the methodology, and no draft', async () => {
    const text = await page('/ratings/2023/compare?a=RU-AD&b=RU-AMU');
    // 2022: RU-AD 6th (88,0), RU-AMU 4th (88 − 1,5 = 86,5).
    expect(text).toContain(
      '<tr data-period="2022"><th scope="row">2022</th><td class="num">6</td><td class="num">4</td><td class="num">88,0</td><td class="num">86,5</td></tr>',
    );
    expect(text).toContain('<tr data-period="2023">');
    // The draft 2024 run (offset 3): RU-AD 87,0, RU-AMU 85,5; services 92,0/82,0 and 90,5/80,5.
    expect(text).not.toContain('data-period="2024"');
    for (const value of ['87,0', '85,5', '92,0', '82,0', '90,5', '80,5']) expect(text).not.toContain(value);
    expect((await call(h, '/ratings/2024/compare?a=RU-AD&b=RU-AMU')).status).toBe(404);
  });

  test('a region against the median of its federal district', async () => {
    // Southern district (SFD): regions 0, 5, 13, 22, 30, 56, 63, 77 score 90; 87,5; 83,5; 79; 75; 62; 58,5; 51,5.
    // Median of eight = (79 + 75) / 2 = 77,0; A − median = 13,0; service A: 95,0 against 82,0.
    const text = await page('/ratings/2023/compare?a=RU-AD&b=district');
    expect(text).toContain(
      '<tr data-row="score"><th scope="row">Балл</th><td class="num">90,0</td><td class="num">77,0</td><td class="num">+13,0</td></tr>',
    );
    expect(text).toContain('<td class="num">1</td><td class="num">—</td><td class="num">—</td>');
    expect(text).toContain('<td class="num">95,0</td><td class="num">82,0</td><td class="num">+13,0</td>');
    expect(text).toContain('Медиана: Южный федеральный округ');
  });

  test('a text that names no region gets a notice; the page still answers', async () => {
    const res = await call(h, '/ratings/2023/compare?a=' + encodeURIComponent('Нарния') + '&b=RU-AD');
    expect(res.status).toBe(200);
    expect(squashHtml(await res.text())).toContain(
      '<p class="notice" role="status">Регион «Нарния» не найден. Введите название (например, «Смоленская обл.») или код (RU-SMO).</p>',
    );
    const en = await page('/ratings/2023/compare?lang=en&a=RU-AD&b=Narnia');
    expect(en).toContain('No region matches &quot;Narnia&quot;.');
  });

  test('the slope chart labels the regions compared and the biggest movers between the two years', async () => {
    const text = await page('/ratings/2023/compare?a=RU-AD&b=RU-AMU&from=2022');
    expect(text).toContain(
      '<desc id="slope-desc">Республика Адыгея: 6 → 1; Амурская область: 4 → 4; Астраханская область: 1 → 6</desc>',
    );
    expect(text.match(/<g data-code=/g)).toHaveLength(3);
    const south = await page('/ratings/2023/compare?fd=SFD&lang=en');
    expect(south.match(/<line /g)).toHaveLength(8);
    expect(await page('/ratings/2023/compare?fd=XXX')).toContain(
      'Федерального округа «XXX» нет: на графике все регионы.',
    );
  });

  test('the ranking and region pages link to the comparison', async () => {
    expect(await page('/ratings/2023')).toContain('<a href="/ratings/2023/compare">');
    expect(await page('/regions/RU-AD')).toContain('<a href="/ratings/2023/compare?a=RU-AD&amp;b=district">');
  });
});
