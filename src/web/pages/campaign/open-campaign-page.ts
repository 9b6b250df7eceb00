/**
 * The analysts' page to open a campaign (no JavaScript needed): period, data kinds and indicators (checkbox groups in
 * fieldsets), deadline, note; the CSRF token; after a refused attempt the form comes back with the entered values,
 * a summary of the problems (role=alert, each linking to its field) and each message next to its field
 * (aria-describedby). Russian and English.
 */
import { html, type SafeHtml } from '../html.js';
import type { PageLang } from '../i18n.js';
import { withLang } from '../layout.js';
import type { CampaignField, FieldError } from '../../../campaign/campaign-form.js';
import { INGEST_KINDS } from '../../../ingest/types.js';

const T = {
  title: { ru: 'Открыть кампанию сбора', en: 'Open a collection campaign' },
  period: { ru: 'Год данных', en: 'Data year' },
  kinds: { ru: 'Виды данных', en: 'Data kinds' },
  indicators: {
    ru: 'Показатели (если не отмечен ни один — все показатели мониторинга)',
    en: 'Indicators (none ticked = every monitoring indicator)',
  },
  deadline: { ru: 'Срок представления (ГГГГ-ММ-ДД)', en: 'Deadline (YYYY-MM-DD)' },
  note: { ru: 'Примечание для регионов (необязательно)', en: 'Note for the regions (optional)' },
  open: { ru: 'Открыть кампанию', en: 'Open the campaign' },
  problems: { ru: 'Кампания не открыта. Исправьте:', en: 'The campaign was not opened. Please correct:' },
  back: { ru: 'К списку кампаний', en: 'Back to the campaigns' },
} as const;

export const openCampaignTitle = (lang: PageLang): string => T.title[lang];

export interface OpenCampaignValues {
  readonly period: string;
  readonly kinds: readonly string[];
  readonly indicators: readonly string[];
  readonly deadline: string;
  readonly note: string;
}

export const EMPTY_CAMPAIGN_VALUES: OpenCampaignValues = {
  period: '',
  kinds: ['measurements'],
  indicators: [],
  deadline: '',
  note: '',
};

export function openCampaignBody(
  lang: PageLang,
  csrf: string,
  indicators: readonly { id: string; name: string }[],
  values: OpenCampaignValues,
  errors: readonly FieldError[],
): SafeHtml {
  const errorOf = (field: CampaignField) => errors.find((e) => e.field === field);
  const described = (field: CampaignField) => (errorOf(field) ? html`aria-describedby="${field}-error"` : '');
  const message = (field: CampaignField) => {
    const e = errorOf(field);
    return e ? html`<span id="${field}-error" class="field-error">${e[lang]}</span><br />` : '';
  };
  const checked = (on: boolean) => (on ? 'checked' : '');
  return html`<h1>${T.title[lang]}</h1>
    ${
      errors.length > 0
        ? html`<div class="notice" role="alert">
            <p>${T.problems[lang]}</p>
            <ul>
              ${errors.map((e) => html`<li><a href="#${e.field}">${e[lang]}</a></li>`)}
            </ul>
          </div>`
        : ''
    }
    <form method="post" action="${withLang('/campaign/new', lang)}">
      <input type="hidden" name="csrf" value="${csrf}" />
      <p>
        <label for="period">${T.period[lang]}</label><br />
        ${message('period')}
        <input
          id="period"
          name="period"
          inputmode="numeric"
          pattern="[0-9]{4}"
          size="6"
          required
          value="${values.period}"
          ${described('period')}
        />
      </p>
      <fieldset id="kinds" ${described('kinds')}>
        <legend>${T.kinds[lang]}</legend>
        ${message('kinds')}
        ${INGEST_KINDS.map(
          (k) =>
            html`<label><input type="checkbox" name="kind-${k}" ${checked(values.kinds.includes(k))} /> ${k}</label
              ><br />`,
        )}
      </fieldset>
      <fieldset id="indicators">
        <legend>${T.indicators[lang]}</legend>
        ${indicators.map(
          (i) =>
            html`<label
                ><input type="checkbox" name="indicator-${i.id}" ${checked(values.indicators.includes(i.id))} />
                ${i.name} (${i.id})</label
              ><br />`,
        )}
      </fieldset>
      <p>
        <label for="deadline">${T.deadline[lang]}</label><br />
        ${message('deadline')}
        <input id="deadline" name="deadline" type="date" required value="${values.deadline}" ${described('deadline')} />
      </p>
      <p>
        <label for="note">${T.note[lang]}</label><br />
        ${message('note')}
        <textarea id="note" name="note" rows="3" cols="70" maxlength="2000" ${described('note')}>
${values.note}</textarea>
      </p>
      <p><button type="submit">${T.open[lang]}</button></p>
    </form>
    <p><a href="${withLang('/campaign', lang)}">${T.back[lang]}</a></p>`;
}
