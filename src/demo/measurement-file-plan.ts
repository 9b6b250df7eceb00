/**
 * Which measurement files each demo year gets. Years rotate through three plans so that the files the demo ingests
 * cover every format (UTF-8 long, Windows-1251 wide, XLSX wide) and the variants cover every region naming:
 *   1st year: UTF-8 long with codes (ingested) + Windows-1251 wide with full names (variant);
 *   2nd year: Windows-1251 wide with short forms (ingested) + UTF-8 long with OKATO codes (variant);
 *   3rd year: XLSX wide with full names (ingested) + UTF-8 long with codes (variant); then the cycle repeats.
 */
import type { DemoFileFormat } from './demo-file-set.js';
import type { MeasurementLayout } from './measurement-table.js';
import type { RegionNaming } from './region-naming.js';

export interface MeasurementFilePlan {
  name: string;
  format: DemoFileFormat;
  layout: MeasurementLayout;
  naming: RegionNaming;
  ingest: boolean;
}

type Variant = Omit<MeasurementFilePlan, 'name'>;

const CYCLE: readonly (readonly Variant[])[] = [
  [
    { format: 'csv-utf8', layout: 'long', naming: 'code', ingest: true },
    { format: 'csv-cp1251', layout: 'wide', naming: 'full_name', ingest: false },
  ],
  [
    { format: 'csv-cp1251', layout: 'wide', naming: 'short_form', ingest: true },
    { format: 'csv-utf8', layout: 'long', naming: 'okato', ingest: false },
  ],
  [
    { format: 'xlsx', layout: 'wide', naming: 'full_name', ingest: true },
    { format: 'csv-utf8', layout: 'long', naming: 'code', ingest: false },
  ],
];

/** File name of a measurement file: SYNTHETIC-measurements-2018-cp1251-wide.csv, SYNTHETIC-measurements-2019.xlsx. */
export function measurementFileName(year: number, format: DemoFileFormat, layout: MeasurementLayout): string {
  if (format === 'xlsx') return `SYNTHETIC-measurements-${year}.xlsx`;
  return `SYNTHETIC-measurements-${year}-${format === 'csv-utf8' ? 'utf8' : 'cp1251'}-${layout}.csv`;
}

/** The files of the year at position `index` of the sorted demo years; the ingested one first. */
export function measurementFilePlan(year: number, index: number): MeasurementFilePlan[] {
  return CYCLE[index % CYCLE.length].map((v) => ({ ...v, name: measurementFileName(year, v.format, v.layout) }));
}
