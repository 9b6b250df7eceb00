/**
 * A published run is a self-contained artifact: after the data under it is corrected, it is analysed, exported
 * (gap closers included) and replayed exactly as before; its inputs are stored with their batch and revision.
 */
import { analyseRun } from '../../src/ratings/analyse-run.js';
import { catalogueVersion } from '../../src/ratings/catalogue-version.js';
import { publishRun } from '../../src/ratings/publish.js';
import { ratePeriod } from '../../src/ratings/rate-period.js';
import { replayRun } from '../../src/ratings/replay-run.js';
import { loadPublicationModel } from '../../src/report/load-model.js';
import { describeEachDatabase } from '../support/database.js';
import { catalogue, correct, methodology, seed, WHO } from './fixture.js';

// Smolensk: services (1+1)/2·100 = 100 and (1+0.5)/2·100 = 75 → index 87.5
// Tula: 100 and 100 → 100;  Tver: (0+0.5)/2·100 = 25 and 0 → 12.5.
const VALUES = { 'RU-SMO': [1, 1, 1, 0.5], 'RU-TUL': [1, 1, 1, 1], 'RU-TVE': [0, 0.5, 0, 0] } as const satisfies Record<
  string,
  [number, number, number, number]
>;

describeEachDatabase('a run as an immutable artifact on $name', ({ open }) => {
  test('after a correction of its data a published run is analysed, exported and replayed unchanged', async () => {
    const database = await open();
    try {
      await seed(database, 2018, { ...VALUES });
      const rated = await ratePeriod(database, {
        period: 2018,
        methodology: methodology(),
        catalogue,
        actor: 'tester',
      });
      await publishRun(database.db, rated.runId, WHO);
      const analysisBefore = await analyseRun(database, rated.runId, { threads: 1 });
      const modelBefore = await loadPublicationModel(database.db, rated.runId);
      const smolensk = modelBefore.explanations.find((e) => e.regionCode === 'RU-SMO');
      expect(smolensk?.gapToNext?.nextRegionCode).toBe('RU-TUL');
      expect(smolensk?.gapToNext?.closers.length).toBeGreaterThan(0);

      // Tver's hunting-licence appeal corrected 0 → 1: a new rating would give it (0 + 0.5)/2·100 = 25 and
      // (1 + 0)/2·100 = 50 → 37.5; the published run must keep 12.5 and everything else.
      await correct(database, 2018, 'RU-TVE', 'hunting_licence', 'appeal_online', 1);

      expect(await analyseRun(database, rated.runId, { threads: 1 })).toEqual(analysisBefore);
      const modelAfter = await loadPublicationModel(database.db, rated.runId);
      expect(modelAfter).toEqual(modelBefore);
      expect(modelAfter.ranking.map((r) => [r.regionCode, r.score])).toEqual([
        ['RU-TUL', 100],
        ['RU-SMO', 87.5],
        ['RU-TVE', 12.5],
      ]);
      const replayed = await replayRun(database.db, rated.runId, { threads: 1 });
      expect(replayed).toMatchObject({ identical: true, mismatchCount: 0, analysed: true });
      expect(replayed.compared.results).toBe(7 * 85 * 6);
      expect(replayed.compared.analysis).toBeGreaterThan(85);

      const again = await ratePeriod(database, {
        period: 2018,
        methodology: methodology(),
        catalogue,
        actor: 'tester',
      });
      const tver = again.ranking.find((r) => r.region === 'RU-TVE');
      expect(tver?.rank).toBe(3);
      const score = await database.db
        .selectFrom('rating_result')
        .select('score')
        .where('run_id', '=', again.runId)
        .where('node_id', '=', 'index')
        .where('region_code', '=', 'RU-TVE')
        .executeTakeFirstOrThrow();
      expect(score.score).toBe(37.5);
    } finally {
      await database.close();
    }
  });

  test('stores every input value with its batch and revision, the labels and the catalogue version', async () => {
    const database = await open();
    try {
      const batch = await seed(database, 2018, { ...VALUES });
      const first = await ratePeriod(database, {
        period: 2018,
        methodology: methodology(),
        catalogue,
        actor: 'tester',
      });
      const fix = await correct(database, 2018, 'RU-TVE', 'hunting_licence', 'appeal_online', 1);
      const second = await ratePeriod(database, {
        period: 2018,
        methodology: methodology(),
        catalogue,
        actor: 'tester',
      });
      const cell = async (runId: number) => {
        const row = await database.db
          .selectFrom('rating_input')
          .select(['value', 'batch_id', 'revision_id'])
          .where('run_id', '=', runId)
          .where('node_id', '=', 'hunting_licence.appeal_online')
          .where('region_code', '=', 'RU-TVE')
          .executeTakeFirstOrThrow();
        return {
          value: row.value,
          batch_id: String(row.batch_id),
          revision_id: row.revision_id === null ? null : String(row.revision_id),
        };
      };
      expect(await cell(first.runId)).toEqual({ value: 0, batch_id: batch, revision_id: null });
      expect(await cell(second.runId)).toEqual({ value: 1, batch_id: fix.batchId, revision_id: fix.revisionId });
      const count = await database.db
        .selectFrom('rating_input')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('run_id', '=', first.runId)
        .executeTakeFirstOrThrow();
      expect(Number(count.n)).toBe(12);
      const artifact = await database.db
        .selectFrom('rating_run_artifact')
        .selectAll()
        .where('run_id', '=', first.runId)
        .executeTakeFirstOrThrow();
      expect(artifact.catalogue_version).toBe(catalogueVersion(catalogue));
      expect(artifact.labels).toMatchObject({
        bands: [
          { node: 'index', label: 'high', ru: 'высокий', en: 'high' },
          { node: 'index', label: 'low', ru: 'низкий', en: 'low' },
        ],
      });
      expect((artifact.labels as { indicators: { id: string }[] }).indicators.map((i) => i.id).sort()).toEqual([
        'appeal_online',
        'status_notifications',
      ]);
      expect(artifact.uncertainty_spec).toMatchObject({ runs: 8, seed: 7, design: 'saltelli' });
      expect((artifact.frame as { units: string[] }).units).toHaveLength(85);
      expect((artifact.expanded_methodology as { tree: unknown }).tree).toBeDefined();
    } finally {
      await database.close();
    }
  });

  test('replay names a stored number that no longer agrees with its recomputation', async () => {
    const database = await open();
    try {
      await seed(database, 2018, { ...VALUES });
      const rated = await ratePeriod(database, {
        period: 2018,
        methodology: methodology(),
        catalogue,
        actor: 'tester',
      });
      expect((await replayRun(database.db, rated.runId)).identical).toBe(true);
      await database.db
        .updateTable('rating_result')
        .set({ score: 87.50000000000001 })
        .where('run_id', '=', rated.runId)
        .where('node_id', '=', 'index')
        .where('region_code', '=', 'RU-SMO')
        .execute();
      const replayed = await replayRun(database.db, rated.runId);
      expect(replayed.identical).toBe(false);
      expect(replayed.mismatches).toEqual([
        { what: 'result index × RU-SMO score', stored: 87.50000000000001, recomputed: 87.5 },
      ]);
    } finally {
      await database.close();
    }
  });

  test('a run rated from any synthetic batch is synthetic, whatever its file is called', async () => {
    const database = await open();
    try {
      await seed(database, 2018, { ...VALUES }, 'SYNTHETIC-looking-but-real.csv');
      const real = await ratePeriod(database, { period: 2018, methodology: methodology(), catalogue, actor: 'tester' });
      expect(real.synthetic).toBe(false);
      await correct(database, 2018, 'RU-TVE', 'hunting_licence', 'appeal_online', 1, true);
      const mixed = await ratePeriod(database, {
        period: 2018,
        methodology: methodology(),
        catalogue,
        actor: 'tester',
      });
      expect(mixed.synthetic).toBe(true);
      const stored = await database.db.selectFrom('rating_run').select(['id', 'synthetic']).orderBy('id').execute();
      expect(stored.map((r) => r.synthetic)).toEqual([false, true]);
    } finally {
      await database.close();
    }
  });
});
