/**
 * The ranking page: a published run's table (sortable by column links, filtered by federal district, searchable by
 * name), its tile map and downloads. Server-rendered; the filter is a plain GET form.
 */
import { bandName, type BandNames } from '../../ratings/band-names.js';
import type { RankingEntry, RunSummary } from '../../ratings/queries.js';
import { distinguishingDecimals } from '../../text/distinguishing-decimals.js';
import { formatScore, html, type SafeHtml } from './html.js';
import { t, type PageLang } from './i18n.js';
import { withLang } from './layout.js';
import { tileMap, type MapTile } from './tile-map.js';
import { lookUpRegion } from '../../reference/region-lookup.js';
import { mainDownloads } from './data-page.js';
import type { FileGroups } from './publication-files.js';

export const SORT_KEYS = ['rank', 'name', 'score', 'change'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface RankingView {
  readonly lang: PageLang;
  readonly run: RunSummary;
  readonly ranking: readonly RankingEntry[];
  readonly periods: readonly number[];
  readonly districts: readonly { code: string; name: string }[];
  readonly tiles: readonly MapTile[];
  readonly files: FileGroups;
  readonly filter: {
    readonly district: string;
    readonly search: string;
    readonly sort: SortKey;
    readonly descending: boolean;
  };
  /** A district code asked for that does not exist (the filter then shows every district), else absent. */
  readonly unknownDistrict?: string;
  /** The run's band names (band id → { ru, en }); a band without a name shows its id. */
  readonly bandNames?: BandNames;
  /** Every run published for the period (one per methodology, the headline first); the page links the others. */
  readonly methodologies?: readonly RunSummary[];
}

/** The query parameter naming a methodology published beside the headline one (absent for the headline). */
const methodologyQuery = (run: RunSummary): Record<string, string> =>
  run.headline ? {} : { methodology: run.methodology.id };

/** Which methodology is the headline of the period, and links to the other published ones (nothing when only one). */
function methodologyChoice(view: RankingView): SafeHtml | '' {
  const { lang, run } = view;
  const all = view.methodologies ?? [];
  if (all.length < 2) return '';
  const headline = all.find((r) => r.headline);
  const link = (other: RunSummary) =>
    html`<a
      href="${withLang(`/ratings/${other.period}${other.headline ? '' : `?${new URLSearchParams({ methodology: other.methodology.id }).toString()}`}`, lang)}"
      >${other.methodology.id} ${other.methodology.version}</a
    >`;
  const others = all.filter((r) => r.id !== run.id);
  return html`<p class="methodologies">
    ${
      run.headline
        ? lang === 'ru'
          ? html`Основная методика периода: ${run.methodology.id} ${run.methodology.version}. Опубликованы также
            рейтинги по методикам: ${others.map((o, i) => html`${i > 0 ? ', ' : ''}${link(o)}`)}.`
          : html`The headline methodology of the period: ${run.methodology.id} ${run.methodology.version}. Also
            published: ${others.map((o, i) => html`${i > 0 ? ', ' : ''}${link(o)}`)}.`
        : lang === 'ru'
          ? html`Рейтинг по методике ${run.methodology.id} ${run.methodology.version}, опубликованной наряду с основной.
            Основная методика периода: ${headline ? link(headline) : '—'}.`
          : html`The ranking by methodology ${run.methodology.id} ${run.methodology.version}, published beside the
            headline one. The headline methodology of the period: ${headline ? link(headline) : '—'}.`
    }
  </p>`;
}

const NOTICE = {
  unknownDistrict: {
    ru: (code: string) => `Федерального округа «${code}» нет: показаны все регионы.`,
    en: (code: string) => `There is no federal district "${code}": all regions are shown.`,
  },
  nothingFound: {
    ru: (text: string) =>
      `По запросу «${text}» ничего не найдено. Введите название региона (например, «Смоленская обл.») или его код.`,
    en: (text: string) => `Nothing matches "${text}". Type a region's name (e.g. "Smolensk Oblast") or its code.`,
  },
} as const;

/**
 * Filters by district and by the search text, then sorts (missing values last, names by the page language's
 * collation). The search takes every spelling the ingest takes (`смоленская обл.`, `RU-SMO`, an OKATO/OKTMO code),
 * resolved by `lookUpRegion`; a text that names no region is matched as a case-insensitive substring of either name.
 */
export function selectRows(view: Pick<RankingView, 'ranking' | 'filter' | 'lang'>): RankingEntry[] {
  const { district, search, sort, descending } = view.filter;
  const needle = search.trim().toLocaleLowerCase('ru');
  const match = needle ? lookUpRegion(search.trim()) : null;
  const named = match && 'code' in match ? match.code : null;
  const rows = view.ranking.filter(
    (r) =>
      (!district || r.federalDistrict === district) &&
      (!needle ||
        r.regionCode === named ||
        r.nameRu.toLocaleLowerCase('ru').includes(needle) ||
        r.nameEn.toLowerCase().includes(needle)),
  );
  const key = (r: RankingEntry): number | string | null =>
    sort === 'name'
      ? view.lang === 'ru'
        ? r.nameRu
        : r.nameEn
      : sort === 'score'
        ? r.score
        : sort === 'change'
          ? (r.change?.rankDelta ?? null)
          : r.rank;
  const sign = descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return sign * (typeof x === 'string' ? x.localeCompare(String(y), view.lang) : x - (y as number));
  });
}

function sortLink(view: RankingView, key: SortKey, label: string): SafeHtml {
  const { filter, lang, run } = view;
  const descending = filter.sort === key ? !filter.descending : key === 'score' || key === 'change';
  const query = new URLSearchParams({
    ...methodologyQuery(run),
    ...(filter.district ? { fd: filter.district } : {}),
    ...(filter.search ? { q: filter.search } : {}),
    sort: key,
    dir: descending ? 'desc' : 'asc',
  });
  const ariaSort = filter.sort === key ? (filter.descending ? 'descending' : 'ascending') : undefined;
  return html`<th
    scope="col"
    data-key="${key}"
    ${ariaSort ? html` aria-sort="${ariaSort}"` : ''}
    class="${key === 'name' ? '' : 'num'}"
  >
    <a href="${withLang(`/ratings/${run.period}?${query}`, lang)}">${label}</a>
  </th>`;
}

const SCORE_DECIMALS_NOTE = {
  ru: 'Баллы показаны с одним знаком после запятой; где два региона с разными местами совпали бы при таком округлении, показано больше знаков: места присваиваются по более точному баллу.',
  en: 'Scores are shown with one decimal; where two regions holding different places would look equal at one decimal, more decimals are shown: places follow the more precise score.',
} as const;

function changeCell(entry: RankingEntry): SafeHtml {
  const delta = entry.change?.rankDelta ?? null;
  if (delta === null) return html`<td class="num" data-value="">—</td>`;
  const text = delta > 0 ? `▲ ${delta}` : delta < 0 ? `▼ ${-delta}` : '=';
  return html`<td class="num ${delta > 0 ? 'up' : delta < 0 ? 'down' : ''}" data-value="${delta}">${text}</td>`;
}

export function rankingBody(view: RankingView): SafeHtml {
  const { lang, run } = view;
  const rows = selectRows(view);
  const district = (code: string) => view.districts.find((d) => d.code === code)?.name ?? code;
  // Regions that would show the same score at one decimal but hold different places get more decimals and a mark.
  const shownDecimals = distinguishingDecimals(
    view.ranking.map((r) => ({ score: r.score, place: r.rank })),
    1,
  );
  const decimalsOf = new Map(view.ranking.map((r, i) => [r.regionCode, shownDecimals[i]!]));
  const anyMore = rows.some((r) => (decimalsOf.get(r.regionCode) ?? 1) > 1);
  const notices = [
    ...(view.unknownDistrict ? [NOTICE.unknownDistrict[lang](view.unknownDistrict)] : []),
    ...(rows.length === 0 && view.filter.search ? [NOTICE.nothingFound[lang](view.filter.search)] : []),
  ];
  return html`<h1>${t(lang, 'ranking')} ${run.period}</h1>
    <p class="meta">
      ${t(lang, 'version')} ${run.version} · ${t(lang, 'published')} ${run.publishedAt?.slice(0, 10) ?? ''} ·
      <a href="${withLang(`/methodology?run=${run.id}`, lang)}"
        >${t(lang, 'methodology')} ${run.methodology.id} ${run.methodology.version}</a
      >
      ${run.status === 'withdrawn' ? html` · <strong>${t(lang, 'withdrawn')}: ${run.withdrawnReason ?? ''}</strong>` : ''}
    </p>
    ${methodologyChoice(view)} ${mainDownloads(run, view.files, lang)}
    <p>
      <a href="${withLang(`/ratings/${run.period}/build`, lang)}"
        >${lang === 'ru' ? 'Соберите свой рейтинг: свои веса услуг и этапов' : 'Build your own rating: your own weights of services and stages'}</a
      >
    </p>
    <p>
      <a href="${withLang(`/ratings/${run.period}/compare`, lang)}"
        >${lang === 'ru' ? 'Сравните два региона или регион с медианой его округа; места по годам' : 'Compare two regions, or a region with its district median; places over the years'}</a
      >
    </p>
    <p>
      ${t(lang, 'period')}:
      ${view.periods.map((p) => html`<a href="${withLang(`/ratings/${p}`, lang)}" ${p === run.period ? html` aria-current="page"` : ''}>${p}</a> `)}
    </p>
    <form class="filters" method="get" action="/ratings/${run.period}" role="search">
      ${lang === 'en' ? html`<input type="hidden" name="lang" value="en" />` : ''}
      ${run.headline ? '' : html`<input type="hidden" name="methodology" value="${run.methodology.id}" />`}
      <label
        >${t(lang, 'district')}<select name="fd" id="fd">
          <option value="">${t(lang, 'allDistricts')}</option>
          ${view.districts.map((d) => html`<option value="${d.code}" ${d.code === view.filter.district ? html` selected` : ''}>${d.name}</option>`)}
        </select></label
      >
      <label>${t(lang, 'search')}<input type="search" name="q" id="q" value="${view.filter.search}" /></label>
      <button type="submit">${t(lang, 'apply')}</button>
    </form>
    ${notices.map((n) => html`<p class="notice" role="status">${n}</p>`)}
    <h2>${t(lang, 'map')}</h2>
    ${tileMap(view.tiles, lang, t(lang, 'mapAlt'), view.filter.district)}
    <h2>${t(lang, 'ranking')}</h2>
    <table data-sortable>
      <caption>
        ${t(lang, 'ranking')} ${run.period}: ${rows.length} / ${view.ranking.length}
      </caption>
      <thead>
        <tr>
          ${sortLink(view, 'rank', t(lang, 'rank'))}${sortLink(view, 'name', t(lang, 'region'))}
          <th scope="col">${t(lang, 'district')}</th>
          ${sortLink(view, 'score', t(lang, 'score'))}
          <th scope="col">${t(lang, 'band')}</th>
          <th scope="col" class="num">${t(lang, 'interval')}</th>
          ${sortLink(view, 'change', t(lang, 'change'))}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (r) =>
            html`<tr>
              <td class="num" data-value="${r.rank ?? ''}">${r.rank ?? '—'}</td>
              <th scope="row">
                <a href="${withLang(`/regions/${r.regionCode}?period=${run.period}`, lang)}"
                  >${lang === 'ru' ? r.nameRu : r.nameEn}</a
                >
              </th>
              <td>${district(r.federalDistrict)}</td>
              <td class="num" data-value="${r.score ?? ''}">
                ${formatScore(r.score, lang, decimalsOf.get(r.regionCode) ?? 1)}${(decimalsOf.get(r.regionCode) ?? 1) > 1 ? '*' : ''}
              </td>
              <td>
                ${r.band ? html`<span class="band">${bandName(view.bandNames ?? new Map(), r.band, lang)}</span>` : '—'}
              </td>
              <td class="num">${r.interval ? `${Math.round(r.interval.q05)}–${Math.round(r.interval.q95)}` : '—'}</td>
              ${changeCell(r)}
            </tr>`,
        )}
      </tbody>
    </table>
    ${anyMore ? html`<p class="note">* ${SCORE_DECIMALS_NOTE[lang]}</p>` : ''}
    <h2 id="downloads">${t(lang, 'downloads')}</h2>
    ${
      view.files.main.length +
        view.files.tables.length +
        view.files.charts.length +
        view.files.documentation.length +
        view.files.regions.size ===
      0
        ? html`<p>${t(lang, 'noFiles')}</p>`
        : html`<p>
            <a href="${withLang(`/ratings/${run.period}/data`, lang)}"
              >${lang === 'ru' ? 'Все файлы рейтинга: таблицы, графики, справки по регионам' : 'All files of the rating: tables, charts, region factsheets'}</a
            >
          </p>`
    }`;
}
