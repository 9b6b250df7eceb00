/**
 * A tiny rating world for the run tests: two services × two checks (goalposts 0..1 → 0..100, arithmetic means),
 * bands high ≥ 50 / low, an uncertainty section (weight noise, 8 Saltelli rows), and helpers that store
 * measurements as a committed batch and correct one cell the way an ingest correction does (new batch, revision).
 */
import type { Database } from '../../src/db/connect.js';
import { loadMethodologyText, type LoadedMethodology } from '../../src/methodology/load.js';
import { loadCatalogue } from '../../src/reference/catalogue.js';
import { catalogueLists } from '../../src/ratings/catalogue-lists.js';
import { seedMeasurements, type Check } from '../support/seed-measurements.js';

export const catalogue = loadCatalogue();
const lists = catalogueLists(catalogue);

/** `rank` replaces the rank section (e.g. `{ ties: 'min' }`: places by the unrounded score). */
export function methodology(id = 'test-two-checks', rank: object = { ties: 'min', decimals: 2 }): LoadedMethodology {
  return loadMethodologyText(
    JSON.stringify({
      format: 'egov-methodology/1',
      id,
      version: '1',
      name: 'Two checks',
      indicators: [
        { id: 'appeal_online', direction: 1 },
        { id: 'status_notifications', direction: 1 },
      ],
      tree: {
        id: 'index',
        children: ['marriage_registration', 'hunting_licence'].map((service) => ({
          forEach: 'service',
          where: { id: service },
          id: '{service.id}',
          children: [
            { indicator: '{service.id}.appeal_online', spec: 'appeal_online' },
            { indicator: '{service.id}.status_notifications', spec: 'status_notifications' },
          ],
        })),
      },
      normalisation: { method: 'goalposts', min: 0, max: 1, range: [0, 100] },
      aggregation: { method: 'arithmetic' },
      rounding: { decimals: 2 },
      rank,
      bands: [
        {
          node: 'index',
          by: 'thresholds',
          bands: [
            { label: { ru: 'высокий', en: 'high' }, min: 50 },
            { label: { ru: 'низкий', en: 'low' }, min: 0 },
          ],
        },
      ],
      uncertainty: {
        runs: 8,
        seed: 7,
        design: 'saltelli',
        quantiles: [0.05, 0.95],
        assumptions: [{ id: 'weights', kind: 'weight-noise', levels: [2], factor: 0.25 }],
      },
    }),
    lists,
  );
}

/** Values per region: [marriage appeal, marriage status, hunting appeal, hunting status]. */
export type Values = Record<string, [number, number, number, number]>;

/** The checks of `Values`, in its order. */
export const CHECKS: readonly Check[] = [
  ['marriage_registration', 'appeal_online'],
  ['marriage_registration', 'status_notifications'],
  ['hunting_licence', 'appeal_online'],
  ['hunting_licence', 'status_notifications'],
];

export async function seed(
  database: Database,
  period: number,
  values: Values,
  sourceName = 'test.csv',
): Promise<string> {
  return seedMeasurements(database, period, CHECKS, values, {
    sourceName,
    contentSha256: `${period}${sourceName.length}`.padStart(64, '0'),
  });
}

/** Corrects one stored value as an ingest correction does: a new batch, the cell replaced, a revision recorded. */
export async function correct(
  database: Database,
  period: number,
  region: string,
  service: string,
  indicator: string,
  value: number,
  synthetic = false,
): Promise<{ batchId: string; revisionId: string }> {
  const batch = await database.db
    .insertInto('ingest_batch')
    .values({
      kind: 'measurements',
      period,
      content_sha256: 'c'.repeat(64),
      source_name: 'correction.csv',
      status: 'committed',
      committed_at: new Date(),
      synthetic,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const old = await database.db
    .selectFrom('measurement')
    .select(['value', 'batch_id'])
    .where('period', '=', period)
    .where('region_code', '=', region)
    .where('service_id', '=', service)
    .where('indicator_id', '=', indicator)
    .executeTakeFirstOrThrow();
  await database.db
    .updateTable('measurement')
    .set({ value, batch_id: batch.id })
    .where('period', '=', period)
    .where('region_code', '=', region)
    .where('service_id', '=', service)
    .where('indicator_id', '=', indicator)
    .execute();
  const revision = await database.db
    .insertInto('measurement_revision')
    .values({
      period,
      region_code: region,
      service_id: service,
      indicator_id: indicator,
      old_value: old.value,
      new_value: value,
      old_batch_id: old.batch_id,
      new_batch_id: batch.id,
      changed_by: 'tester',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { batchId: String(batch.id), revisionId: String(revision.id) };
}

export const WHO = { actor: 'tester', role: 'operator', at: new Date('2019-03-01T10:00:00Z') };
