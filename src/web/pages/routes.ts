/**
 * Public pages. They show published (and withdrawn, marked) runs only, whoever asks: drafts are never rendered.
 * Published pages get `Cache-Control: public, max-age=60` and a strong ETag (304 on revalidation). The ranking and
 * region pages are rendered by render-ranking.ts and render-region.ts, also used at publication to store them.
 */
import { Router, type Response } from 'express';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/tables.js';
import {
  getChangelog,
  getPublishedRunOfPeriod,
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
import { buildBody, BUILD_TEXTS } from './build-page.js';
import { AppError, notFound as notFoundError } from '../errors.js';
import { RunSnapshotError } from '../../ratings/run-inputs.js';
import { explorerBundle } from '../explorer/explorer-bundle.js';
import { loadExplorerPayload } from '../explorer/load-explorer-payload.js';
import { dataBody } from './data-page.js';
import { groupPublishedFiles, readPublishedFiles } from './publication-files.js';
import type { ProgrammeReports } from '../programme/report-cache.js';
import { defaultProgrammeYear, programmeYears } from '../programme/years.js';
import { publicProgrammeAnswers, publicProgrammeReport } from '../programme/public-report.js';
import { programmeBody } from './programme-page.js';
import { pt } from './programme-texts.js';
import { firstString, pageCacheControl, sendPage } from './rendered-page.js';
import { districtNames, notFoundPage as notFound, renderRankingPage } from './render-ranking.js';
import { renderRegionPage } from './render-region.js';
import { renderComparePage } from './render-compare.js';

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
    .set('Cache-Control', pageCacheControl(status))
    .send(layout({ lang, title, path, synthetic, body, scripts }));
}

export function pages(db: Kysely<DB>, reportsDir: string, programme: ProgrammeReports, siteUrl?: string): Router {
  const router = Router();
  const publishedRuns = async () => listRuns(db, { drafts: false });
  const districts = (lang: PageLang) => districtNames(db, lang);
  const notFoundPage = (res: Response, lang: PageLang, path: string) => sendPage(res, notFound(lang, path));

  router.get('/assets/site.css', (_req, res) => {
    res.type('css').set('Cache-Control', 'public, max-age=3600').send(SITE_CSS);
  });
  router.get('/assets/sort.js', (_req, res) => {
    res.type('js').set('Cache-Control', 'public, max-age=3600').send(SORT_JS);
  });

  const sources = { db, reportsDir, programme, ...(siteUrl ? { siteUrl } : {}) };
  router.get('/', async (req, res) => sendPage(res, await renderRankingPage(sources, null, req.query, '/')));
  router.get('/ratings/:period', async (req, res) => {
    const period = /^\d{4}$/.test(req.params.period) ? Number(req.params.period) : NaN;
    if (Number.isNaN(period)) return notFoundPage(res, pageLang(req.query), req.path);
    return sendPage(res, await renderRankingPage(sources, period, req.query, req.path));
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

  router.get('/assets/explorer.js', async (_req, res) => {
    res
      .type('js')
      .set('Cache-Control', 'public, max-age=3600')
      .send(await explorerBundle());
  });

  // "Build your own rating": the page (official ranking without JavaScript) and the data its script recomputes from.
  const publishedRunOf = async (text: string) =>
    /^\d{4}$/.test(text) ? getPublishedRunOfPeriod(db, Number(text)) : null;
  // A run rated before runs stored their inputs (migration 0007) cannot be replayed: said, never a 500.
  const payloadOrRefusal = (run: RunSummary) =>
    loadExplorerPayload(db, run).catch((error: unknown) => {
      if (error instanceof RunSnapshotError) return null;
      throw error;
    });
  router.get('/ratings/:period/build.json', async (req, res) => {
    const run = await publishedRunOf(req.params.period);
    if (!run) throw notFoundError(`published rating of period ${req.params.period.slice(0, 12)}`);
    const payload = await payloadOrRefusal(run);
    if (!payload) throw new AppError('run_predates_stored_inputs', BUILD_TEXTS.predatesInputs.en, 409);
    res.set('Cache-Control', 'public, max-age=60').json(payload);
  });
  router.get('/ratings/:period/build', async (req, res) => {
    const lang = pageLang(req.query);
    const run = await publishedRunOf(req.params.period);
    if (!run) return notFoundPage(res, lang, req.path);
    const payload = await payloadOrRefusal(run);
    if (!payload)
      return send(
        res,
        409,
        lang,
        `${BUILD_TEXTS.title[lang]} ${run.period}`,
        req.path,
        run.synthetic,
        html`<p role="alert">${BUILD_TEXTS.predatesInputs[lang]}</p>
          <p>
            <a href="${withLang(`/ratings/${run.period}`, lang)}"
              >${lang === 'ru' ? 'Рейтинг' : 'Ranking'} ${run.period}</a
            >
          </p>`,
      );
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

  router.get('/ratings/:period/compare', async (req, res) =>
    sendPage(res, await renderComparePage(sources, req.params.period, req.query, req.path)),
  );

  router.get('/regions/:code', async (req, res) =>
    sendPage(res, await renderRegionPage(sources, req.params.code, req.query, req.path)),
  );

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
