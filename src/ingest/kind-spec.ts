/** Per kind: the row binder and the header names that identify a header row (header detection, CSV and XLSX). */
import type { CatalogueIndex } from './catalogue/catalogue-index.js';
import { bindSpending, bindTargets } from './rows/annual-rows.js';
import { APPLICATION_COLUMNS } from './rows/application-columns.js';
import { bindApplications } from './rows/application-rows.js';
import { canonicalHeader, IGNORED, type HeaderMapping } from './rows/header-map.js';
import { bindMeasurements } from './rows/measurement-rows.js';
import type { IngestKind } from './types.js';

const HEADER_NAMES: Record<IngestKind, string[]> = {
  measurements: ['region', 'service', 'indicator', 'value', 'period'],
  applications: [...APPLICATION_COLUMNS],
  targets: ['region', 'year', 'measured_share', 'target_share'],
  spending: ['region', 'year', 'programme', 'amount_rub'],
};

export function headerPredicate(
  kind: IngestKind,
  mapping: HeaderMapping,
  catalogue: CatalogueIndex,
): (cell: string) => boolean {
  const names = new Set(HEADER_NAMES[kind]);
  return (cell) => {
    const name = canonicalHeader(mapping, cell);
    return (
      names.has(name) ||
      name === IGNORED ||
      (kind === 'measurements' && (name === 'unit' || catalogue.indicator(name) !== null))
    );
  };
}

export const BINDERS = {
  measurements: bindMeasurements,
  applications: bindApplications,
  targets: bindTargets,
  spending: bindSpending,
} as const;
