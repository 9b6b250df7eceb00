/**
 * A region's page: its place in each published run, its files, and the programme section of the rating's year.
 * Rendered per request for `?period=` and at publication for each region and language
 * (src/web/published/precompute-public-content.ts), which reads what every region page shares once (SharedReads).
 */
import {
  getRegionInRun,
  listRegions,
  listRuns,
  type RegionInfo,
  type RegionInRun,
  type RunSummary,
} from '../../ratings/queries.js';
import type { ProgrammeReport } from '../../programme/report.js';
import { runBandNames } from '../../ratings/band-names.js';
import { getRegionsInRun } from '../../ratings/regions-in-run.js';
import { defaultProgrammeYear } from '../programme/years.js';
import { publicProgrammeAnswers, publicProgrammeReport } from '../programme/public-report.js';
import { pageLang, type PageLang } from './i18n.js';
import { programmeSection } from './programme-section.js';
import { regionBody } from './region-page.js';
import { regionPublishedFiles } from './region-files.js';
import { districtNames, notFoundPage } from './render-ranking.js';
import { firstString, type PageSources, type RenderedPage } from './rendered-page.js';
import type { PublishedFile } from './publication-files.js';

/** What every region page reads alike: the regions, the published runs, the district names. */
export interface SharedReads {
  readonly regions: RegionInfo[];
  readonly publishedRuns: RunSummary[];
  readonly districts: Readonly<Record<PageLang, { code: string; name: string }[]>>;
  /** Every region's result in each published run, read at once when many pages are rendered (else per page). */
  readonly results?: ReadonlyMap<number, ReadonlyMap<string, RegionInRun>>;
}

export async function loadSharedReads(
  sources: Pick<PageSources, 'db'>,
  options: { allResults?: boolean } = {},
): Promise<SharedReads> {
  const { db } = sources;
  const publishedRuns = (await listRuns(db, { drafts: false })).filter((r) => r.status === 'published');
  const results = new Map<number, ReadonlyMap<string, RegionInRun>>();
  if (options.allResults) for (const run of publishedRuns) results.set(run.id, await getRegionsInRun(db, run.id));
  return {
    regions: await listRegions(db),
    publishedRuns,
    districts: { ru: await districtNames(db, 'ru'), en: await districtNames(db, 'en') },
    ...(options.allResults ? { results } : {}),
  };
}

/** What one region's page shows in either language, for the period asked (`period` query value, '' for none). */
export interface RegionPageData {
  readonly shared: SharedReads;
  readonly region: RegionInfo;
  readonly history: { run: RunSummary; result: RegionInRun }[];
  readonly current: { run: RunSummary; result: RegionInRun } | null;
  readonly askedPeriod: string;
  readonly files: PublishedFile[];
  readonly report: ProgrammeReport | null;
  readonly bandNames: Awaited<ReturnType<typeof runBandNames>>;
  /** The site's address, for the charts' embed snippets. */
  readonly siteUrl: string;
}

export async function loadRegionPageData(
  { db, reportsDir, programme, siteUrl }: PageSources,
  code: string,
  askedPeriod: string,
  shared?: SharedReads,
): Promise<RegionPageData | null> {
  const reads = shared ?? (await loadSharedReads({ db }));
  const region = reads.regions.find((r) => r.code === code);
  if (!region) return null;
  const history: { run: RunSummary; result: RegionInRun }[] = [];
  for (const run of reads.publishedRuns) {
    const result = reads.results
      ? (reads.results.get(run.id)?.get(region.code) ?? null)
      : await getRegionInRun(db, run.id, region.code);
    if (result) history.push({ run, result });
  }
  const wanted = Number(askedPeriod);
  const current = history.find((h) => h.run.period === wanted) ?? history[0] ?? null;
  // The region's own files (factsheet, charts) as the export's manifest attributes them, else the national files.
  const files = current ? await regionPublishedFiles(reportsDir, current.run.id, region.code) : [];
  // The programme section: the rating's year, else the year asked for, else the latest year with programme data.
  const programmeYear =
    current?.run.period ??
    (wanted >= 2000 && wanted <= 2100 && Number.isInteger(wanted) ? wanted : await defaultProgrammeYear(db));
  const report =
    programmeYear === undefined
      ? null
      : await programme.get({ year: programmeYear, regionCode: region.code, grain: 'quarter' });
  const bandNames = current ? await runBandNames(db, current.run.id) : new Map();
  return {
    shared: reads,
    region,
    history,
    current,
    askedPeriod,
    files,
    report,
    bandNames,
    siteUrl: siteUrl ?? 'http://localhost:8080',
  };
}

export async function renderRegionPage(
  sources: PageSources,
  code: string,
  query: Record<string, unknown>,
  path: string,
): Promise<RenderedPage> {
  const data = await loadRegionPageData(sources, code, firstString(query.period));
  return data ? regionPageOf(data, query, path) : notFoundPage(pageLang(query), path);
}

/** The page in the query's language, from the data (no I/O). */
export function regionPageOf(data: RegionPageData, query: Record<string, unknown>, path: string): RenderedPage {
  const { shared, region, history, current, askedPeriod, files, report, bandNames, siteUrl } = data;
  const lang = pageLang(query);
  const missingPeriod =
    askedPeriod !== '' && current !== null && current.run.period !== Number(askedPeriod)
      ? askedPeriod.slice(0, 12)
      : null;
  const nextUp = current?.result.nextUp
    ? shared.regions.find((r) => r.code === current.result.nextUp!.regionCode)
    : undefined;
  const district =
    shared.districts[lang].find((d) => d.code === region.federalDistrict)?.name ?? region.federalDistrict;
  const body = regionBody({
    lang,
    region,
    districtName: district,
    current,
    history,
    files,
    bandNames,
    siteUrl,
    missingPeriod,
    nextUpName: nextUp ? (lang === 'ru' ? nextUp.nameRu : nextUp.nameEn) : null,
    programme: report
      ? programmeSection(lang, publicProgrammeReport(report), publicProgrammeAnswers(report, lang))
      : null,
  });
  return {
    status: 200,
    lang,
    title: lang === 'ru' ? region.nameRu : region.nameEn,
    path,
    synthetic: (current?.run.synthetic ?? false) || (report?.synthetic ?? false),
    body,
  };
}
