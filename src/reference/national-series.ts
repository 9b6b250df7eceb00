/**
 * Real national figures: Rosstat's series of the information society for Russia as a whole
 * (data/reference/national/rosstat-information-society-ru.csv, 2010–2025). The product shows indicator 2.6.12 — the
 * share of the population that used the Internet to obtain state and municipal services, of those who obtained such
 * services; the target indicator of Decree No. 601 of 07.05.2012 (70 % by 2018) — as the REAL national line next to
 * the synthetic regional demo figures, always with its source.
 */
import { join } from 'node:path';
import { REFERENCE_DIR } from './catalogue.js';
import { readCsvTable } from './csv-table.js';

export const NATIONAL_SERIES_FILE = join(REFERENCE_DIR, 'national', 'rosstat-information-society-ru.csv');

/** The Decree No. 601 indicator of e-services use. */
export const E_SERVICES_USE_INDICATOR = '2.6.12';

export interface NationalPoint {
  readonly year: number;
  /** Percent. */
  readonly value: number;
  /** The source's footnote for that year (e.g. territories not covered), or null. */
  readonly note: string | null;
}

export interface NationalSeries {
  readonly indicatorCode: string;
  readonly name: { readonly ru: string; readonly en: string };
  readonly unit: 'percent';
  readonly points: readonly NationalPoint[];
  /** Who publishes the figures and where this copy comes from. */
  readonly source: { readonly ru: string; readonly en: string };
  readonly real: true;
}

export const ROSSTAT_SOURCE = {
  ru:
    'Росстат, «Мониторинг развития информационного общества в Российской Федерации» (официальная статистика; ' +
    'копия таблицы из findatalab/rosstat-open-data)',
  en:
    'Rosstat, "Monitoring the development of the information society in the Russian Federation" (official ' +
    'statistics; copy of the table in findatalab/rosstat-open-data)',
} as const;

/** One indicator's series, years ascending. @throws RangeError if the file holds no such indicator */
export function loadNationalSeries(
  indicatorCode: string = E_SERVICES_USE_INDICATOR,
  path: string = NATIONAL_SERIES_FILE,
): NationalSeries {
  const rows = readCsvTable(path).filter((r) => r.indicator_code === indicatorCode);
  if (rows.length === 0) throw new RangeError(`${path}: no national series "${indicatorCode}"`);
  return {
    indicatorCode,
    name: { ru: rows[0].name_ru, en: rows[0].name_en },
    unit: 'percent',
    points: rows
      .map((r) => ({ year: Number(r.year), value: Number(r.value), note: r.note === '' ? null : r.note }))
      .sort((a, b) => a.year - b.year),
    source: ROSSTAT_SOURCE,
    real: true,
  };
}

let eServicesUse: NationalSeries | undefined;

/** The 2.6.12 series, read once. */
export function nationalEServicesUse(): NationalSeries {
  eServicesUse ??= loadNationalSeries();
  return eServicesUse;
}
