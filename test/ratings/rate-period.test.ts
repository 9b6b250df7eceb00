import { loadMethodologyText } from '../../src/methodology/load.js';
import { loadCatalogue } from '../../src/reference/catalogue.js';
import { catalogueLists } from '../../src/ratings/catalogue-lists.js';
import { ratePeriod } from '../../src/ratings/rate-period.js';
import { rankChanges } from '../../src/ratings/rank-changes.js';
import { publishRun } from '../../src/ratings/publish.js';
import type { Database } from '../../src/db/connect.js';
import { describeEachDatabase } from '../support/database.js';

const catalogue = loadCatalogue();
const lists = catalogueLists(catalogue);

// Two services × two checks; every service = mean of its two indicators (goalposts 0..1 → 0..100); index = mean.
const METHOD = JSON.stringify({
  format: 'egov-methodology/1',
  id: 'test-two-checks',
  version: '1',
  name: 'Two checks',
  indicators: [
    { id: 'appeal_online', direction: 1 },
    { id: 'status_notifications', direction: 1 },
  ],
  tree: {
    id: 'index',
    children: [
      {
        forEach: 'service',
        where: { id: 'marriage_registration' },
        id: '{service.id}',
        children: [
          { indicator: '{service.id}.appeal_online', spec: 'appeal_online' },
          { indicator: '{service.id}.status_notifications', spec: 'status_notifications' },
        ],
      },
      {
        forEach: 'service',
        where: { id: 'hunting_licence' },
        id: '{service.id}',
        children: [
          { indicator: '{service.id}.appeal_online', spec: 'appeal_online' },
          { indicator: '{service.id}.status_notifications', spec: 'status_notifications' },
        ],
      },
    ],
  },
  normalisation: { method: 'goalposts', min: 0, max: 1, range: [0, 100] },
  aggregation: { method: 'arithmetic' },
  rounding: { decimals: 2 },
  rank: { ties: 'min', decimals: 2 },
});

async function seed(database: Database, period: number, values: Record<string, [number, number, number, number]>) {
  const batch = await database.db
    .insertInto('ingest_batch')
    .values({
      kind: 'measurements',
      period,
      content_sha256: String(period).padStart(64, '0'),
      source_name: 'test',
      status: 'committed',
      committed_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const rows = Object.entries(values)
    .flatMap(([region, [ma, ms, ha, hs]]) => [
      { region, service: 'marriage_registration', indicator: 'appeal_online', value: ma },
      { region, service: 'marriage_registration', indicator: 'status_notifications', value: ms },
      { region, service: 'hunting_licence', indicator: 'appeal_online', value: ha },
      { region, service: 'hunting_licence', indicator: 'status_notifications', value: hs },
    ])
    .map((r) => ({
      period,
      region_code: r.region,
      service_id: r.service,
      indicator_id: r.indicator,
      value: r.value,
      batch_id: batch.id,
    }));
  await database.db.insertInto('measurement').values(rows).execute();
}

describeEachDatabase('rating a period on $name', ({ open }) => {
  test('the stored input hash identifies the measurements: the same ones give the same hash, one changed value another', async () => {
    const database = await open();
    try {
      await seed(database, 2018, { 'RU-SMO': [1, 1, 1, 0.5], 'RU-TUL': [1, 1, 1, 1] });
      const methodology = loadMethodologyText(METHOD, lists);
      const rate = async () =>
        (await ratePeriod(database, { period: 2018, methodology, catalogue, actor: 'tester' })).runId;
      const stored = async (id: number) =>
        (await database.db.selectFrom('rating_run').select('input_hash').where('id', '=', id).executeTakeFirstOrThrow())
          .input_hash;
      const first = await stored(await rate());
      expect(await stored(await rate())).toBe(first);
      await database.db
        .updateTable('measurement')
        .set({ value: 0.5 })
        .where('period', '=', 2018)
        .where('region_code', '=', 'RU-TUL')
        .where('service_id', '=', 'hunting_licence')
        .where('indicator_id', '=', 'appeal_online')
        .execute();
      expect(await stored(await rate())).not.toBe(first);
    } finally {
      await database.close();
    }
  });

  test('stores a draft run whose scores, ranks and lineage follow from the measurements', async () => {
    const database = await open();
    try {
      // Smolensk: services (1+1)/2·100 = 100 and (1+0.5)/2·100 = 75 → index 87.5
      // Tula:     100 and 100 → 100;  Tver: (0+0.5)/2·100 = 25 and 0 → 12.5.  Others: no data → no rank.
      await seed(database, 2018, { 'RU-SMO': [1, 1, 1, 0.5], 'RU-TUL': [1, 1, 1, 1], 'RU-TVE': [0, 0.5, 0, 0] });
      const methodology = loadMethodologyText(METHOD, lists);
      const summary = await ratePeriod(database, { period: 2018, methodology, catalogue, actor: 'tester' });
      expect(summary.ranking.slice(0, 3).map((r) => [r.region, r.rank])).toEqual([
        ['RU-TUL', 1],
        ['RU-SMO', 2],
        ['RU-TVE', 3],
      ]);
      expect(summary.valuesPresent).toBe(12);
      const run = await database.db
        .selectFrom('rating_run')
        .selectAll()
        .where('id', '=', summary.runId)
        .executeTakeFirstOrThrow();
      expect(run).toMatchObject({
        status: 'draft',
        period: 2018,
        methodology_hash: methodology.hash,
        created_by: 'tester',
        version: null,
      });
      expect(run.input_hash).toMatch(/^[0-9a-f]{64}$/);
      const index = await database.db
        .selectFrom('rating_result')
        .select(['region_code', 'score'])
        .where('run_id', '=', summary.runId)
        .where('node_id', '=', 'index')
        .where('score', 'is not', null)
        .orderBy('region_code')
        .execute();
      expect(index.map((r) => [r.region_code, r.score])).toEqual([
        ['RU-SMO', 87.5],
        ['RU-TUL', 100],
        ['RU-TVE', 12.5],
      ]);
      const kinds = await database.db
        .selectFrom('rating_node')
        .select(['node_id', 'kind', 'label_en'])
        .where('run_id', '=', summary.runId)
        .orderBy('node_id')
        .execute();
      expect(kinds.find((k) => k.node_id === 'hunting_licence')).toMatchObject({
        kind: 'service',
        label_en: 'Issuing and cancelling hunting licences',
      });
      expect(kinds.find((k) => k.node_id === 'index')?.kind).toBe('index');
      expect(kinds.filter((k) => k.kind === 'indicator')).toHaveLength(4);
      const raw = await database.db
        .selectFrom('rating_result')
        .select('raw_value')
        .where('run_id', '=', summary.runId)
        .where('node_id', '=', 'hunting_licence.status_notifications')
        .where('region_code', '=', 'RU-SMO')
        .executeTakeFirstOrThrow();
      expect(raw.raw_value).toBe(0.5);
    } finally {
      await database.close();
    }
  });

  test("reports rank changes against the previous period's published run", async () => {
    const database = await open();
    try {
      const methodology = loadMethodologyText(METHOD, lists);
      await seed(database, 2017, { 'RU-SMO': [1, 1, 1, 1], 'RU-TUL': [0, 0, 0, 0.5] });
      const first = await ratePeriod(database, { period: 2017, methodology, catalogue, actor: 'tester' });
      await publishRun(database.db, first.runId, { actor: 'tester', role: 'operator', at: new Date() });
      await seed(database, 2018, { 'RU-SMO': [0, 0, 0, 0.5], 'RU-TUL': [1, 1, 1, 1] });
      const second = await ratePeriod(database, { period: 2018, methodology, catalogue, actor: 'tester' });
      expect(second.previous).toEqual({ runId: first.runId, period: 2017 });
      const { changes } = await rankChanges(database.db, second.runId);
      expect(changes.find((c) => c.region === 'RU-TUL')).toEqual({
        region: 'RU-TUL',
        rank: 1,
        previousRank: 2,
        change: 1,
      });
      expect(changes.find((c) => c.region === 'RU-SMO')).toEqual({
        region: 'RU-SMO',
        rank: 2,
        previousRank: 1,
        change: -1,
      });
    } finally {
      await database.close();
    }
  });
});
