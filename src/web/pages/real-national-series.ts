/**
 * The real national line on the programme page: Rosstat's series of the Decree No. 601 indicator (2.6.12) as a table
 * of years, with its source and the 70 % target of 2018, set visibly apart from the regional figures (which in the
 * demo are synthetic).
 */
import type { NationalSeries } from '../../reference/national-series.js';
import { html, type SafeHtml } from './html.js';
import type { PageLang } from './i18n.js';
import { fmt } from './programme-texts.js';

const DECREE_601_TARGET = { share: 70, year: 2018 } as const;

const TEXTS = {
  title: { ru: 'Россия: реальные данные Росстата', en: 'Russia: real figures from Rosstat' },
  real: {
    ru: 'Это официальная статистика, а не данные демонстрации: региональные цифры выше и ниже синтетические.',
    en: 'These are official statistics, not demo data: the regional figures above and below are synthetic.',
  },
  year: { ru: 'Год', en: 'Year' },
  value: { ru: 'Доля, %', en: 'Share, %' },
  target: {
    ru: (met: boolean, value: string) =>
      `Цель Указа № 601 — ${DECREE_601_TARGET.share} % к ${DECREE_601_TARGET.year} г.: ${met ? 'достигнута' : 'не достигнута'} (${value} %).`,
    en: (met: boolean, value: string) =>
      `Decree No. 601 target: ${DECREE_601_TARGET.share}% by ${DECREE_601_TARGET.year}: ${met ? 'met' : 'not met'} (${value}%).`,
  },
  source: { ru: 'Источник', en: 'Source' },
} as const;

export function realNationalSeries(series: NationalSeries, lang: PageLang): SafeHtml {
  if (series.points.length === 0) return html``;
  const atTarget = series.points.find((p) => p.year === DECREE_601_TARGET.year);
  const notes = [...new Set(series.points.flatMap((p) => (p.note ? [`${p.year}: ${p.note}`] : [])))];
  return html`<section class="real-data" aria-labelledby="real-national">
    <h3 id="real-national">${TEXTS.title[lang]}</h3>
    <p><strong>${series.indicatorCode}</strong> ${series.name[lang]}</p>
    <p class="meta">${TEXTS.real[lang]}</p>
    <table>
      <caption>
        ${TEXTS.title[lang]}, ${series.indicatorCode}
      </caption>
      <thead>
        <tr>
          <th scope="col">${TEXTS.year[lang]}</th>
          ${series.points.map((p) => html`<th scope="col" class="num">${p.year}</th>`)}
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">${TEXTS.value[lang]}</th>
          ${series.points.map((p) => html`<td class="num">${fmt(p.value, lang)}</td>`)}
        </tr>
      </tbody>
    </table>
    ${atTarget ? html`<p>${TEXTS.target[lang](atTarget.value >= DECREE_601_TARGET.share, fmt(atTarget.value, lang))}</p>` : ''}
    <p class="meta">${TEXTS.source[lang]}: ${series.source[lang]}${notes.length ? html`. ${notes.join('; ')}` : ''}</p>
  </section>`;
}
