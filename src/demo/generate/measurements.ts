/**
 * Synthetic monitoring measurements: one record per region × service × monitoring indicator for a year.
 *
 * Latent quality  L = 2.2·(m − 0.5) + g·(year − firstYear) − d_service − d_stage + c + e
 * with m the region's maturity, g its yearly growth, d the difficulties, c ~ N(0, 0.5) a persistent
 * region × service × indicator effect (same every year) and e ~ N(0, 0.3) this year's noise. Values:
 * - yes_partial_no: 1 if L > 0.35, 0.5 if L > −0.45, else 0;
 * - share: 100·logistic(a + 1.2·L), a = 0.6 for info_complete, 0.3 for smev_e_share, 1.0 otherwise, one decimal;
 * - any other bounded kind: min + (max − min)·logistic(L) (reversed when direction = −1), one decimal.
 * Missing (null): fee_online of a service without a fee, always; any cell with the region's missing rate.
 * Outliers: a share cell, with probability outlierRate, is written as a fraction (87.3 → 0.873).
 * Every cell draws the same number of random numbers whatever happens, so streams never shift.
 */
import type { Catalogue, Indicator } from '../../reference/catalogue.js';
import type { DemoParameters } from './parameters.js';
import type { RegionProfile } from './region-profiles.js';
import { logistic, randomStream } from './random.js';
import { STAGE_DIFFICULTY, serviceTraits } from './service-traits.js';

export interface MeasurementRecord {
  regionCode: string;
  serviceId: string;
  indicatorId: string;
  /** null = empty cell */
  value: number | null;
  /** Why the cell is as it is, for the manifest and tests; not written to the files. */
  note: 'ok' | 'missing' | 'no_fee' | 'outlier';
}

const SHARE_OFFSET: Readonly<Record<string, number>> = { info_complete: 0.6, smev_e_share: 0.3 };
const round1 = (x: number): number => Math.round(x * 10) / 10;

/** The indicators that regions report in monitoring files (source = monitoring), in catalogue order. */
export function monitoringIndicators(catalogue: Catalogue): Indicator[] {
  return catalogue.indicators.filter((i) => i.source === 'monitoring');
}

/** Maps the latent quality to an indicator value (see the file comment). @throws RangeError for unbounded kinds */
export function valueFromLatent(indicator: Indicator, latent: number): number {
  if (indicator.kind === 'yes_partial_no') return latent > 0.35 ? 1 : latent > -0.45 ? 0.5 : 0;
  if (indicator.kind === 'share') return round1(100 * logistic((SHARE_OFFSET[indicator.id] ?? 1.0) + 1.2 * latent));
  if (indicator.min === null || indicator.max === null) {
    throw new RangeError(`demo generator cannot synthesise unbounded monitoring indicator "${indicator.id}"`);
  }
  const p = indicator.direction === 1 ? logistic(latent) : 1 - logistic(latent);
  return round1(indicator.min + (indicator.max - indicator.min) * p);
}

/** All monitoring measurements of one year, ordered region (catalogue order) × service × indicator. */
export function generateMeasurements(
  catalogue: Catalogue,
  profiles: readonly RegionProfile[],
  params: DemoParameters,
  year: number,
): MeasurementRecord[] {
  const indicators = monitoringIndicators(catalogue);
  const firstYear = Math.min(...params.years);
  const records: MeasurementRecord[] = [];
  for (const profile of profiles) {
    const regionCode = profile.region.code;
    for (const service of catalogue.services) {
      const traits = serviceTraits(service.id);
      const persistent = randomStream(params.seed, 'measurement-cell', regionCode, service.id);
      const yearly = randomStream(params.seed, 'measurement-year', year, regionCode, service.id);
      for (const indicator of indicators) {
        const latent =
          2.2 * (profile.maturity - 0.5) +
          profile.growth * (year - firstYear) -
          traits.difficulty -
          (STAGE_DIFFICULTY[indicator.stageId] ?? 0) +
          persistent.normal(0, 0.5) +
          yearly.normal(0, 0.3);
        const missingDraw = yearly.uniform();
        const outlierDraw = yearly.uniform();
        const base = { regionCode, serviceId: service.id, indicatorId: indicator.id };
        if (indicator.id === 'fee_online' && !traits.hasFee) records.push({ ...base, value: null, note: 'no_fee' });
        else if (missingDraw < profile.missingRate) records.push({ ...base, value: null, note: 'missing' });
        else if (indicator.kind === 'share' && outlierDraw < params.outlierRate) {
          records.push({ ...base, value: Math.round(valueFromLatent(indicator, latent) * 10) / 1000, note: 'outlier' });
        } else records.push({ ...base, value: valueFromLatent(indicator, latent), note: 'ok' });
      }
    }
  }
  return records;
}
