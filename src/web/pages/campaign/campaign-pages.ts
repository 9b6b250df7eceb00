/**
 * The campaign pages' bodies (HTML, no JavaScript needed): sign-in, the campaigns list, the region's page (download
 * the form, upload, history, comments) and the result of a submission. Every form carries the CSRF token.
 */
import { html, type SafeHtml } from '../html.js';
import type { PageLang } from '../i18n.js';
import { withLang } from '../layout.js';
import type { Campaign } from '../../../campaign/campaign-store.js';
import type { CampaignComment } from '../../../campaign/comments.js';
import type { Submission } from '../../../campaign/submissions.js';
import { rejectAdvice } from '../../../campaign/reject-advice.js';
import type { SignedIn } from '../../session/session-store.js';
import { ct } from './campaign-texts.js';

const csrfField = (token: string) => html`<input type="hidden" name="csrf" value="${token}" />`;

export function signInBody(lang: PageLang, csrf: string, message: string | null): SafeHtml {
  return html`<h1>${ct(lang, 'signInTitle')}</h1>
    ${message ? html`<p class="notice" role="alert">${message}</p>` : ''}
    <form method="post" action="${withLang('/sign-in', lang)}">
      ${csrfField(csrf)}
      <p>
        <label for="access-key">${ct(lang, 'accessKey')}</label><br />
        <input id="access-key" name="key" type="password" autocomplete="current-password" required size="60" />
      </p>
      <p id="access-key-hint">${ct(lang, 'accessKeyHint')}</p>
      <p><button type="submit">${ct(lang, 'signIn')}</button></p>
    </form>`;
}

/** The signed-in person and the sign-out button, on top of every campaign page. */
export function whoBar(lang: PageLang, principal: SignedIn, csrf: string): SafeHtml {
  return html`<form class="who" method="post" action="${withLang('/sign-out', lang)}">
    ${csrfField(csrf)}
    <span
      >${ct(lang, 'signedInAs')}
      ${principal.actor}${principal.role === 'regional' ? ` · ${principal.regionCode}` : ''}</span
    >
    <button type="submit">${ct(lang, 'signOut')}</button>
  </form>`;
}

export function campaignsBody(
  lang: PageLang,
  principal: SignedIn,
  csrf: string,
  campaigns: readonly Campaign[],
  regions: readonly { code: string; name: string }[],
): SafeHtml {
  const analyst = principal.role === 'federal-analyst';
  const openLink = analyst
    ? html`<p><a href="${withLang('/campaign/new', lang)}">${ct(lang, 'openCampaign')}</a></p>`
    : '';
  if (campaigns.length === 0)
    return html`<h1>${ct(lang, 'campaigns')}</h1>
      <p>${ct(lang, 'noCampaign')}</p>
      ${openLink}`;
  return html`<h1>${ct(lang, 'campaigns')}</h1>
    ${openLink}
    ${campaigns.map(
      (c) =>
        html`<section aria-labelledby="campaign-${c.id}">
          <h2 id="campaign-${c.id}">
            ${ct(lang, 'campaign')} ${c.id}: ${c.period} · ${ct(lang, 'deadline')} ${c.deadline}
          </h2>
          ${c.note ? html`<p>${c.note}</p>` : ''}
          ${
            principal.role === 'regional'
              ? html`<p>
                  <a href="${withLang(`/campaign/${c.id}/regions/${principal.regionCode}`, lang)}"
                    >${ct(lang, 'yourRegion')}</a
                  >
                </p>`
              : html`<p>
                    <a href="${withLang(`/campaign/${c.id}/board`, lang)}"
                      >${lang === 'ru' ? 'Ход сбора по регионам' : 'Collection board'}</a
                    >
                  </p>
                  <form method="post" action="${withLang(`/campaign/${c.id}/close`, lang)}">
                    ${csrfField(csrf)}
                    <button type="submit">${ct(lang, 'closeCampaign')} ${c.id} (${c.period})</button>
                  </form>
                  <h3>${ct(lang, 'regions')}</h3>
                  <ul class="columns">
                    ${regions.map(
                      (r) =>
                        html`<li><a href="${withLang(`/campaign/${c.id}/regions/${r.code}`, lang)}">${r.name}</a></li>`,
                    )}
                  </ul>`
          }
        </section>`,
    )}`;
}

const statusText = (lang: PageLang, s: Submission) => ct(lang, s.status);

export function regionBody(
  lang: PageLang,
  csrf: string,
  campaign: Campaign,
  region: { code: string; name: string },
  submissions: readonly Submission[],
  comments: readonly CampaignComment[],
): SafeHtml {
  const base = `/campaign/${campaign.id}/regions/${region.code}`;
  return html`<h1>${region.name} · ${ct(lang, 'campaign')} ${campaign.id} (${campaign.period})</h1>
    <p>${ct(lang, 'deadline')}: ${campaign.deadline}${campaign.note ? ` · ${campaign.note}` : ''}</p>
    <p><a href="${`${base}/form.xlsx`}" download>${ct(lang, 'downloadForm')}</a></p>
    <h2 id="upload">${ct(lang, 'upload')}</h2>
    ${
      campaign.closedAt
        ? html`<p>${ct(lang, 'closed')}</p>`
        : html`<form method="post" action="${withLang(`${base}/submissions`, lang)}" enctype="multipart/form-data">
            ${csrfField(csrf)}
            <p>
              <label for="kind">${ct(lang, 'kind')}</label>
              <select id="kind" name="kind">
                ${campaign.kinds.map((k) => html`<option value="${k}">${k}</option>`)}
              </select>
            </p>
            <p>
              <label for="file">${ct(lang, 'file')}</label>
              <input id="file" name="file" type="file" accept=".xlsx,.csv,.jsonl" required />
            </p>
            <p><button type="submit">${ct(lang, 'send')}</button></p>
          </form>`
    }
    <h2 id="history">${ct(lang, 'history')}</h2>
    ${
      submissions.length === 0
        ? html`<p>${ct(lang, 'noHistory')}</p>`
        : html`<table>
            <caption>
              ${ct(lang, 'history')}
            </caption>
            <thead>
              <tr>
                <th scope="col">${ct(lang, 'when')}</th>
                <th scope="col">${ct(lang, 'file')}</th>
                <th scope="col">${ct(lang, 'kind')}</th>
                <th scope="col">${ct(lang, 'status')}</th>
                <th scope="col">${ct(lang, 'values')}</th>
                <th scope="col">${ct(lang, 'rejects')}</th>
                <th scope="col">${ct(lang, 'who')}</th>
                <th scope="col">${ct(lang, 'details')}</th>
              </tr>
            </thead>
            <tbody>
              ${submissions.map(
                (s) =>
                  html`<tr>
                    <td>${s.submittedAt.replace('T', ' ').slice(0, 19)}</td>
                    <td>${s.fileName}</td>
                    <td>${s.kind}</td>
                    <td>${statusText(lang, s)}</td>
                    <td>${s.status === 'accepted' ? s.outcome.values : 0}</td>
                    <td>${s.outcome.rowsRejected}</td>
                    <td>${s.submittedBy}</td>
                    <td>
                      <a href="${withLang(`${base}/submissions/${s.id}`, lang)}">${ct(lang, 'details')} №${s.id}</a>
                    </td>
                  </tr>`,
              )}
            </tbody>
          </table>`
    }
    <h2 id="comments">${ct(lang, 'comments')}</h2>
    ${
      comments.length === 0
        ? html`<p>${ct(lang, 'noComments')}</p>`
        : html`<ul class="comments">
            ${comments.map(
              (c) =>
                html`<li>
                  <p><strong>${c.author}</strong> (${c.role}), ${c.createdAt.replace('T', ' ').slice(0, 16)}</p>
                  <p>${c.body}</p>
                </li>`,
            )}
          </ul>`
    }
    <form method="post" action="${withLang(`${base}/comments`, lang)}">
      ${csrfField(csrf)}
      <p>
        <label for="comment">${ct(lang, 'comment')}</label><br />
        <textarea id="comment" name="body" rows="3" cols="70" required maxlength="4000"></textarea>
      </p>
      <p><button type="submit">${ct(lang, 'addComment')}</button></p>
    </form>`;
}

export function resultBody(lang: PageLang, region: { code: string; name: string }, s: Submission): SafeHtml {
  const o = s.outcome;
  const back = withLang(`/campaign/${s.campaignId}/regions/${region.code}`, lang);
  return html`<h1>${ct(lang, 'result')} №${s.id}: ${s.fileName}</h1>
    <p class="status-${s.status}" role="status"><strong>${ct(lang, s.status)}</strong></p>
    ${
      s.status === 'accepted'
        ? html`<p>${ct(lang, 'acceptedText')} <strong>${o.values}</strong>.</p>
            ${s.correction ? html`<p>${ct(lang, 'correctionText')} ${o.changed}.</p>` : ''}`
        : ''
    }
    ${s.status === 'refused' ? html`<p>${ct(lang, 'refusedText')} ${o.error}</p>` : ''}
    ${
      s.status === 'rejected'
        ? html`<p>${ct(lang, 'rejectedText')} <strong>${o.rowsRejected}</strong>.</p>
            <table>
              <caption>
                ${ct(lang, 'rejects')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${ct(lang, 'row')}</th>
                  <th scope="col">${ct(lang, 'column')}</th>
                  <th scope="col">${ct(lang, 'value')}</th>
                  <th scope="col">${ct(lang, 'reason')}</th>
                  <th scope="col">${ct(lang, 'whatToDo')}</th>
                </tr>
              </thead>
              <tbody>
                ${o.rejects.map(
                  (r) =>
                    html`<tr class="reject">
                      <td>${r.line}</td>
                      <td>${r.column}</td>
                      <td>${r.value}</td>
                      <td>${r.reason}</td>
                      <td>${rejectAdvice(r.column, lang)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>`
        : ''
    }
    ${
      o.skipped.length > 0
        ? html`<h2>${ct(lang, 'skipped')}</h2>
            <ul>
              ${o.skipped.map((k) => html`<li>${ct(lang, 'row')} ${k.line}: ${k.reason}</li>`)}
            </ul>`
        : ''
    }
    <p><a href="${back}">${ct(lang, 'back')}</a></p>`;
}
