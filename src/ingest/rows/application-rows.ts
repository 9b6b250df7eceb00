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
  'year',
  'region_code',
  'application_id',
  'oktmo',
  'service_id',
  'channel',
  'submitted_at',
  'registered_at',
  'interagency_sent_at',
  'interagency_answered_at',
  'decided_at',
  'delivered_at',
  'outcome',
  'deadline_days',
  'rating',
  'batch_id',
] as const;

// The order matters: the validator destructures the cells in this order.
const REQUIRED = ['application_id', 'region', 'oktmo', 'service', 'channel', 'submitted_at', 'deadline_days'];
const OPTIONAL = [
  'registered_at',
  'interagency_sent_at',
  'interagency_answered_at',
  'decided_at',
  'delivered_at',
  'outcome',
  'rating',
];
const CHANNEL_ALIASES: Record<string, string> = {
  portal: 'portal',
  портал: 'portal',
  епгу: 'portal',
  рпгу: 'portal',
  mfc: 'mfc',
  мфц: 'mfc',
  mobile_office: 'mobile_office',
  'мобильный офис': 'mobile_office',
  paper: 'paper',
  бумага: 'paper',
  лично: 'paper',
};
const OUTCOME_ALIASES: Record<string, string> = {
  issued: 'issued',
  выдано: 'issued',
  выдан: 'issued',
  refused: 'refused',
  отказ: 'refused',
  '': '',
};

export interface ApplicationRow {
  readonly region: string;
  readonly copyLine: string;
}

export function bindApplications(
  source: TableSource,
  mapping: HeaderMapping,
  catalogue: CatalogueIndex,
  period: number,
): RecordValidator<ApplicationRow> {
  const header = bindHeader(source, mapping, REQUIRED, OPTIONAL);
  const idx = (name: string) => header.index.get(name) ?? -1;
  const at = Object.fromEntries([...REQUIRED, ...OPTIONAL].map((n) => [n, idx(n)])) as Record<string, number>;
  const file = source.file;
  const columns = [...REQUIRED, ...OPTIONAL];
  const indexOf = columns.map((name) => at[name]);
  const TIMES = [
    'submitted_at',
    'registered_at',
    'interagency_sent_at',
    'interagency_answered_at',
    'decided_at',
    'delivered_at',
  ];
  const timeIndex = TIMES.map((name) => columns.indexOf(name));
  const [yearStart, yearEnd] = [Date.UTC(period, 0, 1), Date.UTC(period + 1, 0, 1)];
  // Hot path (millions of rows): cells are read once into an array by column position, no closures per row.
  return (line, cells): Checked<ApplicationRow> => {
    const shape = cellCountReject(file, line, cells, source.header.length);
    if (shape) return { rows: [], rejects: [shape] };
    const v = indexOf.map((i) => (i >= 0 ? (cells[i] ?? '').trim() : ''));
    const [id, regionText, oktmo, serviceText, channelText, , deadlineText, , , , , , outcomeText, ratingText] = v;
    const rejects: Reject[] = [];
    const reject = (column: string, reason: string) => {
      rejects.push({ file, line, column, value: v[columns.indexOf(column)].slice(0, 200), reason });
    };
    if (id.length < 1 || id.length > 64) reject('application_id', 'application_id must have 1 to 64 characters');
    const region = catalogue.regions.resolve(regionText);
    if ('error' in region) reject('region', region.error);
    if (!/^\d{8}(\d{3})?$/.test(oktmo)) reject('oktmo', 'OKTMO must have 8 or 11 digits');
    else if ('code' in region && catalogue.regions.regionOfOktmo(oktmo) !== region.code)
      reject('oktmo', `OKTMO ${oktmo} is not in region ${region.code}`);
    const service = catalogue.service(serviceText);
    if (!service) reject('service', `unknown service "${serviceText}"`);
    const channel = CHANNEL_ALIASES[channelText] ?? CHANNEL_ALIASES[channelText.toLowerCase()];
    if (!channel) reject('channel', 'channel must be portal, mfc, mobile_office or paper');
    const ms: (number | null)[] = [];
    const copyTimes: string[] = [];
    for (let t = 0; t < TIMES.length; t++) {
      const text = v[timeIndex[t]];
      if (text === '') {
        if (t === 0) reject(TIMES[t], `${TIMES[t]} is required`);
        ms.push(null);
        copyTimes.push('');
        continue;
      }
      const parsed = parseTimestamp(text);
      if (parsed === null) reject(TIMES[t], 'not a timestamp (ISO 8601 or dd.mm.yyyy hh:mm)');
      ms.push(parsed);
      copyTimes.push(parsed === null ? '' : CANONICAL_UTC.test(text) ? text : new Date(parsed).toISOString());
    }
    const [submitted, , sent, answered, decided, delivered] = ms;
    if (submitted !== null && (submitted < yearStart || submitted >= yearEnd)) {
      const year = new Date(submitted).getUTCFullYear();
      rejects.push({
        file,
        line,
        column: 'submitted_at',
        value: v[timeIndex[0]].slice(0, 200),
        reason: `submitted in ${year}, outside --period ${period}`,
        periodSeen: year,
      });
    }
    if (submitted !== null && decided !== null && decided < submitted) reject('decided_at', 'decided before submitted');
    if (delivered !== null && (decided === null || delivered < decided))
      reject('delivered_at', 'delivered before (or without) a decision');
    if (answered !== null && sent === null)
      reject('interagency_answered_at', 'an interagency answer without a request');
    const outcome = OUTCOME_ALIASES[outcomeText] ?? OUTCOME_ALIASES[outcomeText.toLowerCase()];
    if (outcome === undefined) reject('outcome', 'outcome must be issued, refused or empty');
    const deadline = parseInteger(deadlineText);
    if (deadline === null || deadline < 1 || deadline > 365)
      reject('deadline_days', 'deadline_days must be a whole number from 1 to 365');
    const rating = ratingText === '' ? null : parseInteger(ratingText);
    if (ratingText !== '' && (rating === null || rating < 1 || rating > 5))
      reject('rating', 'rating must be a whole number from 1 to 5, or empty');
    if (rejects.length > 0 || !('code' in region)) return { rows: [], rejects };
    const copyLine = `${period},${region.code},${csvQuote(id)},${oktmo},${service},${channel},${copyTimes.join(',')},${outcome},${deadline},${rating ?? ''}`;
    return { rows: [{ region: region.code, copyLine }], rejects: [] };
  };
}

/** A UTC ISO timestamp PostgreSQL reads exactly as written: passed through without re-formatting. */
const CANONICAL_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/** CSV quoting for COPY: quoted only when the text holds a comma, quote or line break. */
function csvQuote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
