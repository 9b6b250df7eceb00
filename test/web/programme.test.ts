/**
 * Programme analytics through HTTP, on the hand-made dataset of programme-server.ts: the API returns the figures of
 * a hand-checkable case and matches its OpenAPI schema, bad input is 400 and an unknown region 404, a draft-only year
 * exposes no money (embargo), the region page answers the three questions, the programme page names the efficient
 * regions per district, and a successful write through the server drops cached reports (a refused one does not).
 */
import { squashHtml } from '../support/html.js';
import { escapeHtml } from '../../src/web/pages/html.js';
import { createToken } from '../../src/auth/tokens.js';
import { loadProgrammeReport } from '../../src/programme/load.js';
import { answerProgrammeQuestions } from '../../src/programme/answers.js';
import { MONEY_EMBARGO } from '../../src/web/programme/public-report.js';
import { describeEachDatabase } from '../support/database.js';
import { checkSchema } from './schema-check.js';
import { DRAFT_SCORE, DRAFT_YEAR, startProgrammeServer, type ProgrammeServer } from './programme-server.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describeEachDatabase('programme analytics on the web, $name', ({ open }) => {
  let s: ProgrammeServer;
  const get = (path: string, init?: RequestInit) => fetch(`${s.url}${path}`, init);
  const json = async (path: string): Promise<Json> => (await get(path)).json() as Promise<Json>;
  beforeAll(async () => {
    s = await startProgrammeServer(open, { publicCacheMs: 0 });
  });
  afterAll(async () => {
    await s.stop();
  });

  test('GET /programme/2024?region=RU-TUL returns the hand-checked figures of the three questions', async () => {
    const response = await get('/api/v1/programme/2024?region=RU-TUL&grain=year');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=60');
    const report = (await response.json()) as Json;
    expect(report).toMatchObject({ year: 2024, scope: 'region', synthetic: true, region: { code: 'RU-TUL' } });
    // Adoption 60, 66, 70 (2022–2024): slope 5, reaches the road-map 72 in 2025, a year after its 2024 deadline → behind by 2.
    expect(report.adoption.regions.at(-1)).toMatchObject({
      year: 2024,
      measuredShare: 70,
      regional: { status: 'behind', gap: -2, targetYear: 2024, trendReachesYear: 2025 },
      federal: { status: 'met' },
    });
    // Tula's log T1–T8: 8 applications, 2 on the portal (25 %); days to result 3, 7, 5, 1, 12, 4, 8 → median 5;
    // decided within the deadline: T1, T3, T5, T6 (10 of 10 days), T7, not T2 (6 > 5) nor T8 (5.5 > 5) → 5 of 7.
    const all = report.channels.regions.find((c: Json) => c.channel === 'all');
    expect(all).toMatchObject({ applications: 8, medianDaysToResult: 5 });
    expect(all.deadlineCompliance).toBeCloseTo(5 / 7, 12);
    expect(report.channels.regions.find((c: Json) => c.channel === 'portal').share).toBe(0.25);
    // Mobile offices: T5, T6 in 70620000 (both issued), T7 in 70630000 (refused) → 3 applications, 2 documents.
    expect(report.channels.mobileOffices).toEqual([
      expect.objectContaining({
        period: '2024',
        applications: 3,
        documentsIssued: 2,
        // 70630000 is the Kurkino district of Tula Oblast in OKTMO 2019; 70620000 is not a code of the classifier.
        municipalities: [
          { oktmo: '70620000', name: null, applications: 2, documentsIssued: 2 },
          { oktmo: '70630000', name: 'Куркинский муниципальный район', applications: 1, documentsIssued: 0 },
        ],
      }),
    ]);
    // Money: 120 M over 8 applications = 15 M; over 2 portal applications = 60 M; score 60 after 55 → +5; Kaluga is the frontier.
    expect(report.money.regions.find((r: Json) => r.regionCode === 'RU-TUL')).toMatchObject({
      spendingRub: 120e6,
      costPerApplicationRub: 15e6,
      costPerEApplicationRub: 60e6,
      scoreChange: 5,
    });
    expect(report.money.frontier.efficientConstantReturns).toEqual(['RU-KLU']);
  });

  test('the nation at quarter grain splits the mobile offices by quarter, and both scopes match the OpenAPI schema', async () => {
    const doc = await json('/api/v1/openapi.json');
    const operation = doc.paths['/programme/{year}'].get;
    expect(operation.parameters.map((p: Json) => p.name)).toEqual(['year', 'region', 'grain']);
    const schema = operation.responses['200'].content['application/json'].schema;
    const nation = await json('/api/v1/programme/2024');
    // T5, T6 were submitted in February (Q1, both issued), T7 in May (Q2, refused).
    expect(nation.channels.mobileOffices.map((m: Json) => [m.period, m.applications, m.documentsIssued])).toEqual([
      ['2024-Q1', 2, 2],
      ['2024-Q2', 1, 0],
    ]);
    for (const body of [
      nation,
      await json('/api/v1/programme/2024?region=RU-KLU&grain=month'),
      await json(`/api/v1/programme/${DRAFT_YEAR}`),
    ]) {
      expect(checkSchema(body, schema, doc)).toEqual([]);
    }
  });

  test('bad input is 400 with the error shape; a well-formed unknown region is 404', async () => {
    for (const path of [
      '/api/v1/programme/24',
      '/api/v1/programme/2024?grain=week',
      '/api/v1/programme/2024?region=tula',
    ]) {
      const response = await get(path);
      expect({ path, status: response.status }).toEqual({ path, status: 400 });
      expect(((await response.json()) as Json).error.code).toBe('bad_request');
    }
    const unknown = await get('/api/v1/programme/2024?region=RU-XXX');
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as Json).error).toEqual({ code: 'not_found', message: 'region RU-XXX not found' });
  });

  test('a year with only a draft rating shows adoption but no money, and never the draft score (embargo)', async () => {
    const response = await get(`/api/v1/programme/${DRAFT_YEAR}?region=RU-TUL`);
    const text = await response.text();
    const report = JSON.parse(text) as Json;
    expect(report.money).toBeNull();
    expect(report.adoption.regions.at(-1)).toMatchObject({ year: DRAFT_YEAR, measuredShare: 75 });
    expect(text).not.toContain(String(DRAFT_SCORE));
    const page = await (await get(`/programme/${DRAFT_YEAR}`)).text();
    expect(page).toContain(escapeHtml(MONEY_EMBARGO.ru));
    expect(page).not.toMatch(/93[,.]2/);
    const nation = await json(`/api/v1/programme/${DRAFT_YEAR}`);
    expect(nation.money).toBeNull();
  });

  test('the region page answers the three questions for the region, in Russian and in English', async () => {
    const full = await loadProgrammeReport(s.database.db, { year: 2024, regionCode: 'RU-TUL' });
    for (const lang of ['ru', 'en'] as const) {
      const page = await (await get(`/regions/RU-TUL?period=2024${lang === 'en' ? '&lang=en' : ''}`)).text();
      const answers = answerProgrammeQuestions(full, lang);
      expect(page).toContain('<section id="programme"');
      for (const answer of [answers.adoption, answers.channels, answers.mobileOffices, answers.money])
        expect(page).toContain(escapeHtml(answer));
      expect(page).toContain(lang === 'ru' ? 'СИНТЕТИЧЕСКИЕ' : 'SYNTHETIC');
    }
    const en = squashHtml(await (await get('/regions/RU-TUL?period=2024&lang=en')).text());
    // The facts: 15,000,000 RUB per application and 60,000,000 per e-application (see the API test); the mobile office
    // municipality 70620000 issued 2 documents; the adoption row of 2024 says "behind" with the trend reaching 72 in 2025.
    expect(en).toContain('<dd>15,000,000</dd>');
    expect(en).toContain('<dd>60,000,000</dd>');
    expect(en).toContain('70620000 (2)'); // not in the classifier: shown by its code
    expect(en).toContain('Куркинский муниципальный район (0)'); // named from OKTMO 2019
    expect(en).toMatch(
      /<th scope="row">2024<\/th><td class="num">70<\/td><td class="num">72<\/td><td>2024<\/td><td>behind<\/td><td class="num">-2<\/td><td>2025<\/td>/,
    );
  });

  test('the programme page names the efficient regions, filters by district, escapes input and is linked from the menu', async () => {
    const names = Object.fromEntries(
      (
        await s.database.db
          .selectFrom('region')
          .select(['code', 'name_ru'])
          .where('code', 'in', ['RU-TUL', 'RU-KLU'])
          .execute()
      ).map((r) => [r.code, r.name_ru]),
    );
    const redirect = await get('/programme', { redirect: 'manual' });
    expect({ status: redirect.status, location: redirect.headers.get('location') }).toEqual({
      status: 302,
      location: '/programme/2024',
    });
    const page = squashHtml(await (await get('/programme/2024')).text());
    expect(page).toContain('<a href="/programme">Программа</a>');
    // Rosstat's real national series (2.6.12) up to the year, apart from the synthetic regions, with its source.
    expect(page).toContain('Россия: реальные данные Росстата');
    expect(page).toContain('Цель Указа № 601 — 70 % к 2018 г.: достигнута (74,8 %).');
    expect(page).toMatch(/<td class="num">30,8<\/td>[\s\S]*<td class="num">89,6<\/td><\/tr>/);
    expect(page).not.toContain('<th scope="col" class="num">2025</th>');
    expect(page).toContain('Источник: Росстат');
    expect(page).toMatch(/На границе эффективности \(постоянная отдача\)<\/dt><dd>([^<]*)<\/dd>/);
    expect(/постоянная отдача\)<\/dt><dd>([^<]*)<\/dd>/.exec(page)?.[1]).toBe(names['RU-KLU']);
    expect(page).toContain('aria-labelledby="adoption-bars-title adoption-bars-desc"');
    const cfd = squashHtml(await (await get('/programme/2024?fd=CFD')).text());
    expect(cfd).toContain(`>${names['RU-TUL']}</a></th>`);
    const elsewhere = squashHtml(await (await get('/programme/2024?fd=NWFD')).text());
    expect(elsewhere).not.toContain(`>${names['RU-TUL']}</a></th>`);
    const hostile = await (await get(`/programme/2024?fd=${encodeURIComponent('"><script>x</script>')}`)).text();
    expect(hostile).not.toContain('<script>x</script>');
    expect((await get('/programme/19x')).status).toBe(404);
  });

  test('a write through the server drops cached reports', async () => {
    const before = await json('/api/v1/programme/2024?region=RU-KLU');
    const batch = await s.database.db
      .insertInto('ingest_batch')
      .values({ kind: 'spending', period: 2024, content_sha256: '7'.repeat(64), source_name: 'later' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await s.database.db
      .insertInto('spending')
      .values({ region_code: 'RU-KLU', year: 2024, programme: 'later', amount_rub: '10000000.00', batch_id: batch.id })
      .execute();
    const cached = await json('/api/v1/programme/2024?region=RU-KLU');
    expect(cached.money.regions.find((r: Json) => r.regionCode === 'RU-KLU').spendingRub).toBe(
      before.money.regions.find((r: Json) => r.regionCode === 'RU-KLU').spendingRub,
    );
    await get('/api/v1/runs', { method: 'POST' }); // a refused write keeps the caches
    const still = await json('/api/v1/programme/2024?region=RU-KLU');
    expect(still.money.regions.find((r: Json) => r.regionCode === 'RU-KLU').spendingRub).toBe(
      before.money.regions.find((r: Json) => r.regionCode === 'RU-KLU').spendingRub,
    );
    const { token } = await createToken(s.database.db, { role: 'federal-analyst' });
    const comment = await get(`/api/v1/runs/${s.draftRunId}/comments`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ regionCode: 'RU-KLU', body: 'x' }),
    });
    expect(comment.status).toBe(201); // a successful write clears them
    const fresh = await json('/api/v1/programme/2024?region=RU-KLU');
    expect(fresh.money.regions.find((r: Json) => r.regionCode === 'RU-KLU').spendingRub).toBe(40e6 + 10e6);
  });
});
