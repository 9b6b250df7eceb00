/**
 * Maps the header cells regions write to canonical column names: built-in Russian and English aliases, then an
 * optional mapping file (JSON: `{"columns": {"Субъект РФ": "region", "Исполнитель": "ignore"}, "ignore": ["Код"]}`).
 * `№ п/п`, `Примечание` and columns mapped to "ignore" are read and ignored. Matching is after NFC normalisation and
 * ignores case, spaces, ё/е, and a trailing unit ("Сумма, руб." = "Сумма", "Полнота информации, %").
 */
import { readFileSync } from 'node:fs';
import { InputError } from '../../errors.js';

const BUILT_IN: Record<string, string[]> = {
  region: [
    'регион',
    'субъект',
    'субъект рф',
    'region_code',
    'код региона',
    'регион (субъект рф)',
    'субъект российской федерации',
    'наименование субъекта',
    'наименование субъекта рф',
    'наименование субъекта российской федерации',
    'наименование региона',
  ],
  service: [
    'услуга',
    'service_id',
    'код услуги',
    'наименование услуги',
    'наименование государственной услуги',
    'государственная услуга',
    'госуслуга',
  ],
  indicator: ['показатель', 'indicator_id', 'код показателя', 'наименование показателя'],
  value: ['значение', 'значение показателя', 'фактическое значение'],
  unit: ['unit', 'единица измерения', 'ед. изм', 'ед. изм.', 'ед.изм.'],
  period: ['период'],
  year: ['год'],
  measured_share: ['фактическая доля', 'доля фактическая', 'measured'],
  target_share: ['целевая доля', 'доля целевая', 'target'],
  programme: ['программа', 'program'],
  amount_rub: ['сумма', 'сумма руб', 'amount'],
  application_id: ['номер заявления', 'id'],
  oktmo: ['октмо'],
  channel: ['канал'],
  outcome: ['результат'],
  rating: ['оценка'],
  deadline_days: ['срок', 'нормативный срок'],
};

/** The canonical name of columns that are read but ignored: `№ п/п`, `Примечание`, and those a mapping marks "ignore". */
export const IGNORED = 'ignore';
const IGNORED_BUILT_IN = [
  '№',
  '№ п/п',
  'n п/п',
  '№п/п',
  'п/п',
  'номер п/п',
  'примечание',
  'примечания',
  'комментарий',
  'комментарии',
  // The reference columns of the campaign's region form (src/campaign/region-form.ts): names for the reader of the
  // form, the codes beside them are what the ingest reads.
  'регион (справочно)',
  'наименование услуги (справочно)',
  'наименование показателя (справочно)',
  'допустимые значения (справочно)',
];

export type HeaderMapping = ReadonlyMap<string, string>;

const UNIT_SUFFIX =
  /(?:[,.]?\s+|[,.]\s*)\(?(?:руб\.?|тыс\.\s*руб\.?|rub\.?|%|процентов|дн\.?|дней|ед\.?|шт\.?|баллов|баллы)\)?$/u;

/** NFC, no BOM, trimmed, lower case, ё = е, one space between words, a trailing unit dropped ("Сумма, руб." = "сумма"). */
export function normaliseHeader(cell: string): string {
  return cell
    .normalize('NFC')
    .replace(/^\uFEFF/, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(UNIT_SUFFIX, '')
    .trim();
}

/** The mapping: built-in aliases, overridden by the mapping file when given. */
export function loadHeaderMapping(mappingFile?: string): HeaderMapping {
  const map = new Map<string, string>();
  for (const [canonical, aliases] of Object.entries(BUILT_IN))
    for (const alias of aliases) map.set(normaliseHeader(alias), canonical);
  for (const name of IGNORED_BUILT_IN) map.set(normaliseHeader(name), IGNORED);
  if (mappingFile) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(mappingFile, 'utf8'));
    } catch (error) {
      throw new InputError(`${mappingFile}: cannot read the mapping file: ${(error as Error).message}`);
    }
    const { columns = {}, ignore = [] } = parsed as { columns?: unknown; ignore?: unknown };
    if (!columns || typeof columns !== 'object' || !Array.isArray(ignore)) {
      throw new InputError(
        `${mappingFile}: expected {"columns": {"header as written": "canonical name" or "ignore"}, "ignore": ["header as written"]}`,
      );
    }
    for (const [from, to] of Object.entries(columns)) {
      if (typeof to !== 'string') throw new InputError(`${mappingFile}: the mapping of "${from}" must be a string`);
      map.set(normaliseHeader(from), to);
    }
    for (const name of ignore) {
      if (typeof name !== 'string') throw new InputError(`${mappingFile}: "ignore" lists header names (strings)`);
      map.set(normaliseHeader(name), IGNORED);
    }
  }
  return map;
}

/** The canonical name of a header cell: its mapping, else the cell itself normalised. */
export function canonicalHeader(mapping: HeaderMapping, cell: string): string {
  const n = normaliseHeader(cell);
  return mapping.get(n) ?? n;
}
