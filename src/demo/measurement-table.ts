/**
 * Lays synthetic measurement records out as the two file layouts the ingest reads:
 * - long: `region,service,indicator,value`, one row per reported cell; a missing value is an absent row (the ingest
 *   rejects a long row with an empty value as an error of the sender);
 * - wide: `region,service,<indicator_id>...`, one row per region × service; a missing value is an empty cell.
 * Cells are numbers, strings or null (empty); the writers format them. With `yesPartialNoWords`, yes/partial/no
 * values are written as да / частично / нет (as the Windows-1251 files do) instead of 1 / 0.5 / 0.
 */
import type { Indicator, Region } from '../reference/catalogue.js';
import type { MeasurementRecord } from './generate/measurements.js';
import { regionLabel, type RegionNaming } from './region-naming.js';

export type Cell = number | string | null;
export const MEASUREMENT_LAYOUTS = ['long', 'wide'] as const;
export type MeasurementLayout = (typeof MEASUREMENT_LAYOUTS)[number];

export interface TableOptions {
  layout: MeasurementLayout;
  naming: RegionNaming;
  yesPartialNoWords: boolean;
}

export interface Table {
  header: string[];
  rows: Cell[][];
}

const WORDS = new Map<number, string>([
  [1, 'да'],
  [0.5, 'частично'],
  [0, 'нет'],
]);

/** The cell of one value: null stays null; yes/partial/no becomes a word when asked. @throws RangeError for a yes/partial/no value outside {0, 0.5, 1} */
export function valueCell(value: number | null, indicator: Indicator, words: boolean): Cell {
  if (value === null || !words || indicator.kind !== 'yes_partial_no') return value;
  const word = WORDS.get(value);
  if (word === undefined)
    throw new RangeError(`yes/partial/no value must be 0, 0.5 or 1, got ${value} for ${indicator.id}`);
  return word;
}

/** The table of one year's records in the chosen layout (records in region × service × indicator order). */
export function measurementTable(
  records: readonly MeasurementRecord[],
  regions: readonly Region[],
  indicators: readonly Indicator[],
  options: TableOptions,
): Table {
  const regionByCode = new Map(regions.map((r) => [r.code, r]));
  const indicatorById = new Map(indicators.map((i) => [i.id, i]));
  const label = (code: string): string => {
    const region = regionByCode.get(code);
    if (!region) throw new RangeError(`unknown region code "${code}" in demo measurements`);
    return regionLabel(region, options.naming);
  };
  const cell = (r: MeasurementRecord): Cell => {
    const indicator = indicatorById.get(r.indicatorId);
    if (!indicator) throw new RangeError(`unknown indicator "${r.indicatorId}" in demo measurements`);
    return valueCell(r.value, indicator, options.yesPartialNoWords);
  };
  if (options.layout === 'long') {
    const reported = records.filter((r) => r.value !== null);
    return {
      header: ['region', 'service', 'indicator', 'value'],
      rows: reported.map((r) => [label(r.regionCode), r.serviceId, r.indicatorId, cell(r)]),
    };
  }
  const column = new Map(indicators.map((i, k) => [i.id, k + 2]));
  const rows: Cell[][] = [];
  let current: Cell[] | null = null;
  let currentKey = '';
  for (const r of records) {
    const key = `${r.regionCode}\u0000${r.serviceId}`;
    if (current === null || key !== currentKey) {
      current = [label(r.regionCode), r.serviceId, ...indicators.map(() => null)];
      currentKey = key;
      rows.push(current);
    }
    current[column.get(r.indicatorId) as number] = cell(r);
  }
  return { header: ['region', 'service', ...indicators.map((i) => i.id)], rows };
}
