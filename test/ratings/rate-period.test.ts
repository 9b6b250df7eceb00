import { ratePeriod } from '../../src/ratings/rate-period.js';
import { rankChanges } from '../../src/ratings/rank-changes.js';
import { publishRun } from '../../src/ratings/publish.js';
import { describeEachDatabase } from '../support/database.js';
import { catalogue, methodology as twoChecks, seed } from './fixture.js';

describeEachDatabase('rating a period on $name', ({ open }) => {
  test('the stored input hash identifies the measurements: the same ones give the same hash, one changed value another', async () => {
    const database = await open();
    try {
      await seed(database, 2018, { 'RU-SMO': [1, 1, 1, 0.5], 'RU-TUL': [1, 1, 1, 1] });
      const methodology = twoChecks();
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
      const methodology = twoChecks();
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
      const methodology = twoChecks();
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
