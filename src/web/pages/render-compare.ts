/**
 * The compare page of a published run (`/ratings/{period}/compare?a=…&b=…&from=…&fd=…`): regions typed in any
 * spelling the ingest accepts (lookUpRegion), `b=district` (or «округ») for the median of A's federal district, and
 * a slope chart of places from an earlier published year of the same methodology (default: the previous one) to
 * the run's, of all regions or of one district. Published runs only; an unknown period is a 404.
 */
import { getPublishedRunOfPeriod, type RegionInfo } from '../../ratings/queries.js';
import { readComparison, type ComparisonReads } from '../../ratings/comparison-reads.js';
import { lookUpRegion } from '../../reference/region-lookup.js';
import { compareRegions, type Counterpart } from './comparison.js';
import { compareBody, COMPARE_TEXTS } from './compare-page.js';
import { pageLang, type PageLang } from './i18n.js';
import { districtNames, notFoundPage } from './render-ranking.js';
import { firstString, type PageSources, type RenderedPage } from './rendered-page.js';
import { slopeChart, type SlopeLine } from './slope-chart.js';

const DISTRICT_WORDS = new Set(['district', 'округ', 'медиана', 'median', 'медиана округа']);

type Resolved = { region: RegionInfo } | { notice: string } | null;

/** The region a typed text names among the run's rated regions, a notice saying why none, or null for no text. */
function resolveRegion(text: string, reads: ComparisonReads, lang: PageLang): Resolved {
  if (text === '') return null;
  const match = lookUpRegion(text);
  const region = 'code' in match ? reads.regions.find((r) => r.code === match.code) : undefined;
  if (!region) return { notice: COMPARE_TEXTS.notFound[lang](text) };
  if (!reads.index.has(region.code))
    return { notice: COMPARE_TEXTS.notRated[lang](lang === 'ru' ? region.nameRu : region.nameEn, reads.run.period) };
  return { region };
}

function slopeLines(reads: ComparisonReads, from: number, district: string, lang: PageLang): SlopeLine[] {
  const before = reads.years.find((y) => y.run.period === from)?.index;
  if (!before) return [];
  return reads.regions.flatMap((r) => {
    const a = before.get(r.code)?.rank;
    const b = reads.index.get(r.code)?.rank;
    if (a == null || b == null || (district !== '' && r.federalDistrict !== district)) return [];
    return [{ code: r.code, name: lang === 'ru' ? r.nameRu : r.nameEn, from: a, to: b }];
  });
}

export async function renderComparePage(
  sources: Pick<PageSources, 'db'>,
  periodText: string,
  query: Record<string, unknown>,
  path: string,
): Promise<RenderedPage> {
  const lang = pageLang(query);
  const run = /^\d{4}$/.test(periodText) ? await getPublishedRunOfPeriod(sources.db, Number(periodText)) : null;
  if (!run) return notFoundPage(lang, path);
  const reads = await readComparison(sources.db, run);
  const districts = await districtNames(sources.db, lang);
  const districtName = (code: string) => districts.find((d) => d.code === code)?.name ?? code;
  const aText = firstString(query.a).trim().slice(0, 100);
  const bText = firstString(query.b).trim().slice(0, 100);
  const notices: string[] = [];
  const a = resolveRegion(aText, reads, lang);
  if (a && 'notice' in a) notices.push(a.notice);
  let b: Counterpart | null = null;
  if (a && 'region' in a) {
    if (bText === '' || DISTRICT_WORDS.has(bText.toLocaleLowerCase('ru'))) b = { district: a.region.federalDistrict };
    else {
      const resolved = resolveRegion(bText, reads, lang);
      if (resolved && 'notice' in resolved) notices.push(resolved.notice);
      else if (resolved) b = resolved;
    }
  } else if (bText !== '' && !DISTRICT_WORDS.has(bText.toLocaleLowerCase('ru'))) {
    const resolved = resolveRegion(bText, reads, lang);
    if (resolved && 'notice' in resolved) notices.push(resolved.notice);
  }
  const fromYears = reads.years.map((y) => y.run.period).filter((p) => p < run.period);
  const askedFrom = Number(firstString(query.from));
  const from = fromYears.includes(askedFrom) ? askedFrom : (fromYears.at(-1) ?? null);
  const askedDistrict = firstString(query.fd).slice(0, 8);
  const district = districts.some((d) => d.code === askedDistrict) ? askedDistrict : '';
  if (askedDistrict !== '' && district === '') notices.push(COMPARE_TEXTS.unknownDistrict[lang](askedDistrict));
  const comparison = a && 'region' in a && b ? compareRegions(reads, a.region, b) : null;
  const asked = comparison ? [comparison.a.code, ...('region' in comparison.b ? [comparison.b.region.code] : [])] : [];
  const lines = from === null ? [] : slopeLines(reads, from, district, lang);
  return {
    status: 200,
    lang,
    title: `${COMPARE_TEXTS.title[lang]} ${run.period}`,
    path,
    synthetic: reads.years.some((y) => y.run.synthetic),
    body: compareBody({
      lang,
      run,
      query: { a: aText, b: bText, from, district },
      notices,
      comparison,
      districtName,
      districts,
      fromYears,
      slope: from !== null && lines.length > 0 ? slopeChart(lines, { from, to: run.period }, asked, lang) : null,
    }),
  };
}
