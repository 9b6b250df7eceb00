/**
 * The ranking page of a period (or of the latest published period when `period` is null), with the district
 * filter, search and sort read from the query. Published runs only. Rendered per request for searches and sorts,
 * and at publication for each language and district (src/web/published/precompute-public-content.ts).
 */
import {
  getPublishedRunOfPeriod,
  getRanking,
  listPublishedRunsOfPeriod,
  listRegions,
  listRuns,
  type RegionInfo,
  type RunSummary,
} from '../../ratings/queries.js';
import { runBandNames } from '../../ratings/band-names.js';
import { compareFederalDistricts } from '../../reference/federal-district-order.js';
import { html } from './html.js';
import { pageLang, t, type PageLang } from './i18n.js';
import { groupPublishedFiles, readPublishedFiles } from './publication-files.js';
import { rankingBody, SORT_KEYS, type SortKey } from './ranking-page.js';
import { firstString, type PageSources, type RenderedPage } from './rendered-page.js';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/tables.js';

/** The federal districts in their official order, named in the page's language. */
export async function districtNames(db: Kysely<DB>, lang: PageLang): Promise<{ code: string; name: string }[]> {
  return (await db.selectFrom('federal_district').selectAll().execute())
    .sort((a, b) => compareFederalDistricts(a.code, b.code))
    .map((d) => ({ code: d.code, name: lang === 'ru' ? d.name_ru : d.name_en }));
}

export const notFoundPage = (lang: PageLang, path: string): RenderedPage => ({
  status: 404,
  lang,
  title: t(lang, 'notFound'),
  path,
  synthetic: false,
  body: html`<h1>${t(lang, 'notFound')}</h1>`,
});

/** What every variant (language, district, search, sort) of one ranking page shows; null when there is no run. */
export interface RankingPageData {
  readonly periods: number[];
  readonly run: RunSummary | null;
  readonly ranking: Awaited<ReturnType<typeof getRanking>>;
  readonly regions: RegionInfo[];
  readonly districts: Readonly<Record<PageLang, { code: string; name: string }[]>>;
  readonly files: ReturnType<typeof groupPublishedFiles>;
  readonly bandNames: Awaited<ReturnType<typeof runBandNames>>;
  /** Every run published for the period (one per methodology, the headline first). */
  readonly methodologies: RunSummary[];
}

/**
 * `methodology`: a methodology published for the period beside the headline one (`?methodology=ID`); absent, the
 * period's headline methodology. Published runs only, so a draft of that methodology is never shown (embargo).
 */
export async function loadRankingPageData(
  { db, reportsDir }: Pick<PageSources, 'db' | 'reportsDir'>,
  period: number | null,
  methodology?: string,
): Promise<RankingPageData> {
  const runs = await listRuns(db, { drafts: false });
  const periods = [...new Set(runs.filter((r) => r.status === 'published').map((r) => r.period))].sort((a, b) => b - a);
  const wanted = period ?? periods[0];
  const run = wanted === undefined ? null : await getPublishedRunOfPeriod(db, wanted, methodology);
  return {
    periods,
    run,
    ranking: run ? await getRanking(db, run) : [],
    regions: run ? await listRegions(db) : [],
    districts: { ru: await districtNames(db, 'ru'), en: await districtNames(db, 'en') },
    files: run ? groupPublishedFiles(await readPublishedFiles(reportsDir, run.id)) : groupPublishedFiles([]),
    bandNames: run ? await runBandNames(db, run.id) : new Map(),
    methodologies: run ? await listPublishedRunsOfPeriod(db, run.period) : [],
  };
}

export async function renderRankingPage(
  sources: PageSources,
  period: number | null,
  query: Record<string, unknown>,
  path: string,
): Promise<RenderedPage> {
  const methodology = firstString(query.methodology);
  return rankingPageOf(
    await loadRankingPageData(sources, period, methodology === '' ? undefined : methodology.slice(0, 100)),
    period,
    query,
    path,
  );
}

/** The page of one variant, from the data (no I/O). */
export function rankingPageOf(
  { periods, run, ranking, regions, districts, files, bandNames, methodologies }: RankingPageData,
  period: number | null,
  query: Record<string, unknown>,
  path: string,
): RenderedPage {
  const lang = pageLang(query);
  if (!run) {
    if (period !== null) return notFoundPage(lang, path);
    return {
      status: 200,
      lang,
      title: t(lang, 'ranking'),
      path,
      synthetic: false,
      body: html`<h1>${t(lang, 'ranking')}</h1>
        <p>${t(lang, 'noRating')}</p>`,
    };
  }
  const byCode = new Map(ranking.map((r) => [r.regionCode, r]));
  const sort = (SORT_KEYS as readonly string[]).includes(firstString(query.sort))
    ? (firstString(query.sort) as SortKey)
    : 'rank';
  const districtList = districts[lang];
  const askedDistrict = firstString(query.fd).slice(0, 8);
  const knownDistrict = askedDistrict === '' || districtList.some((d) => d.code === askedDistrict);
  const body = rankingBody({
    lang,
    run,
    ranking,
    periods,
    districts: districtList,
    files,
    bandNames,
    methodologies,
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
  return { status: 200, lang, title: `${t(lang, 'ranking')} ${run.period}`, path, synthetic: run.synthetic, body };
}
