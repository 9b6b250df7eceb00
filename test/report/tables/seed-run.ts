/**
 * A small rated run for publication tests: two services × two stages (status, appeal), one check each, rated with
 * ratePeriod on three regions for 2017 and 2018; 2017 is published so 2018 has previous-year changes.
 *
 * 2018 (goalposts 0..1 → 0..100; stage = its one indicator; service = mean of its stages; index = mean of services):
 *   Smolensk: marriage (1, 1) → 100, hunting (status 0.5 → 50, appeal 1 → 100) → 75; index 87.5
 *   Tula:     all 1 → 100 everywhere; index 100
 *   Tver:     marriage (status 0.5 → 50, appeal 0) → 25, hunting (0, 0) → 0; index 12.5
 * 2017: Tula 0.5 everywhere → 50, Smolensk all 1 → 100, Tver all 0 → 0.
 */
import { loadMethodologyText } from '../../../src/methodology/load.js';
import { loadCatalogue } from '../../../src/reference/catalogue.js';
import { catalogueLists } from '../../../src/ratings/catalogue-lists.js';
import { ratePeriod } from '../../../src/ratings/rate-period.js';
import { publishRun } from '../../../src/ratings/publish.js';
import type { Database } from '../../../src/db/connect.js';
import { seedMeasurements, STATUS_THEN_APPEAL } from '../../support/seed-measurements.js';

const catalogue = loadCatalogue();

const service = (id: string) => ({
  forEach: 'service',
  where: { id },
  id: '{service.id}',
  children: [
    {
      id: '{service.id}.status',
      children: [{ indicator: '{service.id}.status_notifications', spec: 'status_notifications' }],
    },
    { id: '{service.id}.appeal', children: [{ indicator: '{service.id}.appeal_online', spec: 'appeal_online' }] },
  ],
});

export const METHOD = JSON.stringify({
  format: 'egov-methodology/1',
  id: 'test-publication',
  version: '1',
  name: 'Publication test',
  indicators: [
    { id: 'appeal_online', direction: 1 },
    { id: 'status_notifications', direction: 1 },
  ],
  tree: { id: 'index', children: [service('marriage_registration'), service('hunting_licence')] },
  normalisation: { method: 'goalposts', min: 0, max: 1, range: [0, 100] },
  aggregation: { method: 'arithmetic' },
  rounding: { decimals: 2 },
  rank: { ties: 'min', decimals: 2 },
  bands: [
    {
      node: 'index',
      by: 'thresholds',
      bands: [
        { label: 'high (50-100)', min: 50 },
        { label: 'low (0-50)', min: 0 },
      ],
    },
  ],
});

/** [marriage status, marriage appeal, hunting status, hunting appeal] per region. */
type Checks = Record<string, [number, number, number, number]>;

export const Y2017: Checks = { 'RU-SMO': [1, 1, 1, 1], 'RU-TUL': [0.5, 0.5, 0.5, 0.5], 'RU-TVE': [0, 0, 0, 0] };
export const Y2018: Checks = { 'RU-SMO': [1, 1, 0.5, 1], 'RU-TUL': [1, 1, 1, 1], 'RU-TVE': [0.5, 0, 0, 0] };

/** Rates 2017 (published) and 2018 (published, synthetic) with `method` (default METHOD); returns the 2018 run id. */
export async function seedRatedRuns(database: Database, method: string = METHOD): Promise<number> {
  const methodology = loadMethodologyText(method, catalogueLists(catalogue));
  const runs: number[] = [];
  for (const [period, values] of [
    [2017, Y2017],
    [2018, Y2018],
  ] as const) {
    await seedMeasurements(database, period, STATUS_THEN_APPEAL, values);
    const { runId } = await ratePeriod(database, { period, methodology, catalogue, actor: 'tester', synthetic: true });
    await publishRun(database.db, runId, { actor: 'tester', role: 'operator', at: new Date() });
    runs.push(runId);
  }
  return runs[1];
}

/** A stored robustness analysis of the run: 100 replications, seed 7, two assumptions, one coherence flag. */
export async function seedAnalysis(database: Database, runId: number): Promise<void> {
  await database.db
    .insertInto('rating_analysis')
    .values({ run_id: runId, replications: 100, seed: 7, params: '{}' })
    .execute();
  await database.db
    .insertInto('sensitivity_index')
    .values([
      { run_id: runId, assumption: 'weights', target: 'mean_abs_shift', first_order: 0.6, total_order: 0.7 },
      { run_id: runId, assumption: 'normaliser', target: 'mean_abs_shift', first_order: 0.2, total_order: 0.3 },
      { run_id: runId, assumption: 'weights', target: 'RU-TUL', first_order: 0.1, total_order: 0.1 },
    ])
    .execute();
  await database.db
    .insertInto('coherence_flag')
    .values({
      run_id: runId,
      node_id: 'hunting_licence',
      other_node_id: 'index',
      flag: 'weak-with-parent',
      statistic: 'pearson',
      value: 0.12,
    })
    .execute();
  await database.db
    .insertInto('rank_interval')
    .values([
      { run_id: runId, region_code: 'RU-TUL', nominal_rank: 1, median_rank: 1, q05: 1, q95: 2, mean_abs_shift: 0.3 },
      { run_id: runId, region_code: 'RU-SMO', nominal_rank: 2, median_rank: 2, q05: 1, q95: 2, mean_abs_shift: 0.3 },
    ])
    .execute();
}
