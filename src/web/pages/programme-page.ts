/**
 * The programme page /programme/{year}: the three questions for the nation, or for one federal district with
 * ?fd=CODE — adoption against targets (district aggregates, a bar chart and a table per region), channel shares
 * and mobile offices, and the money frontier with the efficient regions named. Money is replaced by the embargo
 * notice while the year's rating is unpublished. Every chart has its figures in a table next to it.
 */
import { APPLICATION_CHANNELS } from '../../core/programme/index.js';
import { CHANNEL_LABELS } from '../../programme/labels.js';
import type { ProgrammeAnswers } from '../../programme/answers.js';
import type { PublicProgrammeReport } from '../programme/public-report.js';
import { html, type SafeHtml } from './html.js';
import { t, type PageLang } from './i18n.js';
import { withLang } from './layout.js';
import { channelTable, moneyTable } from './programme-tables.js';
import { fmt, fmtAgainst, fmtGap, pct, pt, statusLabel } from './programme-texts.js';
import { realNationalSeries } from './real-national-series.js';
import { shareBars } from './share-bars.js';

export interface ProgrammeView {
  readonly lang: PageLang;
  readonly report: PublicProgrammeReport;
  readonly answers: ProgrammeAnswers;
  readonly districts: readonly { readonly code: string; readonly name: string }[];
  /** The federal district shown, or null for the nation. */
  readonly district: string | null;
  readonly years: readonly number[];
}

export function programmeBody(view: ProgrammeView): SafeHtml {
  const { lang, report, district } = view;
  const name = (code: string) => {
    const r = report.regions.find((g) => g.code === code);
    return r ? (lang === 'ru' ? r.nameRu : r.nameEn) : code;
  };
  const districtName = (code: string) => view.districts.find((d) => d.code === code)?.name ?? code;
  const inScope = (code: string) =>
    district === null || report.regions.find((r) => r.code === code)?.federalDistrict === district;
  const year = report.year;
  const regions = report.adoption.regions
    .filter((a) => a.year === year && inScope(a.regionCode))
    .sort((a, b) => b.measuredShare - a.measuredShare);
  const groups = report.adoption.districts.filter(
    (d) => d.year === year && (district === null || d.group === district),
  );
  const nation = report.adoption.nation.find((n) => n.year === year);
  const scopeTitle = district === null ? (lang === 'ru' ? 'Россия' : 'Russia') : districtName(district);
  const offices = new Map<string, { applications: number; documents: number; municipalities: Set<string> }>();
  for (const m of report.channels.mobileOffices.filter((o) => inScope(o.regionCode))) {
    const entry = offices.get(m.regionCode) ?? { applications: 0, documents: 0, municipalities: new Set<string>() };
    entry.applications += m.applications;
    entry.documents += m.documentsIssued;
    for (const u of m.municipalities) entry.municipalities.add(u.oktmo);
    offices.set(m.regionCode, entry);
  }

  return html`<h1>${pt(lang, 'title')}: ${scopeTitle}, ${year}</h1>
    <p class="meta">${pt(lang, 'intro')}</p>
    <form class="filters" method="get" action="/programme/${year}">
      <label for="fd"
        >${t(lang, 'district')}<select id="fd" name="fd">
          <option value="">${t(lang, 'allDistricts')}</option>
          ${view.districts.map((d) => html`<option value="${d.code}" ${d.code === district ? html` selected` : ''}>${d.name}</option>`)}
        </select></label
      >
      ${lang === 'en' ? html`<input type="hidden" name="lang" value="en" />` : ''}<button type="submit">
        ${t(lang, 'apply')}
      </button>
    </form>
    <p>
      ${t(lang, 'period')}:
      ${view.years.map((y) => (y === year ? html`<strong>${y}</strong> ` : html`<a href="${withLang(`/programme/${y}${district ? `?fd=${district}` : ''}`, lang)}">${y}</a> `))}
    </p>
    ${
      district === null
        ? html`<h2>${pt(lang, 'answers')}</h2>
            <p>${view.answers.adoption}</p>
            <p>${view.answers.channels}</p>
            <p>${view.answers.mobileOffices}</p>
            <p>${view.answers.money}</p>`
        : ''
    }
    <h2 id="adoption">${pt(lang, 'adoption')}</h2>
    ${realNationalSeries(report.adoption.realNational, lang)}
    ${
      regions.length === 0
        ? html`<p>${pt(lang, 'noAdoption')}</p>`
        : html` <table>
              <caption>
                ${pt(lang, 'adoption')}: ${t(lang, 'district')}, ${year}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${t(lang, 'district')}</th>
                  <th scope="col" class="num">${pt(lang, 'measured')}</th>
                  <th scope="col" class="num">${pt(lang, 'roadMap')}</th>
                  <th scope="col" class="num">${pt(lang, 'meetingOwn')}</th>
                  <th scope="col" class="num">${pt(lang, 'reporting')}</th>
                  <th scope="col">${pt(lang, 'federal')}</th>
                </tr>
              </thead>
              <tbody>
                ${[...groups, ...(district === null && nation ? [nation] : [])].map(
                  (g) =>
                    html`<tr>
                      <th scope="row">${g.group === 'RU' ? scopeTitle : districtName(g.group)}</th>
                      <td class="num">${fmtAgainst(g.measuredShare, [g.federal.targetShare], lang)}</td>
                      <td class="num">${fmt(g.regionalTargetShare, lang)}</td>
                      <td class="num">${g.regionsMeetingOwnTarget} / ${g.regionsWithTarget}</td>
                      <td class="num">${g.regionsReporting}</td>
                      <td>${fmt(g.federal.targetShare, lang)} · ${statusLabel(lang, g.federal.status)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
            ${shareBars(
              'adoption-bars',
              regions.map((a) => ({
                label: name(a.regionCode),
                value: a.measuredShare,
                target: a.regional.targetShare ?? a.federal.targetShare,
              })),
              lang,
              `${pt(lang, 'measured')}: ${scopeTitle}, ${year}`,
              lang === 'ru' ? 'цель' : 'target',
            )}
            <table>
              <caption>
                ${pt(lang, 'adoption')}: ${t(lang, 'region')}, ${year}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${t(lang, 'region')}</th>
                  <th scope="col" class="num">${pt(lang, 'measured')}</th>
                  <th scope="col" class="num">${pt(lang, 'roadMap')}</th>
                  <th scope="col">${pt(lang, 'targetYear')}</th>
                  <th scope="col">${pt(lang, 'status')}</th>
                  <th scope="col" class="num">${pt(lang, 'gap')}</th>
                  <th scope="col">${pt(lang, 'reaches')}</th>
                  <th scope="col">${pt(lang, 'federal')}</th>
                </tr>
              </thead>
              <tbody>
                ${regions.map(
                  (a) =>
                    html`<tr>
                      <th scope="row">
                        <a href="${withLang(`/regions/${a.regionCode}?period=${year}`, lang)}#programme"
                          >${name(a.regionCode)}</a
                        >
                      </th>
                      <td class="num">
                        ${fmtAgainst(a.measuredShare, [a.regional.targetShare, a.federal.targetShare], lang)}
                      </td>
                      <td class="num">${fmt(a.regional.targetShare, lang)}</td>
                      <td>${a.regional.targetYear ?? '—'}</td>
                      <td>${statusLabel(lang, a.regional.status)}</td>
                      <td class="num">${fmtGap(a.regional.gap, lang)}</td>
                      <td>${a.regional.trendReachesYear ?? '—'}</td>
                      <td>${statusLabel(lang, a.federal.status)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>`
    }
    <h2 id="channels">${pt(lang, 'channels')}</h2>
    ${report.channels.source === 'channel_volume' ? html`<p class="meta">${pt(lang, 'fromVolumes')}</p>` : ''}
    ${
      report.channels.nation.length === 0
        ? html`<p>${pt(lang, 'noChannels')}</p>`
        : html` ${shareBars(
              'channel-bars',
              APPLICATION_CHANNELS.map((c) => ({
                label: CHANNEL_LABELS[c][lang],
                value: shareOf(report.channels.nation, c),
                target: null,
              })),
              lang,
              `${pt(lang, 'share')}: ${lang === 'ru' ? 'Россия' : 'Russia'}, ${year}`,
              '',
            )}
            ${district === null ? channelTable(lang, report.channels.nation, null, `${pt(lang, 'channels')}: ${lang === 'ru' ? 'Россия' : 'Russia'}, ${year}`) : ''}
            <table>
              <caption>
                ${pt(lang, 'share')}: ${scopeTitle}, ${year}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${t(lang, 'region')}</th>
                  <th scope="col" class="num">${pt(lang, 'applications')}</th>
                  ${APPLICATION_CHANNELS.map((c) => html`<th scope="col" class="num">${CHANNEL_LABELS[c][lang]}</th>`)}
                  <th scope="col" class="num">${pt(lang, 'onTime')}</th>
                </tr>
              </thead>
              <tbody>
                ${report.channels.regions
                  .filter((c) => c.channel === 'all' && inScope(c.regionCode))
                  .map(
                    (all) =>
                      html`<tr>
                        <th scope="row">${name(all.regionCode)}</th>
                        <td class="num">${fmt(all.applications, lang, 0)}</td>
                        ${APPLICATION_CHANNELS.map(
                          (c) =>
                            html`<td class="num">
                              ${pct(
                                shareOf(
                                  report.channels.regions.filter((r) => r.regionCode === all.regionCode),
                                  c,
                                  1,
                                ) ?? 0,
                                lang,
                              )}
                            </td>`,
                        )}
                        <td class="num">${pct(all.deadlineCompliance, lang)}</td>
                      </tr>`,
                  )}
              </tbody>
            </table>`
    }
    <h3 id="mobile">${pt(lang, 'mobile')}</h3>
    ${
      offices.size === 0
        ? html`<p>${pt(lang, 'noMobile')}</p>`
        : html`<table>
            <caption>
              ${pt(lang, 'mobile')}: ${scopeTitle}, ${year}
            </caption>
            <thead>
              <tr>
                <th scope="col">${t(lang, 'region')}</th>
                <th scope="col" class="num">${pt(lang, 'applications')}</th>
                <th scope="col" class="num">${pt(lang, 'documents')}</th>
                <th scope="col" class="num">${pt(lang, 'municipalities')}</th>
              </tr>
            </thead>
            <tbody>
              ${[...offices.entries()].map(
                ([code, o]) =>
                  html`<tr>
                    <th scope="row">${name(code)}</th>
                    <td class="num">${fmt(o.applications, lang, 0)}</td>
                    <td class="num">${fmt(o.documents, lang, 0)}</td>
                    <td class="num">${o.municipalities.size}</td>
                  </tr>`,
              )}
            </tbody>
          </table>`
    }
    <h2 id="money">${pt(lang, 'money')}</h2>
    ${
      report.money === null
        ? html`<p>${view.answers.money}</p>`
        : html`<p class="meta">${pt(lang, 'dea')}</p>
            <dl class="facts facts-2">
              <div>
                <dt>${pt(lang, 'efficientCrs')}</dt>
                <dd>${report.money.frontier.efficientConstantReturns.map(name).join(', ') || '—'}</dd>
              </div>
              <div>
                <dt>${pt(lang, 'efficientVrs')}</dt>
                <dd>${report.money.frontier.efficientVariableReturns.map(name).join(', ') || '—'}</dd>
              </div>
            </dl>
            ${moneyTable(lang, report.money, name, inScope, `${pt(lang, 'money')}: ${scopeTitle}, ${year}`)}`
    }`;
}

/**
 * The share (0–1) of `channel` in `rows`, as a percentage when `scale` is 100 (default) or a fraction when 1; null
 * when `rows` has no row for it (within a region that has applications, that is a share of 0).
 */
function shareOf(rows: PublicProgrammeReport['channels']['nation'], channel: string, scale = 100): number | null {
  const share = rows.find((r) => r.channel === channel)?.share;
  return share === undefined ? null : share * scale;
}
