/**
 * Server-rendered pages: Russian by default and English with ?lang=en, the district filter and search, escaping of
 * user input, the synthetic-data banner, caching (ETag → 304), accessibility basics, and no draft content anywhere.
 */
import { describeEachDatabase } from '../support/database.js';
import { squashHtml } from '../support/html.js';
import { call, startHarness, type Harness } from './server-harness.js';

const bodyRows = (page: string): number =>
  (page.split('<tbody>')[1]?.split('</tbody>')[0]?.match(/<tr>/g) ?? []).length;

describeEachDatabase('pages on $name', ({ open }) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(open);
  });
  afterAll(async () => {
    await h.stop();
  });

  test('the home page shows the latest published ranking in Russian, every region, with the synthetic banner', async () => {
    const response = await call(h, '/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const page = await response.text();
    expect(page).toContain('<html lang="ru">');
    expect(page).toContain('СИНТЕТИЧЕСКИЕ ДЕМОНСТРАЦИОННЫЕ ДАННЫЕ');
    expect(page).toContain('Рейтинг 2023');
    const regions = await h.database.db.selectFrom('region').select('code').execute();
    expect(bodyRows(page)).toBe(regions.length);
    expect(page).toContain('role="img"');
    expect(page).toContain('<caption>');
    expect(page).not.toContain('2024');
  });

  test("filtering by federal district keeps exactly that district's regions; search narrows by name", async () => {
    const region = await h.database.db
      .selectFrom('region')
      .select(['federal_district', 'name_ru', 'name_en'])
      .where('code', '=', h.ownRegion)
      .executeTakeFirstOrThrow();
    const inDistrict = await h.database.db
      .selectFrom('region')
      .select('code')
      .where('federal_district', '=', region.federal_district)
      .execute();
    const filtered = await (await call(h, `/ratings/2023?fd=${region.federal_district}`)).text();
    expect(bodyRows(filtered)).toBe(inDistrict.length);
    const searched = await (await call(h, `/ratings/2023?q=${encodeURIComponent(region.name_en)}&lang=en`)).text();
    expect(searched).toContain('<html lang="en">');
    expect(searched).toContain(region.name_en);
    const named = await h.database.db
      .selectFrom('region')
      .select('code')
      .where('name_en', 'ilike', `%${region.name_en}%`)
      .execute();
    expect(named.map((r) => r.code)).toContain(h.ownRegion);
    expect(bodyRows(searched)).toBe(named.length);
  });

  test('search takes every spelling the ingest takes and says when nothing matches; an unknown district is named', async () => {
    const rowsOf = (page: string) =>
      [...(page.split('<tbody>')[1] ?? '').matchAll(/href="\/regions\/(RU-[A-Z]+)\?/g)].map((m) => m[1]);
    for (const spelling of ['смоленская обл.', 'Смоленская область', 'RU-SMO', '66000000']) {
      const page = await (await call(h, `/ratings/2023?q=${encodeURIComponent(spelling)}`)).text();
      expect({ spelling, rows: rowsOf(page) }).toEqual({ spelling, rows: ['RU-SMO'] });
    }
    const none = await (await call(h, `/ratings/2023?q=${encodeURIComponent('Нарния')}`)).text();
    expect(bodyRows(none)).toBe(0);
    expect(none).toContain('По запросу «Нарния» ничего не найдено.');
    const unknown = await (await call(h, '/ratings/2023?fd=XXX')).text();
    expect(unknown).toContain('Федерального округа «XXX» нет: показаны все регионы.');
    expect(bodyRows(unknown)).toBe((await h.database.db.selectFrom('region').select('code').execute()).length);
  });

  test('federal districts are listed in the official order, not by code', async () => {
    const page = await (await call(h, '/ratings/2023')).text();
    const options = [...page.matchAll(/<option value="([A-Z]+)"/g)].map((m) => m[1]);
    expect(options).toEqual(['CFD', 'NWFD', 'SFD', 'NCFD', 'VFD', 'UFD', 'SFO', 'FEFD']);
  });

  test('sorting by score ascending puts the lowest score first, without JavaScript', async () => {
    // Fixture scores fall with region code order (90 − 0.5·i), so ascending score starts with the last region by code.
    const codes = (await h.database.db.selectFrom('region').select('code').orderBy('code').execute()).map(
      (r) => r.code,
    );
    const page = await (await call(h, '/ratings/2023?sort=score&dir=asc')).text();
    const firstLink = /<tbody>[\s\S]*?href="\/regions\/(RU-[A-Z]+)/.exec(page)?.[1];
    expect(firstLink).toBe(codes.at(-1));
    expect(page).toContain('aria-sort="ascending"');
  });

  test('user input is escaped', async () => {
    const page = await (await call(h, `/ratings/2023?q=${encodeURIComponent('"><script>alert(1)</script>')}`)).text();
    expect(page).not.toContain('<script>alert(1)</script>');
    expect(page).toContain('&quot;&gt;&lt;script&gt;');
  });

  test('published pages are cacheable and revalidate with ETag (304)', async () => {
    const first = await call(h, '/ratings/2023');
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    expect(first.headers.get('cache-control')).toBe('public, max-age=60');
    // fetch adds "Cache-Control: no-cache" to conditional requests unless the caller sets Cache-Control, as a browser revalidating does.
    const revalidate = (tag: string) => ({ headers: { 'If-None-Match': tag, 'Cache-Control': 'max-age=0' } });
    const second = await call(h, '/ratings/2023', undefined, revalidate(etag!));
    expect({ page: second.status, etag }).toEqual({ page: 304, etag });
    const api = await call(h, '/api/v1/periods/2023/rating');
    const again = await call(h, '/api/v1/periods/2023/rating', undefined, revalidate(api.headers.get('etag')!));
    expect({ api: again.status, etag: api.headers.get('etag') }).toEqual({ api: 304, etag: api.headers.get('etag') });
  });

  test('a region page explains the score with a described chart and a table, and never shows the draft', async () => {
    const page = squashHtml(await (await call(h, `/regions/${h.ownRegion}`)).text());
    expect(page).toMatch(/<svg class="bars" role="img" aria-labelledby="bars-title bars-desc"/);
    expect(page).toContain('Услуга А');
    expect(page).toContain('Рейтинг 2023');
    expect(page).not.toContain('>2024<');
    expect((await call(h, '/regions/RU-XX')).status).toBe(404);
  });

  test('methodology and changelog pages render; security headers are set', async () => {
    const method = await call(h, '/methodology');
    expect(method.status).toBe(200);
    const methodPage = squashHtml(await method.text());
    expect(methodPage).toContain('a'.repeat(64));
    // the method in words: steps as sentences, the tree as nested lists, the build log behind a link (no raw JSON)
    expect(methodPage).toContain('<h2>Как считается рейтинг</h2>');
    expect(methodPage).toContain('<details open><summary>');
    expect(methodPage).not.toContain('<pre');
    expect(methodPage).toMatch(/href="\/api\/v1\/runs\/\d+\/methodology">методика и журнал расчёта \(JSON\)<\/a>/);
    const changelog = await call(h, '/changelog?lang=en');
    expect(await changelog.text()).toContain('first publication');
    expect(changelog.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(changelog.headers.get('x-content-type-options')).toBe('nosniff');
    expect(changelog.headers.get('x-powered-by')).toBeNull();
  });
});
