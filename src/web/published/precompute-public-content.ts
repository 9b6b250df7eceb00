/**
 * Renders what the public reads, once, into the store of published content (src/ratings/published-content-store.ts):
 * run inside the transaction of every publication change (publish, correction, withdrawal: src/ratings/publish.ts)
 * and after an export writes a run's files into the reports folder (the pages list them). From published runs only:
 *
 *   per published year   the ranking JSON (/api/v1/periods/{y}/rating); the ranking page /ratings/{y} per language
 *                        (ru, en) and district filter (none + each federal district); the national programme report
 *                        per grain (year, quarter, month), from which any region's report is cut when asked
 *   latest year          the home page / per language and district filter
 *   every region         /regions/{code} per language
 *
 * Each page is rendered by the very renderer the route uses (render-ranking.ts, render-region.ts), so a stored page
 * equals the live one byte for byte. Searches, sorts and `?period=` stay live (behind the in-memory cache).
 * The caller empties the store first (publish.ts does, in the same transaction).
 */
import type { Kysely } from 'kysely';
import { PERIOD_GRAINS } from '../../core/programme/index.js';
import type { DB } from '../../db/tables.js';
import { loadProgrammeReportPerGrain } from '../../programme/load.js';
import { regionReportOf } from '../../programme/region-report-of.js';
import type { ProgrammeReport } from '../../programme/report.js';
import { loadProgrammeReportStoredFirst } from '../../programme/stored-report.js';
import {
  clearPublishedContent,
  inputsMark,
  storePages,
  storeProgrammeReport,
  type RefreshPublishedContent,
  type StoredPage,
} from '../../ratings/published-content-store.js';
import { getPublishedRunOfPeriod, getRanking, listRuns } from '../../ratings/queries.js';
import { PAGE_CONTENT_TYPE, pageCacheControl, pageHtml, type PageSources } from '../pages/rendered-page.js';
import { districtNames, loadRankingPageData, rankingPageOf } from '../pages/render-ranking.js';
import { loadRegionPageData, loadSharedReads, regionPageOf } from '../pages/render-region.js';
import { withoutEmptyTotals, type ProgrammeReports } from '../programme/report-cache.js';
import { keyOf, strongEtag } from '../public-cache.js';

export interface PrecomputeSummary {
  readonly pages: number;
  readonly programmeReports: number;
}

const LANGS = [{}, { lang: 'en' }] as const;
const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

export function precomputePublicContent(reportsDir: string, siteUrl?: string): RefreshPublishedContent {
  return (trx) => refresh(trx, reportsDir, siteUrl);
}

/**
 * Empties and fills the store in a transaction of its own: after an export wrote a run's files into the reports
 * folder (the pages list them), or at the end of the demo.
 */
export async function refreshPublishedContent(
  db: Kysely<DB>,
  reportsDir: string,
  siteUrl?: string,
): Promise<PrecomputeSummary> {
  return db.transaction().execute(async (trx) => {
    await clearPublishedContent(trx);
    return refresh(trx, reportsDir, siteUrl);
  });
}

async function refresh(db: Kysely<DB>, reportsDir: string, siteUrl?: string): Promise<PrecomputeSummary> {
  const mark = await inputsMark(db);
  const years = [
    ...new Set((await listRuns(db, { drafts: false })).filter((r) => r.status === 'published').map((r) => r.period)),
  ].sort((a, b) => b - a);

  const nations = new Map<string, ProgrammeReport>();
  for (const year of years) {
    const perGrain = await loadProgrammeReportPerGrain(db, { year }, PERIOD_GRAINS);
    for (const grain of PERIOD_GRAINS) {
      const report = withoutEmptyTotals(asJson(perGrain.get(grain)!));
      nations.set(`${year}|${grain}`, report);
      await storeProgrammeReport(db, { year, grain, report: JSON.stringify(report), inputsMark: mark });
    }
  }
  const programme: Pick<ProgrammeReports, 'get'> = {
    async get(key) {
      const nation = nations.get(`${key.year}|${key.grain}`);
      if (!nation) return withoutEmptyTotals(await loadProgrammeReportStoredFirst(db, key));
      const region = nation.regions.find((r) => r.code === key.regionCode);
      return withoutEmptyTotals(region ? regionReportOf(nation, region) : nation);
    },
  };
  const sources: PageSources = { db, reportsDir, programme, ...(siteUrl ? { siteUrl } : {}) };

  const pages: StoredPage[] = [];
  const page = (key: string, contentType: string, cacheControl: string, vary: string, body: string, marked: boolean) =>
    pages.push({
      key,
      contentType,
      cacheControl,
      vary,
      body,
      etag: strongEtag(body),
      inputsMark: marked ? mark : null,
    });

  const districts = (await districtNames(db, 'ru')).map((d) => d.code);
  for (const [i, year] of years.entries()) {
    const run = (await getPublishedRunOfPeriod(db, year))!;
    const body = JSON.stringify({ run, ranking: await getRanking(db, run) });
    page(
      keyOf(`/api/v1/periods/${year}/rating`, {}),
      JSON_CONTENT_TYPE,
      'public, max-age=60',
      'Authorization',
      body,
      false,
    );
    const data = await loadRankingPageData(sources, year);
    // The home page shows the latest published year: the same data as /ratings/{latest}.
    const variants: [number | null, string][] =
      i === 0
        ? [
            [year, `/ratings/${year}`],
            [null, '/'],
          ]
        : [[year, `/ratings/${year}`]];
    for (const [period, path] of variants) {
      for (const lang of LANGS) {
        for (const fd of ['', ...districts]) {
          const query = { ...lang, ...(fd ? { fd } : {}) };
          const rendered = rankingPageOf(data, period, query, path);
          if (rendered.status !== 200) continue;
          page(keyOf(path, query), PAGE_CONTENT_TYPE, pageCacheControl(200), '', pageHtml(rendered), false);
        }
      }
    }
  }
  if (years.length > 0) {
    const shared = await loadSharedReads(sources, { allResults: true });
    for (const region of shared.regions) {
      const path = `/regions/${region.code}`;
      const data = (await loadRegionPageData(sources, region.code, '', shared))!;
      for (const lang of LANGS) {
        page(
          keyOf(path, lang),
          PAGE_CONTENT_TYPE,
          pageCacheControl(200),
          '',
          pageHtml(regionPageOf(data, lang, path)),
          true,
        );
      }
    }
  }
  await storePages(db, pages);
  return { pages: pages.length, programmeReports: nations.size };
}

/** The report as it reads back from JSON (NaN and ±Infinity become null), as a stored one does. */
const asJson = (report: ProgrammeReport): ProgrammeReport => JSON.parse(JSON.stringify(report)) as ProgrammeReport;
