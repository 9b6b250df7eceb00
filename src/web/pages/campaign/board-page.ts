/** The analysts' board of a campaign: regions × data kinds with status, counts, last submission; GET filters; reminders. */
import { html, type SafeHtml } from '../html.js';
import type { PageLang } from '../i18n.js';
import { withLang } from '../layout.js';
import { BOARD_STATUSES, BOARD_STATUS_TEXT as STATUS_TEXT } from '../../../campaign/board-status.js';
import type { BoardFilter, BoardRow } from '../../../campaign/board.js';
import type { Campaign } from '../../../campaign/campaign-store.js';

/** The board's XLSX export with the same filters and language as the page. */
export function boardExportHref(campaignId: number, lang: PageLang, filter: BoardFilter): string {
  const query = new URLSearchParams();
  if (filter.district) query.set('district', filter.district);
  if (filter.status) query.set('status', filter.status);
  const path = `/campaign/${campaignId}/board.xlsx${query.size > 0 ? `?${query}` : ''}`;
  return withLang(path, lang);
}

export function boardBody(
  lang: PageLang,
  campaign: Campaign,
  rows: readonly BoardRow[],
  districts: readonly { code: string; name: string }[],
  filter: BoardFilter,
): SafeHtml {
  const ru = lang === 'ru';
  const remind = rows.filter((r) => r.cells.some((c) => c.status === 'not_submitted' || c.status === 'with_rejects'));
  return html`<h1>
      ${ru ? 'Ход сбора' : 'Collection board'}: ${campaign.period} · ${ru ? 'срок' : 'deadline'} ${campaign.deadline}
    </h1>
    <form method="get" action="/campaign/${campaign.id}/board">
      ${lang === 'en' ? html`<input type="hidden" name="lang" value="en" />` : ''}
      <label for="district">${ru ? 'Федеральный округ' : 'Federal district'}</label>
      <select id="district" name="district">
        <option value="">${ru ? 'Все' : 'All'}</option>
        ${districts.map((d) => html`<option value="${d.code}" ${d.code === filter.district ? 'selected' : ''}>${d.name}</option>`)}
      </select>
      <label for="status">${ru ? 'Статус' : 'Status'}</label>
      <select id="status" name="status">
        <option value="">${ru ? 'Все' : 'All'}</option>
        ${BOARD_STATUSES.map((s) => html`<option value="${s}" ${s === filter.status ? 'selected' : ''}>${STATUS_TEXT[s][lang]}</option>`)}
      </select>
      <button type="submit">${ru ? 'Показать' : 'Apply'}</button>
    </form>
    <p>
      <a href="${boardExportHref(campaign.id, lang, filter)}" download
        >${ru ? 'Скачать таблицу (XLSX)' : 'Download the table (XLSX)'}</a
      >
    </p>
    <table class="board">
      <caption>
        ${ru ? 'Регионы и виды данных' : 'Regions and data kinds'}
      </caption>
      <thead>
        <tr>
          <th scope="col">${ru ? 'Регион' : 'Region'}</th>
          ${campaign.kinds.map((k) => html`<th scope="col">${k}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (r) =>
            html`<tr data-region="${r.code}">
              <th scope="row">
                <a href="${withLang(`/campaign/${campaign.id}/regions/${r.code}`, lang)}">${r.name}</a>
              </th>
              ${r.cells.map(
                (c) =>
                  html`<td class="board-${c.status}">
                    <strong>${STATUS_TEXT[c.status][lang]}</strong><br />
                    ${ru ? 'значений' : 'values'} ${c.values} · ${ru ? 'ошибок' : 'rejects'} ${c.rejects}
                    ${c.last ? html`<br />${c.last.replace('T', ' ').slice(0, 16)}` : ''}
                  </td>`,
              )}
            </tr>`,
        )}
      </tbody>
    </table>
    <h2 id="remind">${ru ? 'Кому напомнить' : 'Regions to remind'} (${remind.length})</h2>
    <ul>
      ${remind.map((r) => html`<li>${r.name} (${r.code})</li>`)}
    </ul>`;
}
