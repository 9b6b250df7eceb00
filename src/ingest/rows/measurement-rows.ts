/**
 * Measurement rows, long (`region,service,indicator,value[,period]`) or wide (`region,service,<indicator>…`, one
 * column per indicator id or mapped name, empty cells = not measured). Every value is checked against its
 * indicator's kind and range: yes_partial_no ∈ {0, 0.5, 1} (да/частично/нет, yes/partial/no accepted); share, duration
 * and rating within the catalogue's [min, max]; count a whole number ≥ min. A period cell must equal `--period`.
 */
import type { CatalogueIndex, IndicatorRule } from '../catalogue/catalogue-index.js';
import type { TableSource } from '../sources/table-source.js';
import { parseInteger, parseNumber } from '../values/parse-number.js';
import { parseYesPartialNo } from '../values/parse-yes-partial-no.js';
import { isRemovalMarker } from '../values/removal-marker.js';
import { fileInputError } from '../input-error.js';
import { canonicalHeader, type HeaderMapping } from './header-map.js';
import { bindHeader, cellCountReject } from './record-shape.js';
import type { Checked, Reject } from './reject.js';
import type { RecordValidator } from './row-kind.js';

/** value null: the cell holds the removal marker (remove the stored value). */
export interface MeasurementRow {
  region: string;
  service: string;
  indicator: string;
  value: number | null;
  line: number;
  file: string;
}

export function bindMeasurements(
  source: TableSource,
  mapping: HeaderMapping,
  catalogue: CatalogueIndex,
  period: number,
): RecordValidator<MeasurementRow> {
  const names = source.header.map((cell) => canonicalHeader(mapping, cell));
  const isLong = names.includes('indicator') || names.includes('value');
  const header = isLong
    ? bindHeader(source, mapping, ['region', 'service', 'indicator', 'value'], ['period', 'unit'])
    : bindHeader(
        source,
        mapping,
        ['region', 'service'],
        ['period', 'unit'],
        (name) => catalogue.indicator(name) !== null,
      );
  const at = (name: string) => header.index.get(name) ?? -1;
  const [regionAt, serviceAt, periodAt] = [at('region'), at('service'), at('period')];
  const wideColumns = header.names
    .map((name, i) => ({ i, rule: isLong ? null : catalogue.indicator(name) }))
    .filter((c): c is { i: number; rule: IndicatorRule } => c.rule !== null);
  if (!isLong && wideColumns.length === 0) {
    throw fileInputError(
      { file: source.file, line: source.headerLine },
      'no indicator columns: expected indicator,value (long) or one column per indicator id (wide)',
    );
  }
  const file = source.file;
  return (line, cells): Checked<MeasurementRow> => {
    const shape = cellCountReject(file, line, cells, source.header.length);
    if (shape) return { rows: [], rejects: [shape] };
    const rejects: Reject[] = [];
    const reject = (column: string, value: string, reason: string) => {
      rejects.push({ file, line, column, value, reason });
    };
    const regionText = cells[regionAt] ?? '';
    const region = catalogue.regions.resolve(regionText);
    if ('error' in region) reject('region', regionText, region.error);
    const service = catalogue.service(cells[serviceAt] ?? '');
    if (!service) reject('service', cells[serviceAt] ?? '', `unknown service "${cells[serviceAt] ?? ''}"`);
    const periodSeen = periodAt >= 0 && (cells[periodAt] ?? '').trim() !== '' ? parseInteger(cells[periodAt]) : period;
    if (periodSeen !== period) {
      rejects.push({
        file,
        line,
        column: 'period',
        value: cells[periodAt],
        reason: `period ${cells[periodAt]} differs from --period ${period}`,
        periodSeen: periodSeen ?? undefined,
      });
    }
    const values: { rule: IndicatorRule; text: string; column: string }[] = [];
    if (isLong) {
      const rule = catalogue.indicator(cells[at('indicator')] ?? '');
      if (!rule)
        reject('indicator', cells[at('indicator')] ?? '', `unknown indicator "${cells[at('indicator')] ?? ''}"`);
      else values.push({ rule, text: cells[at('value')] ?? '', column: 'value' });
    } else {
      for (const { i, rule } of wideColumns)
        if ((cells[i] ?? '').trim() !== '') values.push({ rule, text: cells[i], column: source.header[i] });
    }
    if (rejects.length > 0 || 'error' in region || !service) return { rows: [], rejects };
    const rows: MeasurementRow[] = [];
    for (const { rule, text, column } of values) {
      if (isRemovalMarker(text)) {
        rows.push({ region: region.code, service, indicator: rule.id, value: null, line, file });
        continue;
      }
      const checked = checkValue(rule, text);
      if (typeof checked === 'string') reject(column, text, checked);
      else rows.push({ region: region.code, service, indicator: rule.id, value: checked, line, file });
    }
    return { rows, rejects };
  };
}

/**
 * The numeric value of a cell for an indicator, or the reason it is refused.
 * yes_partial_no → 1 / 0.5 / 0; count → integer; others → number; then min ≤ value ≤ max where the catalogue gives them.
 */
export function checkValue(rule: IndicatorRule, text: string): number | string {
  if (text.trim() === '') return `empty value for ${rule.id}`;
  const value =
    rule.kind === 'yes_partial_no'
      ? parseYesPartialNo(text)
      : rule.kind === 'count'
        ? parseInteger(text)
        : parseNumber(text);
  if (value === null) {
    const expected =
      rule.kind === 'yes_partial_no'
        ? 'да/частично/нет, yes/partial/no or 1/0.5/0'
        : rule.kind === 'count'
          ? 'a whole number'
          : 'a number';
    return `"${text}" is not ${expected} (indicator ${rule.id}, kind ${rule.kind})`;
  }
  if ((rule.min !== null && value < rule.min) || (rule.max !== null && value > rule.max)) {
    return `${value} is outside [${rule.min ?? '-∞'}, ${rule.max ?? '∞'}] for ${rule.id} (kind ${rule.kind})`;
  }
  return value;
}
