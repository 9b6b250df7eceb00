/**
 * "Build your own rating" for one published run: sliders and number fields for the weight of every service and every
 * stage, a choice of aggregation, and the ranking they give with each region's official place and its change. The
 * page's script (/assets/explorer.js, the project's core bundled for the browser) recomputes the ranking on every
 * change and keeps the weighting in the URL fragment; without JavaScript the controls stay disabled and the table is
 * the official ranking. Pure: payload → HTML.
 */
import { CHOOSABLE_AGGREGATIONS, MAX_WEIGHT } from '../../core/explorer/weight-choice.js';
import type { ExplorerPayload, WeightableLabel } from '../explorer/explorer-payload.js';
import type { RunSummary } from '../../ratings/queries.js';
import { formatScore, html, type SafeHtml } from './html.js';
import { t, type PageLang } from './i18n.js';
import { withLang } from './layout.js';
import { methodName } from '../../report/method-words.js';

export const BUILD_TEXTS = {
  title: { ru: 'Соберите свой рейтинг', en: 'Build your own rating' },
  intro: {
    ru: 'Измените вес услуг и этапов или способ свёртки — рейтинг пересчитается сразу, тем же расчётом, что и официальный, по опубликованным нормированным значениям. Веса относительные: важно их соотношение; вес 0 исключает услугу или этап. Ссылка на страницу сохраняет выбранные веса.',
    en: 'Change the weight of services and stages or the aggregation: the ranking is recomputed at once, by the same computation as the official one, from the published normalised values. Weights are relative (only their ratios matter); a weight of 0 leaves a service or stage out. The page link keeps the chosen weights.',
  },
  noScript: {
    ru: 'Для пересчёта нужен JavaScript; ниже — официальный рейтинг.',
    en: 'Recomputing needs JavaScript; below is the official ranking.',
  },
  services: { ru: 'Вес услуг', en: 'Service weights' },
  stages: { ru: 'Вес этапов (в каждой услуге)', en: 'Stage weights (in every service)' },
  aggregation: { ru: 'Свёртка', en: 'Aggregation' },
  official: { ru: 'Официальные веса', en: 'Official weights' },
  share: { ru: 'Ссылка на этот вариант', en: 'Link to this view' },
  officialRank: { ru: 'Официальное место', en: 'Official place' },
  newRank: { ru: 'Место', en: 'Place' },
  change: { ru: 'Изменение', en: 'Change' },
  cli: {
    ru: 'Тот же расчёт в командной строке:',
    en: 'The same computation on the command line:',
  },
  predatesInputs: {
    ru: 'Этот рейтинг рассчитан до того, как расчёты стали хранить свои исходные данные, поэтому пересчитать его с другими весами нельзя. Официальный рейтинг — на странице рейтинга.',
    en: 'This rating was computed before runs stored their own inputs, so it cannot be recomputed with other weights. The official ranking is on the ranking page.',
  },
} as const;

const bt = (lang: PageLang, key: keyof typeof BUILD_TEXTS) => BUILD_TEXTS[key][lang];

function weightControl(kind: 's' | 't', item: WeightableLabel, lang: PageLang): SafeHtml {
  const id = `${kind}.${item.id}`;
  const label = lang === 'ru' ? item.ru : item.en;
  const max = Math.min(MAX_WEIGHT, Math.max(10, Math.ceil(item.weight * 4)));
  return html`<div class="weight">
    <label for="${id}">${label}</label>
    <input
      type="range"
      id="${id}"
      data-weight="${id}"
      min="0"
      max="${max}"
      step="0.1"
      value="${item.weight}"
      disabled
    />
    <input
      type="number"
      data-weight="${id}"
      aria-label="${label}"
      min="0"
      max="${MAX_WEIGHT}"
      step="any"
      value="${item.weight}"
      disabled
    />
  </div>`;
}

export function buildBody(lang: PageLang, run: RunSummary, payload: ExplorerPayload): SafeHtml {
  const name = (r: { ru: string; en: string }) => (lang === 'ru' ? r.ru : r.en);
  return html`<h1>${bt(lang, 'title')}: ${t(lang, 'ranking').toLowerCase()} ${run.period}</h1>
    <p class="meta">
      ${t(lang, 'version')} ${run.version} ·
      <a href="${withLang(`/ratings/${run.period}`, lang)}">${t(lang, 'ranking')} ${run.period}</a> ·
      <a href="${withLang(`/methodology?run=${run.id}`, lang)}"
        >${t(lang, 'methodology')} ${run.methodology.id} ${run.methodology.version}</a
      >
    </p>
    <p>${bt(lang, 'intro')}</p>
    <p class="notice" id="explorer-noscript">${bt(lang, 'noScript')}</p>
    <div id="explorer" data-explorer="/ratings/${run.period}/build.json" data-period="${run.period}">
      <form class="weights" id="weights">
        <fieldset>
          <legend>${bt(lang, 'services')}</legend>
          ${payload.services.map((s) => weightControl('s', s, lang))}
        </fieldset>
        ${
          payload.stages.length === 0
            ? ''
            : html`<fieldset>
                <legend>${bt(lang, 'stages')}</legend>
                ${payload.stages.map((s) => weightControl('t', s, lang))}
              </fieldset>`
        }
        <label
          >${bt(lang, 'aggregation')}
          <select id="aggregation" disabled>
            ${[...new Set([payload.aggregation, ...CHOOSABLE_AGGREGATIONS])].map(
              (a) =>
                html`<option value="${a}" ${a === payload.aggregation ? html` selected` : ''}>
                  ${methodName(a)[lang]}
                </option>`,
            )}
          </select></label
        >
        <p>
          <button type="reset" id="reset" disabled>${bt(lang, 'official')}</button>
          <a id="share" href="${withLang(`/ratings/${run.period}/build`, lang)}">${bt(lang, 'share')}</a>
        </p>
      </form>
      <p id="explorer-status" role="status" aria-live="polite"></p>
      <p class="meta">${bt(lang, 'cli')} <code id="explorer-cli">egov score …</code></p>
      <div class="scroll">
        <table id="explorer-table">
          <caption>
            ${bt(lang, 'title')} ${run.period}
          </caption>
          <thead>
            <tr>
              <th scope="col" class="num">${bt(lang, 'newRank')}</th>
              <th scope="col">${t(lang, 'region')}</th>
              <th scope="col" class="num">${t(lang, 'score')}</th>
              <th scope="col" class="num">${bt(lang, 'officialRank')}</th>
              <th scope="col" class="num">${bt(lang, 'change')}</th>
            </tr>
          </thead>
          <tbody>
            ${payload.regions.map(
              (r) =>
                html`<tr data-unit="${r.code}">
                  <td class="num">${r.rank ?? '—'}</td>
                  <th scope="row">
                    <a href="${withLang(`/regions/${r.code}?period=${run.period}`, lang)}">${name(r)}</a>
                  </th>
                  <td class="num">${formatScore(r.score, lang)}</td>
                  <td class="num">${r.rank ?? '—'}</td>
                  <td class="num">${r.rank === null ? '—' : '0'}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </div>`;
}
