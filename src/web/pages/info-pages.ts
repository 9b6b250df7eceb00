/** The methodology page (node tree, hashes, build log of a published run) and the public changelog. */
import type { ChangelogEntry, RunMethodology, RunSummary } from '../../ratings/queries.js';
import { html, type SafeHtml } from './html.js';
import { t, type PageLang } from './i18n.js';
import { withLang } from './layout.js';
import { methodSteps, methodTree } from './methodology-words.js';
import { documentTexts } from '../../methodology/document-texts.js';

export function methodologyBody(lang: PageLang, run: RunSummary, method: RunMethodology): SafeHtml {
  const { name, description } = documentTexts(method.methodology.document, method.methodology.name, lang);
  return html`<h1>${t(lang, 'methodology')}: ${name}</h1>
    <p class="meta">
      ${method.methodology.id} ${method.methodology.version} · ${t(lang, 'ranking')}
      <a href="${withLang(`/ratings/${run.period}`, lang)}">${run.period}</a>, ${t(lang, 'version')} ${run.version}
    </p>
    <dl>
      <dt>${lang === 'ru' ? 'Хеш методики (SHA-256)' : 'Methodology hash (SHA-256)'}</dt>
      <dd><code>${method.methodology.hash}</code></dd>
      <dt>${lang === 'ru' ? 'Хеш входных данных' : 'Input snapshot hash'}</dt>
      <dd><code>${method.inputHash}</code></dd>
    </dl>
    <p>
      ${lang === 'ru' ? 'Методика, входные данные и журнал расчёта опубликованы: любой может повторить расчёт командой' : 'The methodology, the inputs and the build log are published: anyone can replay the rating with'}
      <code>egov score</code>.
    </p>
    ${description ? html`<p>${description}</p>` : ''}
    <h2>${lang === 'ru' ? 'Как считается рейтинг' : 'How the rating is computed'}</h2>
    <ol>
      ${methodSteps(method.methodology.document, lang).map((step) => html`<li>${step}</li>`)}
    </ol>
    <h2>${lang === 'ru' ? 'Иерархия и веса' : 'Hierarchy and weights'}</h2>
    <p class="meta">
      ${lang === 'ru' ? 'Раскройте узел, чтобы увидеть его составные части. Вес — доля узла в оценке родителя.' : "Open a node to see its parts. A weight is the node's share of its parent's score."}
    </p>
    ${methodTree(method.nodes, lang)}
    <h2>${lang === 'ru' ? 'Журнал расчёта' : 'Build log'}</h2>
    <p>
      ${lang === 'ru' ? 'Каждый шаг расчёта с параметрами и хешами — в машиночитаемом виде:' : 'Every step of the computation with its parameters and hashes, machine-readable:'}
      <a href="/api/v1/runs/${run.id}/methodology"
        >${lang === 'ru' ? 'методика и журнал расчёта (JSON)' : 'methodology and build log (JSON)'}</a
      >
    </p>`;
}

/** Whether a run is the headline methodology of its period, or which run took the headline over from it. */
function headlineNote(lang: PageLang, e: ChangelogEntry): string {
  if (e.headline) return lang === 'ru' ? ' · основная методика периода' : ' · headline methodology of the period';
  if (e.headlinePassedTo !== null)
    return lang === 'ru'
      ? ` · основной методикой периода стал рейтинг run ${e.headlinePassedTo}`
      : ` · the headline of the period passed to run ${e.headlinePassedTo}`;
  return '';
}

export function changelogBody(lang: PageLang, entries: readonly ChangelogEntry[]): SafeHtml {
  return html`<h1>${t(lang, 'changelog')}</h1>
    <p class="meta">
      ${lang === 'ru' ? 'Опубликованный рейтинг не меняется: исправление выходит новой версией с указанием причины.' : 'A published rating never changes: a correction is a new version with its reason.'}
    </p>
    <table>
      <thead>
        <tr>
          <th scope="col">${t(lang, 'published')}</th>
          <th scope="col">${t(lang, 'period')}</th>
          <th scope="col">${t(lang, 'version')}</th>
          <th scope="col">${t(lang, 'reason')}</th>
          <th scope="col">${lang === 'ru' ? 'Статус' : 'Status'}</th>
        </tr>
      </thead>
      <tbody>
        ${entries.map(
          (e) =>
            html`<tr>
              <td>${e.publishedAt.slice(0, 10)}</td>
              <th scope="row">
                <a href="${withLang(`/ratings/${e.period}`, lang)}">${e.period}</a> (${e.methodologyId})
              </th>
              <td>${e.version}${e.supersedesRunId ? ` ← run ${e.supersedesRunId}` : ''}</td>
              <td>${e.correctionReason ?? (lang === 'ru' ? 'первая публикация' : 'first publication')}</td>
              <td>
                ${e.withdrawnAt ? `${t(lang, 'withdrawn')} ${e.withdrawnAt.slice(0, 10)}: ${e.withdrawnReason ?? ''}` : lang === 'ru' ? 'действует' : 'current'}${e.synthetic ? ` · ${t(lang, 'synthetic')}` : ''}${headlineNote(lang, e)}
              </td>
            </tr>`,
        )}
      </tbody>
    </table>`;
}
