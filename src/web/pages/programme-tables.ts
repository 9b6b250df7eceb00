/**
 * Tables shared by the programme page and the region page's programme section: channel effectiveness (applications,
 * share, median days to result, deadline compliance, refusals, rating; with the nation's share beside a region's)
 * and money against results (spending, unit costs, score, DEA efficiency and peers). Accessible tables: caption,
 * column headers with scope, a row header per row.
 */
import type { ChannelSummary } from '../../core/programme/index.js';
import { CHANNEL_LABELS } from '../../programme/labels.js';
import type { ProgrammeReport } from '../../programme/report.js';
import { html, type SafeHtml } from './html.js';
import type { PageLang } from './i18n.js';
import { fmt, pct, pt } from './programme-texts.js';

/** One row per channel of `rows` ('all' last); with `nation`, a column of the nation's share of the same channel. */
export function channelTable(
  lang: PageLang,
  rows: readonly ChannelSummary[],
  nation: readonly ChannelSummary[] | null,
  caption: string,
): SafeHtml {
  const ordered = [...rows.filter((r) => r.channel !== 'all'), ...rows.filter((r) => r.channel === 'all')];
  return html`<table>
    <caption>
      ${caption}
    </caption>
    <thead>
      <tr>
        <th scope="col">${pt(lang, 'channel')}</th>
        <th scope="col" class="num">${pt(lang, 'applications')}</th>
        <th scope="col" class="num">${pt(lang, 'share')}</th>
        ${nation ? html`<th scope="col" class="num">${pt(lang, 'nationShare')}</th>` : ''}
        <th scope="col" class="num">${pt(lang, 'medianDays')}</th>
        <th scope="col" class="num">${pt(lang, 'onTime')}</th>
        <th scope="col" class="num">${pt(lang, 'refused')}</th>
        <th scope="col" class="num">${pt(lang, 'rating')}</th>
      </tr>
    </thead>
    <tbody>
      ${ordered.map(
        (r) =>
          html`<tr>
            <th scope="row">${CHANNEL_LABELS[r.channel][lang]}</th>
            <td class="num">${fmt(r.applications, lang, 0)}</td>
            <td class="num">${pct(r.share, lang)}</td>
            ${nation ? html`<td class="num">${pct(nation.find((n) => n.channel === r.channel)?.share, lang)}</td>` : ''}
            <td class="num">${fmt(r.medianDaysToResult, lang)}</td>
            <td class="num">${pct(r.deadlineCompliance, lang)}</td>
            <td class="num">${pct(r.refusalShare, lang)}</td>
            <td class="num">${fmt(r.meanRating, lang, 2)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/**
 * The regions in scope that reported spending or sit in the frontier, by DEA efficiency (constant returns, best
 * first; unassessed last). Spending in millions of roubles; unit costs in roubles.
 */
export function moneyTable(
  lang: PageLang,
  money: ProgrammeReport['money'],
  name: (code: string) => string,
  inScope: (code: string) => boolean,
  caption: string,
): SafeHtml {
  const dea = new Map(money.frontier.scores.map((s) => [s.regionCode, s]));
  const rows = money.regions
    .filter((r) => inScope(r.regionCode) && (r.spendingRub > 0 || dea.has(r.regionCode)))
    .sort(
      (a, b) =>
        (dea.get(b.regionCode)?.constantReturns.efficiency ?? -1) -
          (dea.get(a.regionCode)?.constantReturns.efficiency ?? -1) || a.regionCode.localeCompare(b.regionCode),
    );
  return html`<table>
    <caption>
      ${caption}
    </caption>
    <thead>
      <tr>
        <th scope="col">${lang === 'ru' ? 'Регион' : 'Region'}</th>
        <th scope="col" class="num">${pt(lang, 'spending')}</th>
        <th scope="col" class="num">${pt(lang, 'perResident')}</th>
        <th scope="col" class="num">${pt(lang, 'perApplication')}</th>
        <th scope="col" class="num">${pt(lang, 'perEApplication')}</th>
        <th scope="col" class="num">${lang === 'ru' ? 'Балл' : 'Score'}</th>
        <th scope="col" class="num">${pt(lang, 'scoreChange')}</th>
        <th scope="col" class="num">${pt(lang, 'deaCrs')}</th>
        <th scope="col" class="num">${pt(lang, 'deaVrs')}</th>
        <th scope="col">${pt(lang, 'peers')}</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map((r) => {
        const s = dea.get(r.regionCode);
        return html`<tr>
          <th scope="row">${name(r.regionCode)}</th>
          <td class="num">${fmt(r.spendingRub / 1e6, lang)}</td>
          <td class="num">${fmt(r.spendingPerCapitaRub, lang, 0)}</td>
          <td class="num">${fmt(r.costPerApplicationRub, lang, 0)}</td>
          <td class="num">${fmt(r.costPerEApplicationRub, lang, 0)}</td>
          <td class="num">${fmt(r.score, lang)}</td>
          <td class="num">${fmt(r.scoreChange, lang)}</td>
          <td class="num">${fmt(s?.constantReturns.efficiency, lang, 2)}</td>
          <td class="num">${fmt(s?.variableReturns.efficiency, lang, 2)}</td>
          <td>${s ? (s.constantReturns.efficient ? '—' : s.constantReturns.peers.map(name).join(', ')) : '—'}</td>
        </tr>`;
      })}
    </tbody>
  </table>`;
}
