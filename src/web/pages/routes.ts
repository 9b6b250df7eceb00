/**
 * Public pages. They show published (and withdrawn, marked) runs only, whoever asks: drafts are never rendered.
 * Published pages get `Cache-Control: public, max-age=60` and a strong ETag (304 on revalidation).
 */
import { Router, type Response } from 'express';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/tables.js';
import {
  getChangelog,
  getPublishedRunOfPeriod,
  getRanking,
  getRegionInRun,
  getRun,
  getRunMethodology,
  listRegions,
  listRuns,
  type RunSummary,
} from '../../ratings/queries.js';
import { wasPublished } from '../../auth/visibility.js';
import { SITE_CSS, SORT_JS } from './assets.js';
import { changelogBody, methodologyBody } from './info-pages.js';
import { html, type SafeHtml } from './html.js';
import { pageLang, t, type PageLang } from './i18n.js';
import { layout, withLang } from './layout.js';
import { runBandNames } from '../../ratings/band-names.js';
import { rankingBody, SORT_KEYS, type SortKey } from './ranking-page.js';
import { regionPublishedFiles } from './region-files.js';
import { dataBody } from './data-page.js';
import { groupPublishedFiles, readPublishedFiles } from './publication-files.js';
import { regionBody } from './region-page.js';
import type { ProgrammeReports } from '../programme/report-cache.js';
import { defaultProgrammeYear, programmeYears } from '../programme/years.js';
import { publicProgrammeAnswers, publicProgrammeReport } from '../programme/public-report.js';
import { programmeBody } from './programme-page.js';
import { programmeSection } from './programme-section.js';
import { pt } from './programme-texts.js';
import { compareFederalDistricts } from '../../reference/federal-district-order.js';
import { buildBody, BUILD_TEXTS } from './build-page.js';
import { notFound } from '../errors.js';
import { explorerBundle } from '../explorer/explorer-bundle.js';
import { loadExplorerPayload } from '../explorer/load-explorer-payload.js';

function send(
  res: Response,
  status: number,
  lang: PageLang,
  title: string,
  path: string,
  synthetic: boolean,
  body: SafeHtml,
  scripts: readonly string[] = [],
): void {
  res
    .status(status)
    .type('html')
    .set('Cache-Control', status === 200 ? 'public, max-age=60' : 'no-store')
    .send(layout({ lang, title, path, synthetic, body, scripts }));
}

const firstString = (value: unknown): string => (typeof value === 'string' ? value : '');

export function pages(db: Kysely<DB>, reportsDir: string, programme: ProgrammeReports): Router {
  const router = Router();
  const publishedRuns = async () => listRuns(db, { drafts: false });
  const districts = async (lang: PageLang) =>
    (await db.selectFrom('federal_district').selectAll().execute())
      .sort((a, b) => compareFederalDistricts(a.code, b.code))
      .map((d) => ({ code: d.code, name: lang === 'ru' ? d.name_ru : d.name_en }));
  const notFoundPage = (res: Response, lang: PageLang, path: string) =>
    send(res, 404, lang, t(lang, 'notFound'), path, false, html`<h1>${t(lang, 'notFound')}</h1>`);

  router.get('/assets/site.css', (_req, res) => {
    res.type('css').set('Cache-Control', 'public, max-age=3600').send(SITE_CSS);
  });
  router.get('/assets/sort.js', (_req, res) => {
    res.type('js').set('Cache-Control', 'public, max-age=3600').send(SORT_JS);
  });

  const rankingPage = async (period: number | null, query: Record<string, unknown>, path: string, res: Response) => {
    const lang = pageLang(query);
    const runs = await publishedRuns();
    const periods = [...new Set(runs.filter((r) => r.status === 'published').map((r) => r.period))].sort(
      (a, b) => b - a,
    );
    const run =
      period === null
        ? periods[0]
          ? await getPublishedRunOfPeriod(db, periods[0])
          : null
        : await getPublishedRunOfPeriod(db, period);
    if (!run) {
      if (period !== null) return notFoundPage(res, lang, path);
      return send(
        res,
        200,
        lang,
        t(lang, 'ranking'),
        path,
        false,
        html`<h1>${t(lang, 'ranking')}</h1>
          <p>${t(lang, 'noRating')}</p>`,
      );
    }
    const ranking = await getRanking(db, run);
    const regions = await listRegions(db);
    const byCode = new Map(ranking.map((r) => [r.regionCode, r]));
    const sort = (SORT_KEYS as readonly string[]).includes(firstString(query.sort))
      ? (firstString(query.sort) as SortKey)
      : 'rank';
    const districtList = await districts(lang);
    const askedDistrict = firstString(query.fd).slice(0, 8);
    const knownDistrict = askedDistrict === '' || districtList.some((d) => d.code === askedDistrict);
    const body = rankingBody({
      lang,
      run,
      ranking,
      bandNames: await runBandNames(db, run.id),
      periods,
      districts: districtList,
      files: groupPublishedFiles(await readPublishedFiles(reportsDir, run.id)),
      unknownDistrict: knownDistrict ? undefined : askedDistrict,
      tiles: regions.map((g) => ({
        code: g.code,
        name: lang === 'ru' ? g.nameRu : g.nameEn,
        row: g.tileRow,
        col: g.tileCol,
        score: byCode.get(g.code)?.score ?? null,
        rank: byCode.get(g.code)?.rank ?? null,
        district: g.federalDistrict,
      })),
      filter: {
        district: knownDistrict ? askedDistrict : '',
        search: firstString(query.q).slice(0, 100),
        sort,
        descending: query.dir === 'desc',
      },
    });
    send(res, 200, lang, `${t(lang, 'ranking')} ${run.period}`, path, run.synthetic, body);
  };

  router.get('/', (req, res) => rankingPage(null, req.query, '/', res));
  router.get('/ratings/:period', (req, res) => {
    const period = /^\d{4}$/.test(req.params.period) ? Number(req.params.period) : NaN;
    if (Number.isNaN(period)) return notFoundPage(res, pageLang(req.query), req.path);
    return rankingPage(period, req.query, req.path, res);
  });

  router.get('/assets/explorer.js', async (_req, res) => {
    res
      .type('js')
      .set('Cache-Control', 'public, max-age=3600')
      .send(await explorerBundle());
  });

  // "Build your own rating": the page (official ranking without JavaScript) and the data its script recomputes from.
  const publishedRunOf = async (text: string) =>
    /^\d{4}$/.test(text) ? getPublishedRunOfPeriod(db, Number(text)) : null;
  router.get('/ratings/:period/build.json', async (req, res) => {
    const run = await publishedRunOf(req.params.period);
    if (!run) throw notFound(`published rating of period ${req.params.period.slice(0, 12)}`);
    res.set('Cache-Control', 'public, max-age=60').json(await loadExplorerPayload(db, run));
  });
  router.get('/ratings/:period/build', async (req, res) => {
    const lang = pageLang(req.query);
    const run = await publishedRunOf(req.params.period);
    if (!run) return notFoundPage(res, lang, req.path);
    const payload = await loadExplorerPayload(db, run);
    send(
      res,
      200,
      lang,
      `${BUILD_TEXTS.title[lang]} ${run.period}`,
      req.path,
      run.synthetic,
      buildBody(lang, run, payload),
      ['/assets/explorer.js'],
    );
  });

  router.get('/ratings/:period/data', async (req, res) => {
    const lang = pageLang(req.query);
    const period = /^\d{4}$/.test(req.params.period) ? Number(req.params.period) : NaN;
    const run = Number.isNaN(period) ? null : await getPublishedRunOfPeriod(db, period);
    if (!run) return notFoundPage(res, lang, req.path);
    const regions = await listRegions(db);
    const regionName = (code: string) => {
      const r = regions.find((g) => g.code === code);
      return r ? (lang === 'ru' ? r.nameRu : r.nameEn) : code;
    };
    const groups = groupPublishedFiles(await readPublishedFiles(reportsDir, run.id));
    send(
      res,
      200,
      lang,
      `${lang === 'ru' ? 'Данные рейтинга' : 'Rating data'} ${run.period}`,
      req.path,
      run.synthetic,
      dataBody(lang, run, groups, regionName),
    );
  });

  router.get('/regions/:code', async (req, res) => {
    const lang = pageLang(req.query);
    const regions = await listRegions(db);
    const region = regions.find((r) => r.code === req.params.code);
    if (!region) return notFoundPage(res, lang, req.path);
    const history: { run: RunSummary; result: NonNullable<Awaited<ReturnType<typeof getRegionInRun>>> }[] = [];
    for (const run of (await publishedRuns()).filter((r) => r.status === 'published')) {
      const result = await getRegionInRun(db, run.id, region.code);
      if (result) history.push({ run, result });
    }
    const wanted = Number(firstString(req.query.period));
    const current = history.find((h) => h.run.period === wanted) ?? history[0] ?? null;
    // The region's own files (factsheet, charts) as the export's manifest attributes them, else the national files.
    const files = current ? await regionPublishedFiles(reportsDir, current.run.id, region.code) : [];
    const missingPeriod =
      firstString(req.query.period) !== '' && current !== null && current.run.period !== wanted
        ? firstString(req.query.period).slice(0, 12)
        : null;
    const nextUp = current?.result.nextUp
      ? regions.find((r) => r.code === current.result.nextUp!.regionCode)
      : undefined;
    const district =
      (await districts(lang)).find((d) => d.code === region.federalDistrict)?.name ?? region.federalDistrict;
    // The programme section: the rating's year, else the year asked for, else the latest year with programme data.
    const programmeYear =
      current?.run.period ??
      (wanted >= 2000 && wanted <= 2100 && Number.isInteger(wanted) ? wanted : await defaultProgrammeYear(db));
    const report =
      programmeYear === undefined
        ? null
        : await programme.get({ year: programmeYear, regionCode: region.code, grain: 'quarter' });
    const body = regionBody({
      lang,
      region,
      bandNames: current ? await runBandNames(db, current.run.id) : new Map(),
      districtName: district,
      current,
      history,
      files,
      missingPeriod,
      nextUpName: nextUp ? (lang === 'ru' ? nextUp.nameRu : nextUp.nameEn) : null,
      programme: report
        ? programmeSection(lang, publicProgrammeReport(report), publicProgrammeAnswers(report, lang))
        : null,
    });
    send(
      res,
      200,
      lang,
      lang === 'ru' ? region.nameRu : region.nameEn,
      req.path,
      (current?.run.synthetic ?? false) || (report?.synthetic ?? false),
      body,
    );
  });

  router.get('/programme', async (req, res) => {
    const lang = pageLang(req.query);
    const latest = await defaultProgrammeYear(db);
    if (latest === undefined)
      return send(
        res,
        200,
        lang,
        pt(lang, 'programme'),
        req.path,
        false,
        html`<h1>${pt(lang, 'title')}</h1>
          <p>${pt(lang, 'noData')}</p>`,
      );
    res.redirect(302, withLang(`/programme/${latest}`, lang));
  });

  router.get('/programme/:year', async (req, res) => {
    const lang = pageLang(req.query);
    const year = /^\d{4}$/.test(req.params.year) ? Number(req.params.year) : NaN;
    if (!(year >= 2000 && year <= 2100)) return notFoundPage(res, lang, req.path);
    const districtList = await districts(lang);
    const wantedDistrict = firstString(req.query.fd);
    const district = districtList.some((d) => d.code === wantedDistrict) ? wantedDistrict : null;
    const report = await programme.get({ year, regionCode: null, grain: 'quarter' });
    const years = [...new Set([year, ...(await programmeYears(db))])].sort((a, b) => b - a);
    const body = programmeBody({
      lang,
      report: publicProgrammeReport(report),
      answers: publicProgrammeAnswers(report, lang),
      districts: districtList,
      district,
      years,
    });
    send(res, 200, lang, `${pt(lang, 'programme')} ${year}`, req.path, report.synthetic, body);
  });

  router.get('/methodology', async (req, res) => {
    const lang = pageLang(req.query);
    const requested = Number(firstString(req.query.run));
    const runs = await publishedRuns();
    const run =
      Number.isInteger(requested) && requested > 0
        ? await getRun(db, requested, { drafts: false })
        : (runs.find((r) => r.status === 'published') ?? null);
    if (!run || !wasPublished(run)) return notFoundPage(res, lang, req.path);
    const method = await getRunMethodology(db, run.id);
    if (!method) return notFoundPage(res, lang, req.path);
    send(res, 200, lang, t(lang, 'methodology'), req.path, run.synthetic, methodologyBody(lang, run, method));
  });

  router.get('/changelog', async (req, res) => {
    const lang = pageLang(req.query);
    const entries = await getChangelog(db);
    send(
      res,
      200,
      lang,
      t(lang, 'changelog'),
      req.path,
      entries.some((e) => e.synthetic),
      changelogBody(lang, entries),
    );
  });

  router.use((req, res) => notFoundPage(res, pageLang(req.query), req.path));
  return router;
}
