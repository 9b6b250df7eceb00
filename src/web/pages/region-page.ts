/**
 * A region's page: its place in a published run with the explanation (components and distance to the next rank),
 * a bar chart of the components as inline SVG with a text alternative, its history across published runs, and its
 * factsheet and chart files (as the export's manifest attributes them: region-files.ts), else the run's national files.
 */
import { bandName, type BandNames } from '../../ratings/band-names.js';
import type { RegionInRun, RegionInfo, RunSummary } from '../../ratings/queries.js';
import { distinguishingDecimals } from '../../text/distinguishing-decimals.js';
import { formatGap } from '../../text/format-gap.js';
import { formatScore, html, type SafeHtml } from './html.js';
import { t, type PageLang } from './i18n.js';
import { withLang } from './layout.js';
import type { PublishedFile } from './publication-files.js';
import { embedSnippet } from './chart-embed.js';
import { shortLabel } from '../../text/short-label.js';

export interface RegionView {
  readonly lang: PageLang;
  readonly region: RegionInfo;
  readonly districtName: string;
  readonly current: { readonly run: RunSummary; readonly result: RegionInRun } | null;
  readonly history: readonly { readonly run: RunSummary; readonly result: RegionInRun }[];
  readonly files: readonly PublishedFile[];
  /** A period asked for (?period=) that has no published rating of the region; the latest is shown instead. */
  readonly missingPeriod?: string | null;
  readonly nextUpName: string | null;
  /** The programme section (programme-section.ts) of the region, or null when there is no programme year. */
  readonly programme?: SafeHtml | null;
  /** The current run's band names (band id → { ru, en }); a band without a name shows its id. */
  readonly bandNames?: BandNames;
  /** The site's address (no trailing slash), for the absolute URL of each chart's embed snippet. */
  readonly siteUrl?: string;
}

const name = (lang: PageLang, labels: { labelRu: string; labelEn: string; nodeId: string }) =>
  (lang === 'ru' ? labels.labelRu : labels.labelEn) || labels.nodeId;

const CHART_TEXT = {
  stages: {
    ru: 'Этапы получения услуги: балл региона и медианы России и федерального округа',
    en: "Stages of a service: the region's score against the medians of Russia and its federal district",
  },
  services: {
    ru: 'Услуги: балл региона и медиана России',
    en: "Services: the region's score against the median of Russia",
  },
  missingPeriod: {
    ru: (period: string, shown: number) =>
      `За ${period} год опубликованного рейтинга региона нет; показан ${shown} год.`,
    en: (period: string, shown: number) =>
      `There is no published rating of the region for ${period}; ${shown} is shown.`,
  },
} as const;

/**
 * The region's stage and service profile charts from its publication files, as images with their text, each with the
 * HTML to embed its SVG elsewhere (chart-embed.ts).
 */
function profileCharts(runId: number, files: readonly PublishedFile[], lang: PageLang, siteUrl: string): SafeHtml {
  const chart = (kind: string) => files.find((f) => f.kind === kind && f.region !== null && f.file.endsWith('.png'));
  const svgOf = (png: PublishedFile) => files.find((f) => f.file === png.file.replace(/\.png$/, '.svg'));
  const shown = (
    [
      ['chart:region-stages', CHART_TEXT.stages],
      ['chart:region-profile', CHART_TEXT.services],
    ] as const
  )
    .map(([kind, text]) => ({ file: chart(kind), text: text[lang] }))
    .filter((c) => c.file !== undefined);
  return html`${shown.map(
    (c) =>
      html`<figure class="chart">
        <img src="/api/v1/runs/${runId}/downloads/${c.file!.file}" alt="${c.text}" loading="lazy" width="1000" />
        <figcaption>${c.text}</figcaption>
        ${embedSnippet(siteUrl, runId, svgOf(c.file!), c.text, lang)}
      </figure>`,
  )}`;
}

/** Horizontal bars, one per component, length = score / 100 of the plot width (scores clamped to 0..100). */
function componentBars(result: RegionInRun, lang: PageLang, title: string): SafeHtml {
  const rowHeight = 22;
  const labelWidth = 260;
  const plotWidth = 360;
  const height = result.components.length * rowHeight + 10;
  return html`<svg
    class="bars"
    role="img"
    aria-labelledby="bars-title bars-desc"
    viewBox="0 0 ${labelWidth + plotWidth + 50} ${height}"
    width="100%"
    style="max-width:720px"
  >
    <title id="bars-title">${title}</title>
    <desc id="bars-desc">${result.components.map((c) => `${name(lang, c)}: ${formatScore(c.score, lang)}; `)}</desc>
    ${result.components.map((c, i) => {
      const width = c.score === null ? 0 : (Math.min(100, Math.max(0, c.score)) / 100) * plotWidth;
      const y = i * rowHeight + 5;
      return html`<text x="${labelWidth - 6}" y="${y + 14}" text-anchor="end" style="font-size:11px"
          >${shortLabel(name(lang, c), 42)}</text
        >
        <rect class="bar" x="${labelWidth}" y="${y + 3}" width="${width.toFixed(1)}" height="${rowHeight - 8}"></rect>
        <text x="${labelWidth + width + 4}" y="${y + 14}" style="font-size:11px">${formatScore(c.score, lang)}</text>`;
    })}
  </svg>`;
}

/**
 * The decimals the region's score is shown with (1, or more when the region above would show the same score at one
 * decimal), and the sentence explaining it, or null.
 */
function scoreAgainstNextUp(view: RegionView, result: RegionInRun): { decimals: number; note: string | null } {
  const up = result.nextUp;
  if (result.score === null || up === null) return { decimals: 1, note: null };
  const upScore = result.score + up.gap;
  const [decimals] = distinguishingDecimals(
    [
      { score: result.score, place: result.rank },
      { score: upScore, place: up.rank },
    ],
    1,
  );
  if (decimals === 1) return { decimals: 1, note: null };
  const upName = view.nextUpName ?? up.regionCode;
  const own = formatScore(result.score, view.lang, decimals!);
  const theirs = formatScore(upScore, view.lang, decimals!);
  return {
    decimals: decimals!,
    note:
      view.lang === 'ru'
        ? `При одном знаке после запятой балл совпадает с баллом региона ${upName} (место ${up.rank}); места присваиваются по более точному баллу: ${theirs} против ${own}.`
        : `At one decimal the score equals that of ${upName} (place ${up.rank}); places follow the more precise score: ${theirs} against ${own}.`,
  };
}

export function regionBody(view: RegionView): SafeHtml {
  const { lang, region, current } = view;
  const title = lang === 'ru' ? region.nameRu : region.nameEn;
  const result = current?.result;
  const shown = result ? scoreAgainstNextUp(view, result) : { decimals: 1, note: null };
  return html`<h1>${title}</h1>
    <p class="meta">${view.districtName} · ${region.code}</p>
    ${view.missingPeriod && current ? html`<p class="notice" role="status">${CHART_TEXT.missingPeriod[lang](view.missingPeriod, current.run.period)}</p>` : ''}
    ${
      current && result
        ? html`<h2>${t(lang, 'ranking')} ${current.run.period}</h2>
            <dl class="facts facts-5">
              <div>
                <dt>${t(lang, 'rank')}</dt>
                <dd>${result.rank ?? '—'}</dd>
              </div>
              <div>
                <dt>${t(lang, 'score')}</dt>
                <dd>${formatScore(result.score, lang, shown.decimals)}</dd>
              </div>
              <div>
                <dt>${t(lang, 'band')}</dt>
                <dd>${bandName(view.bandNames ?? new Map(), result.band, lang) ?? '—'}</dd>
              </div>
              <div>
                <dt>${t(lang, 'interval')}</dt>
                <dd>
                  ${result.interval ? `${Math.round(result.interval.q05)}–${Math.round(result.interval.q95)}` : '—'}
                </dd>
              </div>
              <div>
                <dt>${t(lang, 'nextUp')}</dt>
                <dd>
                  ${result.nextUp ? `${formatGap(result.nextUp.gap, lang)} (${view.nextUpName ?? result.nextUp.regionCode}, ${result.nextUp.rank})` : '—'}
                </dd>
              </div>
            </dl>
            ${shown.note ? html`<p class="note">${shown.note}</p>` : ''}
            <p>
              <a href="${withLang(`/ratings/${current.run.period}/compare?a=${region.code}&b=district`, lang)}"
                >${lang === 'ru' ? 'Сравнить с другим регионом или с медианой федерального округа' : 'Compare with another region or the federal district median'}</a
              >
            </p>
            <h2>${t(lang, 'components')}</h2>
            ${componentBars(result, lang, `${t(lang, 'components')}: ${title}, ${current.run.period}`)}
            <table>
              <caption>
                ${t(lang, 'components')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${lang === 'ru' ? 'Компонент' : 'Component'}</th>
                  <th scope="col" class="num">${t(lang, 'weight')}</th>
                  <th scope="col" class="num">${t(lang, 'score')}</th>
                  <th scope="col" class="num">${t(lang, 'rank')}</th>
                </tr>
              </thead>
              <tbody>
                ${result.components.map(
                  (c) =>
                    html`<tr>
                      <th scope="row">${name(lang, c)}</th>
                      <td class="num">${c.weight}</td>
                      <td class="num">${formatScore(c.score, lang)}</td>
                      <td class="num">${c.rank ?? '—'}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
            ${profileCharts(current.run.id, view.files, lang, view.siteUrl ?? 'http://localhost:8080')}`
        : html`<p>${t(lang, 'noRating')}</p>`
    }
    ${view.programme ?? ''}
    <h2>${t(lang, 'history')}</h2>
    <table>
      <caption>
        ${t(lang, 'history')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t(lang, 'period')}</th>
          <th scope="col" class="num">${t(lang, 'rank')}</th>
          <th scope="col" class="num">${t(lang, 'score')}</th>
          <th scope="col">${t(lang, 'version')}</th>
        </tr>
      </thead>
      <tbody>
        ${view.history.map(
          (h) =>
            html`<tr>
              <th scope="row">
                <a href="${withLang(`/regions/${region.code}?period=${h.run.period}`, lang)}">${h.run.period}</a>
              </th>
              <td class="num">${h.result.rank ?? '—'}</td>
              <td class="num">${formatScore(h.result.score, lang)}</td>
              <td>${h.run.version}${h.run.status === 'withdrawn' ? ` (${t(lang, 'withdrawn')})` : ''}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    <h2>${t(lang, 'downloads')}</h2>
    ${
      current && view.files.length > 0
        ? html`<ul>
            ${view.files.map((f) => html`<li><a href="/api/v1/runs/${current.run.id}/downloads/${f.file}" download>${f.file}</a></li>`)}
          </ul>`
        : html`<p>${t(lang, 'noFiles')}</p>`
    }`;
}
