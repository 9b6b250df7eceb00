/**
 * Profiling of a run's raw inputs for the Inputs sheet: per input column (service × indicator) the count, missing,
 * min, max, mean, sample sd and skewness of the raw values over the regions. danfojs is imported lazily, only here
 * (it takes about 0.7 s to load), and computes count, min, max, mean and sd; skewness is always computed in plain
 * TypeScript (input-stats.ts). When danfojs fails to load, every figure comes from input-stats.ts and `engine`
 * says so, so the sheet can state it.
 */
import type { IndicatorValue } from '../model.js';
import { populationSkewness } from '../../core/stats/moments.js';
import { columnStats, nullIfNaN, presentValues, type ColumnStats } from './input-stats.js';

export interface InputProfileRow extends ColumnStats {
  readonly serviceId: string | null;
  readonly indicatorId: string;
}

export interface InputProfile {
  readonly engine: 'danfojs' | 'plain TypeScript (danfojs did not load)';
  readonly rows: readonly InputProfileRow[];
}

interface DanfoSeries {
  count(): number;
  min(): number;
  max(): number;
  mean(): number;
  std(): number;
}
type SeriesConstructor = new (data: number[]) => DanfoSeries;

/** Groups the raw values by (service, indicator), in order of first appearance after sorting by service then indicator. */
function columns(
  values: readonly IndicatorValue[],
): Map<string, { serviceId: string | null; indicatorId: string; raw: (number | null)[] }> {
  const out = new Map<string, { serviceId: string | null; indicatorId: string; raw: (number | null)[] }>();
  const sorted = [...values].sort(
    (a, b) =>
      cmp(a.serviceId ?? '', b.serviceId ?? '') || cmp(a.indicatorId, b.indicatorId) || cmp(a.regionCode, b.regionCode),
  );
  for (const v of sorted) {
    const key = `${v.serviceId ?? ''}\u0000${v.indicatorId}`;
    const column = out.get(key) ?? { serviceId: v.serviceId, indicatorId: v.indicatorId, raw: [] };
    column.raw.push(v.raw);
    out.set(key, column);
  }
  return out;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

async function loadSeries(): Promise<SeriesConstructor | null> {
  try {
    const danfo = (await import('danfojs')) as unknown as { Series: SeriesConstructor };
    return danfo.Series;
  } catch {
    return null;
  }
}

export async function profileInputs(
  values: readonly IndicatorValue[],
  load: () => Promise<SeriesConstructor | null> = loadSeries,
): Promise<InputProfile> {
  const Series = await load();
  const rows = [...columns(values).values()].map(({ serviceId, indicatorId, raw }): InputProfileRow => {
    const xs = presentValues(raw);
    if (!Series || xs.length === 0) return { serviceId, indicatorId, ...columnStats(raw) };
    const s = new Series(xs);
    return {
      serviceId,
      indicatorId,
      count: s.count(),
      missing: raw.length - xs.length,
      min: s.min(),
      max: s.max(),
      mean: s.mean(),
      sd: xs.length < 2 ? null : s.std(),
      skewness: nullIfNaN(populationSkewness(xs)),
    };
  });
  return { engine: Series ? 'danfojs' : 'plain TypeScript (danfojs did not load)', rows };
}
