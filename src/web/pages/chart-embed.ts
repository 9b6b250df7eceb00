/**
 * The embed snippet under a chart on the pages: the `<img>` HTML (absolute URL of the chart's SVG, its alt text and
 * width) a journalist copies into their own page, in a read-only textarea inside a <details>, so it takes no room
 * until asked for. Nothing when the export has no SVG of the chart.
 */
import { html, type SafeHtml } from './html.js';
import type { PageLang } from './i18n.js';
import type { PublishedFile } from './publication-files.js';

const TEXT = {
  summary: { ru: 'Встроить график на свой сайт', en: 'Embed this chart on your site' },
  hint: {
    ru: 'Скопируйте этот HTML-код: график в формате SVG, он чётко выглядит при любом размере.',
    en: 'Copy this HTML: the chart as SVG, sharp at any size.',
  },
} as const;

/** The absolute URL of a publication file of a run. */
export const fileUrl = (siteUrl: string, runId: number, file: string): string =>
  `${siteUrl}/api/v1/runs/${runId}/downloads/${file}`;

const attribute = (text: string): string =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The HTML a reader copies: `<img src="…svg" alt="…" width="1000">` (the text is escaped again on the page). */
export function embedCode(siteUrl: string, runId: number, svg: PublishedFile, alt: string): string {
  return `<img src="${attribute(fileUrl(siteUrl, runId, svg.file))}" alt="${attribute(alt)}" width="1000" style="max-width:100%;height:auto">`;
}

export function embedSnippet(
  siteUrl: string,
  runId: number,
  svg: PublishedFile | undefined,
  alt: string,
  lang: PageLang,
): SafeHtml {
  if (!svg) return html``;
  return html`<details class="embed">
    <summary>${TEXT.summary[lang]}</summary>
    <p class="meta">${TEXT.hint[lang]}</p>
    <textarea readonly rows="3" cols="80" aria-label="${TEXT.summary[lang]}">
${embedCode(siteUrl, runId, svg, alt)}</textarea>
  </details>`;
}
