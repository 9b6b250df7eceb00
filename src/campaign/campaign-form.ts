/**
 * The "open a campaign" form of the analysts' page, checked field by field (pure): the period (a year 2000–2100), the
 * data kinds (checkboxes `kind-<kind>`), the indicators (checkboxes `indicator-<id>`; none ticked = every monitoring
 * indicator, as on the CLI), the deadline (YYYY-MM-DD, a real date), an optional note (at most 2000 characters).
 * Each problem is one message in Russian and English, tied to its field; with none, the request for openCampaign.
 */
import { INGEST_KINDS } from '../ingest/types.js';
import type { NewCampaign } from './campaign-store.js';

export type CampaignField = 'period' | 'kinds' | 'indicators' | 'deadline' | 'note';
export interface FieldError {
  readonly field: CampaignField;
  readonly ru: string;
  readonly en: string;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function realDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === text;
}

export function readCampaignForm(
  fields: ReadonlyMap<string, string>,
  monitoringIndicators: readonly string[],
): { request: NewCampaign; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const periodText = (fields.get('period') ?? '').trim();
  const period = /^\d{4}$/.test(periodText) ? Number(periodText) : NaN;
  if (!(period >= 2000 && period <= 2100))
    errors.push({
      field: 'period',
      ru: `Год должен быть числом от 2000 до 2100 (введено «${periodText}»).`,
      en: `The year must be a number from 2000 to 2100 (got "${periodText}").`,
    });
  const kinds = INGEST_KINDS.filter((k) => fields.get(`kind-${k}`) === 'on');
  if (kinds.length === 0)
    errors.push({
      field: 'kinds',
      ru: 'Отметьте хотя бы один вид данных.',
      en: 'Tick at least one data kind.',
    });
  const indicators = monitoringIndicators.filter((id) => fields.get(`indicator-${id}`) === 'on');
  const deadline = (fields.get('deadline') ?? '').trim();
  if (!realDate(deadline))
    errors.push({
      field: 'deadline',
      ru: `Срок — дата в виде ГГГГ-ММ-ДД (введено «${deadline}»).`,
      en: `The deadline is a date YYYY-MM-DD (got "${deadline}").`,
    });
  const note = (fields.get('note') ?? '').trim();
  if (note.length > 2000)
    errors.push({
      field: 'note',
      ru: `Примечание длиннее 2000 знаков (${note.length}).`,
      en: `The note is longer than 2000 characters (${note.length}).`,
    });
  return { request: { period, kinds, indicators, deadline, note }, errors };
}
