/**
 * Application event-log rows: `application_id,region,oktmo,service,channel,submitted_at,registered_at,
 * interagency_sent_at,interagency_answered_at,decided_at,delivered_at,outcome,deadline_days,rating`.
 * Each accepted row becomes one CSV line for COPY (without its batch id, appended by the loader).
 * Checks: known region and service; OKTMO of 8 or 11 digits inside the region; channel portal|mfc|mobile_office|paper
 * (портал/ЕПГУ, МФЦ, мобильный офис, бумага/лично accepted); timestamps ISO or dd.mm.yyyy hh:mm; submitted in the
 * year `--period`; decided ≥ submitted; delivered only after a decision; an answer only after a request; outcome
 * issued|refused|empty (выдано/отказ accepted); deadline_days whole 1–365; rating whole 1–5 or empty.
 */
import type { CatalogueIndex } from '../catalogue/catalogue-index.js';
import type { TableSource } from '../sources/table-source.js';
import { parseInteger } from '../values/parse-number.js';
import { parseTimestamp } from '../values/parse-timestamp.js';
import type { HeaderMapping } from './header-map.js';
import { bindHeader, cellCountReject } from './record-shape.js';
import type { Checked, Reject } from './reject.js';
import type { RecordValidator } from './row-kind.js';

export const APPLICATION_COPY_COLUMNS = [
  'year', 'region_code', 'application_id', 'oktmo', 'service_id', 'channel', 'submitted_at', 'registered_at',
  'interagency_sent_at', 'interagency_answered_at', 'decided_at', 'delivered_at', 'outcome', 'deadline_days', 'rating', 'batch_id',
] as const;

const REQUIRED = ['application_id', 'region', 'oktmo', 'service', 'channel', 'submitted_at', 'deadline_days'];
const OPTIONAL = ['registered_at', 'interagency_sent_at', 'interagency_answered_at', 'decided_at', 'delivered_at', 'outcome', 'rating'];
const CHANNEL_ALIASES: Record<string, string> = {
  portal: 'portal', 'портал': 'portal', 'епгу': 'portal', 'рпгу': 'portal', mfc: 'mfc', 'мфц': 'mfc',
  mobile_office: 'mobile_office', 'мобильный офис': 'mobile_office', paper: 'paper', 'бумага': 'paper', 'лично': 'paper',
};
const OUTCOME_ALIASES: Record<string, string> = { issued: 'issued', 'выдано': 'issued', 'выдан': 'issued', refused: 'refused', 'отказ': 'refused', '': '' };

export interface ApplicationRow { readonly region: string; readonly copyLine: string }

export function bindApplications(source: TableSource, mapping: HeaderMapping, catalogue: CatalogueIndex, period: number): RecordValidator<ApplicationRow> {
  const header = bindHeader(source, mapping, REQUIRED, OPTIONAL);
  const idx = (name: string) => header.index.get(name) ?? -1;
  const at = Object.fromEntries([...REQUIRED, ...OPTIONAL].map((n) => [n, idx(n)])) as Record<string, number>;
  const file = source.file;
  return (line, cells): Checked<ApplicationRow> => {
    const shape = cellCountReject(file, line, cells, source.header.length);
    if (shape) return { rows: [], rejects: [shape] };
    const rejects: Reject[] = [];
    const cell = (name: string) => (at[name] >= 0 ? (cells[at[name]] ?? '').trim() : '');
    const reject = (column: string, reason: string) => { rejects.push({ file, line, column, value: cell(column).slice(0, 200), reason }); };
    const id = cell('application_id');
    if (id.length < 1 || id.length > 64) reject('application_id', 'application_id must have 1 to 64 characters');
    const region = catalogue.regions.resolve(cell('region'));
    if ('error' in region) reject('region', region.error);
    const oktmo = cell('oktmo');
    if (!/^\d{8}(\d{3})?$/.test(oktmo)) reject('oktmo', 'OKTMO must have 8 or 11 digits');
    else if ('code' in region && catalogue.regions.regionOfOktmo(oktmo) !== region.code) {
      reject('oktmo', `OKTMO ${oktmo} is not in region ${region.code}`);
    }
    const service = catalogue.service(cell('service'));
    if (!service) reject('service', `unknown service "${cell('service')}"`);
    const channel = CHANNEL_ALIASES[cell('channel').toLowerCase()];
    if (!channel) reject('channel', 'channel must be portal, mfc, mobile_office or paper');
    const time = (name: string, required = false): number | null => {
      const text = cell(name);
      if (text === '') { if (required) reject(name, `${name} is required`); return null; }
      const ms = parseTimestamp(text);
      if (ms === null) reject(name, 'not a timestamp (ISO 8601 or dd.mm.yyyy hh:mm)');
      return ms;
    };
    const submitted = time('submitted_at', true);
    const registered = time('registered_at');
    const sent = time('interagency_sent_at');
    const answered = time('interagency_answered_at');
    const decided = time('decided_at');
    const delivered = time('delivered_at');
    if (submitted !== null && new Date(submitted).getUTCFullYear() !== period) reject('submitted_at', `submitted outside --period ${period}`);
    if (submitted !== null && decided !== null && decided < submitted) reject('decided_at', 'decided before submitted');
    if (delivered !== null && (decided === null || delivered < decided)) reject('delivered_at', 'delivered before (or without) a decision');
    if (answered !== null && sent === null) reject('interagency_answered_at', 'an interagency answer without a request');
    const outcome = OUTCOME_ALIASES[cell('outcome').toLowerCase()];
    if (outcome === undefined) reject('outcome', 'outcome must be issued, refused or empty');
    const deadline = parseInteger(cell('deadline_days'));
    if (deadline === null || deadline < 1 || deadline > 365) reject('deadline_days', 'deadline_days must be a whole number from 1 to 365');
    const ratingText = cell('rating');
    const rating = ratingText === '' ? null : parseInteger(ratingText);
    if (ratingText !== '' && (rating === null || rating < 1 || rating > 5)) reject('rating', 'rating must be a whole number from 1 to 5, or empty');
    if (rejects.length > 0 || !('code' in region)) return { rows: [], rejects };
    const iso = (ms: number | null) => (ms === null ? '' : new Date(ms).toISOString());
    const copyLine = [
      period, region.code, csvQuote(id), oktmo, service, channel, iso(submitted), iso(registered), iso(sent), iso(answered),
      iso(decided), iso(delivered), outcome, deadline, rating ?? '',
    ].join(',');
    return { rows: [{ region: region.code, copyLine }], rejects: [] };
  };
}

/** CSV quoting for COPY: quoted only when the text holds a comma, quote or line break. */
function csvQuote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
