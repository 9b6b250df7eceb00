/**
 * The programme section of a region page: the three answers for the region in one year, each with its figures —
 * adoption by year against the road-map and federal targets (status, gap, the year the trend reaches the target);
 * channels next to the nation, and mobile offices (municipalities served, documents by service and by period);
 * money (spending, cost per application and per e-application, DEA efficiency and peers), or the embargo notice
 * while the year's rating is unpublished.
 */
import type { ProgrammeAnswers } from '../../programme/answers.js';
import type { PublicProgrammeReport } from '../programme/public-report.js';
import { html, type SafeHtml } from './html.js';
import type { PageLang } from './i18n.js';
import { withLang } from './layout.js';
import { channelTable } from './programme-tables.js';
import { fmt, fmtAgainst, fmtGap, pt, statusLabel } from './programme-texts.js';

export function programmeSection(lang: PageLang, report: PublicProgrammeReport, answers: ProgrammeAnswers): SafeHtml {
  const code = report.region?.code ?? '';
  const year = report.year;
  const name = (c: string) => {
    const r = report.regions.find((g) => g.code === c);
    return r ? (lang === 'ru' ? r.nameRu : r.nameEn) : c;
  };
  const serviceName = (id: string) => {
    const s = report.services.find((x) => x.id === id);
    return s ? (lang === 'ru' ? s.nameRu : s.nameEn) : id;
  };
  const offices = report.channels.mobileOffices.filter((m) => m.regionCode === code);
  const byService = new Map<string, { applications: number; documents: number }>();
  for (const s of offices.flatMap((m) => m.services)) {
    const entry = byService.get(s.serviceId) ?? { applications: 0, documents: 0 };
    byService.set(s.serviceId, {
      applications: entry.applications + s.applications,
      documents: entry.documents + s.documentsIssued,
    });
  }
  const channels = report.channels.regions.filter((c) => c.regionCode === code);
  const costs = report.money?.regions.find((r) => r.regionCode === code);
  const dea = report.money?.frontier.scores.find((s) => s.regionCode === code);
  const efficiency = (s: NonNullable<typeof dea>['constantReturns'] | undefined) =>
    s === undefined
      ? '—'
      : html`${fmt(s.efficiency, lang, 2)}${s.efficient ? '' : html`<small>${pt(lang, 'peers')}: ${s.peers.map(name).join(', ')}</small>`}`;

  return html`<section id="programme" aria-labelledby="programme-title">
    <h2 id="programme-title">${pt(lang, 'programme')} ${year}</h2>
    <p class="meta">
      ${pt(lang, 'intro')}
      <a href="${withLang(`/programme/${year}?fd=${report.region?.federalDistrict ?? ''}`, lang)}"
        >${pt(lang, 'more')}</a
      >
    </p>
    <h3>${pt(lang, 'adoption')}</h3>
    <p>${answers.adoption}</p>
    ${
      report.adoption.regions.length === 0
        ? ''
        : html`<table>
            <caption>
              ${pt(lang, 'adoption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">${pt(lang, 'period')}</th>
                <th scope="col" class="num">${pt(lang, 'measured')}</th>
                <th scope="col" class="num">${pt(lang, 'roadMap')}</th>
                <th scope="col">${pt(lang, 'targetYear')}</th>
                <th scope="col">${pt(lang, 'status')}</th>
                <th scope="col" class="num">${pt(lang, 'gap')}</th>
                <th scope="col">${pt(lang, 'reaches')}</th>
                <th scope="col" class="num">${pt(lang, 'federal')}, %</th>
                <th scope="col">${pt(lang, 'status')}</th>
              </tr>
            </thead>
            <tbody>
              ${report.adoption.regions.map(
                (a) =>
                  html`<tr>
                    <th scope="row">${a.year}</th>
                    <td class="num">
                      ${fmtAgainst(a.measuredShare, [a.regional.targetShare, a.federal.targetShare], lang)}
                    </td>
                    <td class="num">${fmt(a.regional.targetShare, lang)}</td>
                    <td>${a.regional.targetYear ?? '—'}</td>
                    <td>${statusLabel(lang, a.regional.status)}</td>
                    <td class="num">${fmtGap(a.regional.gap, lang)}</td>
                    <td>${a.regional.trendReachesYear ?? '—'}</td>
                    <td class="num">${fmt(a.federal.targetShare, lang)}</td>
                    <td>${statusLabel(lang, a.federal.status)}</td>
                  </tr>`,
              )}
            </tbody>
          </table>`
    }
    <h3>${pt(lang, 'channels')}</h3>
    <p>${answers.channels}</p>
    ${report.channels.source === 'channel_volume' ? html`<p class="meta">${pt(lang, 'fromVolumes')}</p>` : ''}
    ${channels.length === 0 ? '' : channelTable(lang, channels, report.channels.nation, `${pt(lang, 'channels')}: ${name(code)}, ${year}`)}
    <h4>${pt(lang, 'mobile')}</h4>
    <p>${answers.mobileOffices}</p>
    ${
      offices.length === 0
        ? ''
        : html`<table>
              <caption>
                ${pt(lang, 'mobile')}: ${pt(lang, 'period')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${pt(lang, 'period')}</th>
                  <th scope="col" class="num">${pt(lang, 'applications')}</th>
                  <th scope="col" class="num">${pt(lang, 'documents')}</th>
                  <th scope="col">${pt(lang, 'municipalities')}</th>
                </tr>
              </thead>
              <tbody>
                ${offices.map(
                  (m) =>
                    html`<tr>
                      <th scope="row">${m.period}</th>
                      <td class="num">${fmt(m.applications, lang, 0)}</td>
                      <td class="num">${fmt(m.documentsIssued, lang, 0)}</td>
                      <td>${m.municipalities.map((u) => `${u.name ?? u.oktmo} (${u.documentsIssued})`).join(', ')}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
            <table>
              <caption>
                ${pt(lang, 'mobile')}: ${pt(lang, 'service')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${pt(lang, 'service')}</th>
                  <th scope="col" class="num">${pt(lang, 'applications')}</th>
                  <th scope="col" class="num">${pt(lang, 'documents')}</th>
                </tr>
              </thead>
              <tbody>
                ${[...byService.entries()]
                  .sort((a, b) => b[1].documents - a[1].documents || a[0].localeCompare(b[0]))
                  .map(
                    ([id, s]) =>
                      html`<tr>
                        <th scope="row">${serviceName(id)}</th>
                        <td class="num">${fmt(s.applications, lang, 0)}</td>
                        <td class="num">${fmt(s.documents, lang, 0)}</td>
                      </tr>`,
                  )}
              </tbody>
            </table>`
    }
    <h3>${pt(lang, 'money')}</h3>
    ${
      report.money === null || costs === undefined
        ? html`<p>${answers.money}</p>`
        : html`<p>${answers.money}</p>
            <dl class="facts facts-6">
              <div>
                <dt>${pt(lang, 'spending')}</dt>
                <dd>${fmt(costs.spendingRub / 1e6, lang)}</dd>
              </div>
              <div>
                <dt>${pt(lang, 'perResident')}</dt>
                <dd>${fmt(costs.spendingPerCapitaRub, lang, 0)}</dd>
              </div>
              <div>
                <dt>${pt(lang, 'perApplication')}</dt>
                <dd>${fmt(costs.costPerApplicationRub, lang, 0)}</dd>
              </div>
              <div>
                <dt>${pt(lang, 'perEApplication')}</dt>
                <dd>${fmt(costs.costPerEApplicationRub, lang, 0)}</dd>
              </div>
              <div>
                <dt>${pt(lang, 'deaCrs')}</dt>
                <dd>${efficiency(dea?.constantReturns)}</dd>
              </div>
              <div>
                <dt>${pt(lang, 'deaVrs')}</dt>
                <dd>${efficiency(dea?.variableReturns)}</dd>
              </div>
            </dl>
            <p class="meta">${pt(lang, 'dea')}</p>`
    }
  </section>`;
}
