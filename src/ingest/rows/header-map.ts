/**
 * Maps the header cells regions write to canonical column names: built-in Russian and English aliases, then an
 * optional mapping file (JSON: `{"columns": {"Субъект РФ": "region", "Полнота информации": "info_complete"}}`).
 * Matching ignores case, surrounding spaces, ё/е, and a trailing unit in brackets ("Сумма, руб." = "Сумма").
 */
import { readFileSync } from 'node:fs';
import { InputError } from '../../errors.js';

const BUILT_IN: Record<string, string[]> = {
  region: ['регион', 'субъект', 'субъект рф', 'region_code', 'код региона', 'регион (субъект рф)'],
  service: ['услуга', 'service_id', 'код услуги'],
  indicator: ['показатель', 'indicator_id', 'код показателя'],
  value: ['значение'],
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

export type HeaderMapping = ReadonlyMap<string, string>;

export function normaliseHeader(cell: string): string {
  return cell.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/ё/g, 'е').replace(/(?:[,.]?\s+|[,.]\s*)\(?(?:руб\.?|rub\.?|%)\)?$/u, '').replace(/\s+/g, ' ');
}

/** The mapping: built-in aliases, overridden by the mapping file when given. */
export function loadHeaderMapping(mappingFile?: string): HeaderMapping {
  const map = new Map<string, string>();
  for (const [canonical, aliases] of Object.entries(BUILT_IN)) for (const alias of aliases) map.set(normaliseHeader(alias), canonical);
  if (mappingFile) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(mappingFile, 'utf8'));
    } catch (error) {
      throw new InputError(`${mappingFile}: cannot read the mapping file: ${(error as Error).message}`);
    }
    const columns = (parsed as { columns?: unknown }).columns;
    if (!columns || typeof columns !== 'object') throw new InputError(`${mappingFile}: expected {"columns": {"header as written": "canonical name"}}`);
    for (const [from, to] of Object.entries(columns)) {
      if (typeof to !== 'string') throw new InputError(`${mappingFile}: the mapping of "${from}" must be a string`);
      map.set(normaliseHeader(from), to);
    }
  }
  return map;
}

/** The canonical name of a header cell: its mapping, else the cell itself normalised. */
export function canonicalHeader(mapping: HeaderMapping, cell: string): string {
  const n = normaliseHeader(cell);
  return mapping.get(n) ?? n;
}
