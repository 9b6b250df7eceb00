/**
 * Annual rows of a region: adoption targets (`region,year,measured_share,target_share`, shares in % within [0, 100],
 * at least one given; an empty share cell is not given and keeps its stored value) and programme spending
 * (`region,year,programme,amount_rub`, roubles ≥ 0, kopecks at most). A value cell holding the removal marker
 * (`удалить`) asks to remove the stored value (null). The year must equal `--period`.
 */
import type { CatalogueIndex } from '../catalogue/catalogue-index.js';
import type { TableSource } from '../sources/table-source.js';
import { parseInteger, parseNumber } from '../values/parse-number.js';
import { isRemovalMarker } from '../values/removal-marker.js';
import type { HeaderMapping } from './header-map.js';
import { bindHeader, cellCountReject } from './record-shape.js';
import type { Checked, Reject } from './reject.js';
import type { RecordValidator } from './row-kind.js';

/** A share: a number, null for the removal marker, undefined when the cell is empty (not given). */
export type ShareCell = number | null | undefined;
export interface TargetRow {
  region: string;
  year: number;
  measured_share: ShareCell;
  target_share: ShareCell;
  line: number;
  file: string;
}
/** amountRub null: the removal marker. */
export interface SpendingRow {
  region: string;
  year: number;
  programme: string;
  amountRub: number | null;
  line: number;
  file: string;
}

interface Common {
  region: string;
  year: number;
  reject: (column: string, value: string, reason: string) => void;
  rejects: Reject[];
}

function commonCells(
  source: TableSource,
  at: (n: string) => number,
  catalogue: CatalogueIndex,
  period: number,
  line: number,
  cells: readonly string[],
): Common | Reject {
  const shape = cellCountReject(source.file, line, cells, source.header.length);
  if (shape) return shape;
  const rejects: Reject[] = [];
  const reject = (column: string, value: string, reason: string) => {
    rejects.push({ file: source.file, line, column, value, reason });
  };
  const region = catalogue.regions.resolve(cells[at('region')] ?? '');
  if ('error' in region) reject('region', cells[at('region')] ?? '', region.error);
  const year = parseInteger(cells[at('year')] ?? '');
  if (year !== period) {
    rejects.push({
      file: source.file,
      line,
      column: 'year',
      value: cells[at('year')] ?? '',
      reason: year === null ? 'year is not a whole number' : `year ${year} differs from --period ${period}`,
      periodSeen: year ?? undefined,
    });
  }
  return { region: 'code' in region ? region.code : '', year: period, reject, rejects };
}

export function bindTargets(
  source: TableSource,
  mapping: HeaderMapping,
  catalogue: CatalogueIndex,
  period: number,
): RecordValidator<TargetRow> {
  const header = bindHeader(source, mapping, ['region', 'year'], ['measured_share', 'target_share']);
  const at = (name: string) => header.index.get(name) ?? -1;
  if (at('measured_share') < 0 && at('target_share') < 0) {
    bindHeader(source, mapping, ['region', 'year', 'measured_share'], ['target_share']);
  }
  return (line, cells): Checked<TargetRow> => {
    const common = commonCells(source, at, catalogue, period, line, cells);
    if ('reason' in common) return { rows: [], rejects: [common] };
    const share = (name: string): ShareCell => {
      const text = at(name) >= 0 ? (cells[at(name)] ?? '') : '';
      if (text.trim() === '') return undefined;
      if (isRemovalMarker(text)) return null;
      const value = parseNumber(text);
      if (value === null || value < 0 || value > 100)
        common.reject(name, text, `"${text}" is not a share in % within [0, 100]`);
      return value ?? undefined;
    };
    const measured = share('measured_share');
    const target = share('target_share');
    if (measured === undefined && target === undefined && common.rejects.length === 0)
      common.reject('measured_share', '', 'neither measured_share nor target_share is given');
    if (common.rejects.length > 0) return { rows: [], rejects: common.rejects };
    return {
      rows: [
        {
          region: common.region,
          year: common.year,
          measured_share: measured,
          target_share: target,
          line,
          file: source.file,
        },
      ],
      rejects: [],
    };
  };
}

export function bindSpending(
  source: TableSource,
  mapping: HeaderMapping,
  catalogue: CatalogueIndex,
  period: number,
): RecordValidator<SpendingRow> {
  const header = bindHeader(source, mapping, ['region', 'year', 'programme', 'amount_rub'], []);
  const at = (name: string) => header.index.get(name) ?? -1;
  return (line, cells): Checked<SpendingRow> => {
    const common = commonCells(source, at, catalogue, period, line, cells);
    if ('reason' in common) return { rows: [], rejects: [common] };
    const programme = (cells[at('programme')] ?? '').trim();
    if (programme.length < 1 || programme.length > 200)
      common.reject('programme', programme, 'programme name must have 1 to 200 characters');
    const text = cells[at('amount_rub')] ?? '';
    if (isRemovalMarker(text)) {
      return common.rejects.length > 0
        ? { rows: [], rejects: common.rejects }
        : {
            rows: [{ region: common.region, year: common.year, programme, amountRub: null, line, file: source.file }],
            rejects: [],
          };
    }
    const amount = parseNumber(text);
    if (amount === null || amount < 0 || Math.round(amount * 100) / 100 !== amount || amount >= 1e16) {
      common.reject('amount_rub', text, `"${text}" is not an amount in roubles (≥ 0, at most 2 decimals)`);
    }
    if (common.rejects.length > 0 || amount === null) return { rows: [], rejects: common.rejects };
    return {
      rows: [{ region: common.region, year: common.year, programme, amountRub: amount, line, file: source.file }],
      rejects: [],
    };
  };
}
