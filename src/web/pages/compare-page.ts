/**
 * The compare page's body: a GET form (region A, region B or A's district median, the slope chart's first year and
 * district), the two sides' index score and place, every service and stage score with the difference A − B, the
 * places over the years, and the slope chart. Works without JavaScript.
 */
import type { RunSummary } from '../../ratings/queries.js';
import { formatScore, html, type SafeHtml } from './html.js';
import { t, type PageLang } from './i18n.js';
import { withLang } from './layout.js';
import type { Comparison, ScorePair, YearPair } from './comparison.js';

export const COMPARE_TEXTS = {
  title: { ru: 'Сравнение регионов', en: 'Compare regions' },
  regionA: { ru: 'Регион А', en: 'Region A' },
  regionB: { ru: 'Регион Б или «округ»', en: 'Region B or "district"' },
  hint: {
    ru: 'Название в любом написании («Смоленская обл.»), код (RU-SMO), код ОКАТО или ОКТМО. Вместо региона Б можно ввести «округ»: тогда регион А сравнивается с медианой своего федерального округа.',
    en: 'A name in any usual spelling ("Smolensk Oblast"), a code (RU-SMO), an OKATO or OKTMO code. Type "district" instead of region B to compare region A with the median of its federal district.',
  },
  compare: { ru: 'Сравнить', en: 'Compare' },
  notFound: {
    ru: (text: string) =>
      `Регион «${text}» не найден. Введите название (например, «Смоленская обл.») или код (RU-SMO).`,
    en: (text: string) => `No region matches "${text}". Type a name (e.g. "Smolensk Oblast") or a code (RU-SMO).`,
  },
  notRated: {
    ru: (name: string, period: number) => `Регион «${name}» не входит в рейтинг ${period} года.`,
    en: (name: string, period: number) => `${name} is not in the ${period} rating.`,
  },
  unknownDistrict: {
    ru: (code: string) => `Федерального округа «${code}» нет: на графике все регионы.`,
    en: (code: string) => `There is no federal district "${code}": the chart shows all regions.`,
  },
  askA: {
    ru: 'Введите регион А, чтобы сравнить его с другим регионом или с медианой его федерального округа.',
    en: 'Type region A to compare it with another region or with the median of its federal district.',
  },
  districtMedian: { ru: (d: string) => `Медиана: ${d}`, en: (d: string) => `Median: ${d}` },
  index: { ru: 'Индекс', en: 'Index' },
  services: { ru: 'Услуги', en: 'Services' },
  stages: { ru: 'Этапы получения услуги', en: 'Stages of a service' },
  years: { ru: 'Места по годам', en: 'Places over the years' },
  difference: { ru: 'Разница (А − Б)', en: 'Difference (A − B)' },
  placeNote: {
    ru: 'Разница — балл А минус балл Б. У места: ▲ — регион А выше региона Б на столько мест, ▼ — ниже. У медианы округа места нет.',
    en: 'The difference is A’s score minus B’s. For the place: ▲ — region A is that many places above B, ▼ — below. A district median has no place.',
  },
  slope: { ru: 'Места между двумя годами', en: 'Places between two years' },
  slopeFrom: { ru: 'С какого года', en: 'From year' },
  slopeOnlyOne: {
    ru: 'Для графика нужен ещё хотя бы один опубликованный год по той же методике.',
    en: 'The chart needs at least one more published year of the same methodology.',
  },
} as const;

export interface CompareView {
  readonly lang: PageLang;
  readonly run: RunSummary;
  readonly query: { readonly a: string; readonly b: string; readonly from: number | null; readonly district: string };
  readonly notices: readonly string[];
  readonly comparison: Comparison | null;
  readonly districtName: (code: string) => string;
  readonly districts: readonly { code: string; name: string }[];
  /** Published periods of the run's methodology before the run's: the slope chart's possible first years. */
  readonly fromYears: readonly number[];
  /** The slope chart, or null when there is no earlier year. */
  readonly slope: SafeHtml | null;
}

/** A signed difference with the page's decimal separator: +1,5 / −1,5 / 0,0; a dash when missing. */
export function formatDifference(value: number | null, lang: PageLang): string {
  if (value === null) return '—';
  const text = formatScore(Math.abs(value), lang);
  if (/^[0,.]+$/.test(text)) return text;
  return `${value > 0 ? '+' : '−'}${text}`;
}

/** A's place against B's: ▲ n when A is n places above, ▼ n below, = level; a dash when either has no place. */
function placeDifference(a: number | null | undefined, b: number | null | undefined): string {
  if (a == null || b == null) return '—';
  return a < b ? `▲ ${b - a}` : a > b ? `▼ ${a - b}` : '=';
}

function sideNames(view: CompareView, c: Comparison): [string, string] {
  const { lang } = view;
  const a = lang === 'ru' ? c.a.nameRu : c.a.nameEn;
  const b =
    'region' in c.b
      ? lang === 'ru'
        ? c.b.region.nameRu
        : c.b.region.nameEn
      : COMPARE_TEXTS.districtMedian[lang](view.districtName(c.b.district));
  return [a, b];
}

/** The header row of a side-by-side table: the two sides and their difference. */
function pairHead(names: [string, string], lang: PageLang): SafeHtml {
  return html`<thead>
    <tr>
      <th scope="col"></th>
      <th scope="col" class="num">${names[0]}</th>
      <th scope="col" class="num">${names[1]}</th>
      <th scope="col" class="num">${COMPARE_TEXTS.difference[lang]}</th>
    </tr>
  </thead>`;
}

function pairTable(caption: string, names: [string, string], rows: readonly ScorePair[], lang: PageLang): SafeHtml {
  return html`<table class="compare">
    <caption>
      ${caption}
    </caption>
    ${pairHead(names, lang)}
    <tbody>
      ${rows.map(
        (r) =>
          html`<tr data-node="${r.id}">
            <th scope="row">${r.name[lang]}</th>
            <td class="num">${formatScore(r.a, lang)}</td>
            <td class="num">${formatScore(r.b, lang)}</td>
            <td class="num">${formatDifference(r.difference, lang)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

function yearsTable(names: [string, string], years: readonly YearPair[], lang: PageLang): SafeHtml {
  return html`<table class="compare">
    <caption>
      ${COMPARE_TEXTS.years[lang]}
    </caption>
    <thead>
      <tr>
        <th scope="col">${t(lang, 'period')}</th>
        <th scope="col" class="num">${names[0]}: ${t(lang, 'rank').toLowerCase()}</th>
        <th scope="col" class="num">${names[1]}: ${t(lang, 'rank').toLowerCase()}</th>
        <th scope="col" class="num">${names[0]}: ${t(lang, 'score').toLowerCase()}</th>
        <th scope="col" class="num">${names[1]}: ${t(lang, 'score').toLowerCase()}</th>
      </tr>
    </thead>
    <tbody>
      ${years.map(
        (y) =>
          html`<tr data-period="${y.period}">
            <th scope="row">${y.period}</th>
            <td class="num">${y.a?.rank ?? '—'}</td>
            <td class="num">${y.b?.rank ?? '—'}</td>
            <td class="num">${formatScore(y.a?.score ?? null, lang)}</td>
            <td class="num">${formatScore(y.b?.score ?? null, lang)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

function comparisonTables(view: CompareView, c: Comparison): SafeHtml {
  const { lang } = view;
  const names = sideNames(view, c);
  return html`<table class="compare" id="compare-index">
      <caption>
        ${COMPARE_TEXTS.index[lang]} ${view.run.period}
      </caption>
      ${pairHead(names, lang)}
      <tbody>
        <tr data-row="score">
          <th scope="row">${t(lang, 'score')}</th>
          <td class="num">${formatScore(c.index.a?.score ?? null, lang)}</td>
          <td class="num">${formatScore(c.index.b?.score ?? null, lang)}</td>
          <td class="num">${formatDifference(c.index.scoreDifference, lang)}</td>
        </tr>
        <tr data-row="rank">
          <th scope="row">${t(lang, 'rank')}</th>
          <td class="num">${c.index.a?.rank ?? '—'}</td>
          <td class="num">${c.index.b?.rank ?? '—'}</td>
          <td class="num">${placeDifference(c.index.a?.rank, c.index.b?.rank)}</td>
        </tr>
      </tbody>
    </table>
    <p class="note">${COMPARE_TEXTS.placeNote[lang]}</p>
    ${c.services.length > 0 ? pairTable(COMPARE_TEXTS.services[lang], names, c.services, lang) : ''}
    ${c.stages.length > 0 ? pairTable(COMPARE_TEXTS.stages[lang], names, c.stages, lang) : ''}
    <h2>${COMPARE_TEXTS.years[lang]}</h2>
    ${yearsTable(names, c.years, lang)}`;
}

export function compareBody(view: CompareView): SafeHtml {
  const { lang, run, query } = view;
  const action = `/ratings/${run.period}/compare`;
  return html`<h1>${COMPARE_TEXTS.title[lang]}, ${run.period}</h1>
    <p class="meta">
      <a href="${withLang(`/ratings/${run.period}`, lang)}">${t(lang, 'ranking')} ${run.period}</a>
    </p>
    <form class="filters" method="get" action="${action}">
      ${lang === 'en' ? html`<input type="hidden" name="lang" value="en" />` : ''}
      <label>${COMPARE_TEXTS.regionA[lang]}<input type="text" name="a" id="a" value="${query.a}" /></label>
      <label>${COMPARE_TEXTS.regionB[lang]}<input type="text" name="b" id="b" value="${query.b}" /></label>
      ${
        view.fromYears.length > 0
          ? html`<label
              >${COMPARE_TEXTS.slopeFrom[lang]}<select name="from" id="from">
                ${view.fromYears.map((y) => html`<option value="${y}" ${y === query.from ? html` selected` : ''}>${y}</option>`)}
              </select></label
            >`
          : ''
      }
      <label
        >${t(lang, 'district')}<select name="fd" id="fd">
          <option value="">${t(lang, 'allDistricts')}</option>
          ${view.districts.map((d) => html`<option value="${d.code}" ${d.code === query.district ? html` selected` : ''}>${d.name}</option>`)}
        </select></label
      >
      <button type="submit">${COMPARE_TEXTS.compare[lang]}</button>
    </form>
    <p class="note">${COMPARE_TEXTS.hint[lang]}</p>
    ${view.notices.map((n) => html`<p class="notice" role="status">${n}</p>`)}
    ${view.comparison ? comparisonTables(view, view.comparison) : query.a === '' ? html`<p>${COMPARE_TEXTS.askA[lang]}</p>` : ''}
    <h2>${COMPARE_TEXTS.slope[lang]}</h2>
    ${view.slope ?? html`<p>${COMPARE_TEXTS.slopeOnlyOne[lang]}</p>`}`;
}
