/**
 * A region's page: its place in a published run with the explanation (components and distance to the next rank),
 * a bar chart of the components as inline SVG with a text alternative, its history across published runs, and its
 * factsheet and chart files (as the export's manifest attributes them: region-files.ts), else the run's national files.
 */
import type { RegionInRun, RegionInfo, RunSummary } from '../../ratings/queries.js';
import { formatGap } from '../../text/format-gap.js';
import { formatScore, html, type SafeHtml } from './html.js';
import { t, type PageLang } from './i18n.js';
import { withLang } from './layout.js';

export interface RegionView {
  readonly lang: PageLang; readonly region: RegionInfo; readonly districtName: string;
  readonly current: { readonly run: RunSummary; readonly result: RegionInRun } | null;
  readonly history: readonly { readonly run: RunSummary; readonly result: RegionInRun }[];
  readonly files: readonly string[];
  readonly nextUpName: string | null;
  /** The programme section (programme-section.ts) of the region, or null when there is no programme year. */
  readonly programme?: SafeHtml | null;
}

const name = (lang: PageLang, labels: { labelRu: string; labelEn: string; nodeId: string }) =>
  (lang === 'ru' ? labels.labelRu : labels.labelEn) || labels.nodeId;

/** Horizontal bars, one per component, length = score / 100 of the plot width (scores clamped to 0..100). */
function componentBars(result: RegionInRun, lang: PageLang, title: string): SafeHtml {
  const rowHeight = 22;
  const labelWidth = 260;
  const plotWidth = 360;
  const height = result.components.length * rowHeight + 10;
  return html`<svg class="bars" role="img" aria-labelledby="bars-title bars-desc" viewBox="0 0 ${labelWidth + plotWidth + 50} ${height}" width="100%" style="max-width:720px">
<title id="bars-title">${title}</title><desc id="bars-desc">${result.components.map((c) => `${name(lang, c)}: ${formatScore(c.score, lang)}; `)}</desc>
${result.components.map((c, i) => {
    const width = c.score === null ? 0 : (Math.min(100, Math.max(0, c.score)) / 100) * plotWidth;
    const y = i * rowHeight + 5;
    return html`<text x="${labelWidth - 6}" y="${y + 14}" text-anchor="end" style="font-size:11px">${name(lang, c).slice(0, 42)}</text>
<rect class="bar" x="${labelWidth}" y="${y + 3}" width="${width.toFixed(1)}" height="${rowHeight - 8}"></rect>
<text x="${labelWidth + width + 4}" y="${y + 14}" style="font-size:11px">${formatScore(c.score, lang)}</text>`;
  })}</svg>`;
}

export function regionBody(view: RegionView): SafeHtml {
  const { lang, region, current } = view;
  const title = lang === 'ru' ? region.nameRu : region.nameEn;
  const result = current?.result;
  return html`<h1>${title}</h1><p class="meta">${view.districtName} · ${region.code}</p>
${current && result ? html`<h2>${t(lang, 'ranking')} ${current.run.period}</h2>
<dl class="facts"><div><dt>${t(lang, 'rank')}</dt><dd>${result.rank ?? '—'}</dd></div><div><dt>${t(lang, 'score')}</dt><dd>${formatScore(result.score, lang)}</dd></div>
<div><dt>${t(lang, 'band')}</dt><dd>${result.band ?? '—'}</dd></div>
<div><dt>${t(lang, 'interval')}</dt><dd>${result.interval ? `${Math.round(result.interval.q05)}–${Math.round(result.interval.q95)}` : '—'}</dd></div>
<div><dt>${t(lang, 'nextUp')}</dt><dd>${result.nextUp ? `${formatGap(result.nextUp.gap, lang)} (${view.nextUpName ?? result.nextUp.regionCode}, ${result.nextUp.rank})` : '—'}</dd></div></dl>
<h2>${t(lang, 'components')}</h2>
${componentBars(result, lang, `${t(lang, 'components')}: ${title}, ${current.run.period}`)}
<table><caption>${t(lang, 'components')}</caption><thead><tr><th scope="col">${lang === 'ru' ? 'Компонент' : 'Component'}</th>
<th scope="col" class="num">${t(lang, 'weight')}</th><th scope="col" class="num">${t(lang, 'score')}</th><th scope="col" class="num">${t(lang, 'rank')}</th></tr></thead>
<tbody>${result.components.map((c) => html`<tr><th scope="row">${name(lang, c)}</th><td class="num">${c.weight}</td><td class="num">${formatScore(c.score, lang)}</td><td class="num">${c.rank ?? '—'}</td></tr>`)}</tbody></table>`
    : html`<p>${t(lang, 'noRating')}</p>`}
${view.programme ?? ''}
<h2>${t(lang, 'history')}</h2>
<table><caption>${t(lang, 'history')}</caption><thead><tr><th scope="col">${t(lang, 'period')}</th><th scope="col" class="num">${t(lang, 'rank')}</th>
<th scope="col" class="num">${t(lang, 'score')}</th><th scope="col">${t(lang, 'version')}</th></tr></thead>
<tbody>${view.history.map((h) => html`<tr><th scope="row"><a href="${withLang(`/regions/${region.code}?period=${h.run.period}`, lang)}">${h.run.period}</a></th>
<td class="num">${h.result.rank ?? '—'}</td><td class="num">${formatScore(h.result.score, lang)}</td><td>${h.run.version}${h.run.status === 'withdrawn' ? ` (${t(lang, 'withdrawn')})` : ''}</td></tr>`)}</tbody></table>
<h2>${t(lang, 'downloads')}</h2>
${current && view.files.length > 0 ? html`<ul>${view.files.map((f) => html`<li><a href="/api/v1/runs/${current.run.id}/downloads/${f}" download>${f}</a></li>`)}</ul>`
    : html`<p>${t(lang, 'noFiles')}</p>`}`;
}
